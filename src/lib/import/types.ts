/**
 * The intermediate description an import produces: what a compose file, a Kubernetes manifest or
 * a pasted measurement says, in the sandbox's units (MiB, cores, ms), with every guess and every
 * omission said. It is plain data (JSON-safe, structured-clone-safe) so it can cross a Web Worker
 * boundary, be stored, and be migrated: `version` changes when a field changes meaning.
 *
 * Nothing here decides how the sandbox shows it; the lead's UI and the model's own-workload type
 * are built on these shapes.
 */
import type { LayerId } from '$lib/model/catalog/workloads';
import type { WorkloadId } from '$lib/model/types';
import type { GuessBasis } from './match';

export const IMPORT_FORMAT_VERSION = 1 as const;

export const IMPORT_SOURCES = ['compose', 'kubernetes'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const OS_FAMILIES = ['linux', 'windows'] as const;
export type ImportOsFamily = (typeof OS_FAMILIES)[number];

export type ImportNoteLevel = 'info' | 'warning' | 'error';

/**
 * What a note is about, so a report can group them: `mapped` (what became what), `guessed` (a
 * value not in the file), `left-out` (something read and deliberately not used), `problem`
 * (something wrong in the input).
 */
export const NOTE_TOPICS = ['mapped', 'guessed', 'left-out', 'problem'] as const;
export type ImportNoteTopic = (typeof NOTE_TOPICS)[number];

export interface ImportNote {
	level: ImportNoteLevel;
	topic: ImportNoteTopic;
	/** One plain sentence with formatted numbers. */
	message: string;
	/** Where in the input, in the file's own terms: `services.web.deploy`, `document 3 (Deployment api)`. */
	where?: string;
}

/**
 * One number of a proposal. `value` is in the unit the field's name says; `null` means "take the
 * base workload's catalog default" (the catalog stays the one place defaults live). `guessed` is
 * false only when the number was read straight from the file or a measurement.
 */
export interface Figure {
	value: number | null;
	guessed: boolean;
	/** Where the number came from, or why it was guessed, in plain words. */
	why: string;
	/** Only a limit was given: the figure is at most `value`. */
	atMost?: boolean;
	/** Raised to a JVM's minimum heap (`-Xms`). */
	heap?: boolean;
}

/** A layer of the person's own image on top of the catalog base layer. */
export interface OwnLayer {
	name: string;
	/** Compressed size (what a pull downloads); null when unknown. */
	sizeMiB: number | null;
	guessed: boolean;
	why: string;
}

/**
 * An own workload proposed for an image the catalog does not know. Its defaults come from the
 * nearest catalog workload (`base`), which also names the catalog base layer so image sharing
 * with other images still works.
 */
export interface OwnWorkloadProposal {
	name: string;
	family: ImportOsFamily;
	base: WorkloadId;
	/** What the choice of `base` rests on: a well-known image, the command, the environment, words in a name, or nothing. */
	baseBasis?: GuessBasis;
	/** Why this catalog workload is the nearest, in words. */
	baseWhy: string;
	baseLayer: LayerId;
	baseLayerWhy: string;
	ownLayers: OwnLayer[];
	workingSetMiB: Figure;
	cpuCores: Figure;
	/** Share of the work that is I/O (0–1). */
	ioShare: Figure;
	appStartMs: Figure;
}

export type WorkloadMatch =
	| { kind: 'catalog'; workload: WorkloadId; why: string }
	| { kind: 'own'; proposal: OwnWorkloadProposal };

/** Requests and limits as the file states them; null when the file does not say. */
export interface ImportedResources {
	memoryRequestMiB: number | null;
	memoryLimitMiB: number | null;
	cpuRequestCores: number | null;
	cpuLimitCores: number | null;
}

/** A JVM's heap as the file sets it (`-Xms`/`-Xmx`), MiB; null for the one it does not set. */
export interface JvmHeap {
	minMiB: number | null;
	maxMiB: number | null;
	/** The flags and where they were read, in words. */
	why: string;
}

/** A registry image reference taken apart: `ghcr.io/org/app:1.2@sha256:…`. */
export interface ImageRef {
	/** As written in the file. */
	raw: string;
	/** `docker.io` when the reference names no registry. */
	registry: string;
	/** The path without registry, e.g. `library/nginx`, `org/app`. */
	path: string;
	/** The last path segment, e.g. `nginx`, `app`. */
	name: string;
	tag: string | null;
	digest: string | null;
}

export interface ImportedVolume {
	name: string;
	/** Requested size; null when the file gives none. */
	sizeMiB: number | null;
}

/** Where an item came from in the file. */
export interface ItemOrigin {
	/** `service` for compose; the Kubernetes kind (`Deployment`, `StatefulSet`, …) otherwise. */
	kind: string;
	/** Service or object name. */
	name: string;
	namespace?: string;
	/** The container's name inside a pod (Kubernetes only). */
	container?: string;
	/** `main` is the pod's first app container; `sidecar` any other that runs alongside it. */
	role?: 'main' | 'sidecar';
	/** How many containers run side by side in each pod. */
	podContainers?: number;
}

/** One thing that becomes a group in the sandbox: a compose service or one container of a pod. */
export interface ImportedItem {
	/** Unique within the stack: `web`, or `api/log-shipper` for a pod's second container. */
	name: string;
	origin: ItemOrigin;
	/** Instances (replicas). For `perNode` items this is the count on one node. */
	count: number;
	/** Where the count came from, in words. */
	countWhy: string;
	/** One per node (a DaemonSet, or a compose service in global mode). */
	perNode: boolean;
	/** The image as written; null when the file gives none. */
	image: string | null;
	imageRef: ImageRef | null;
	workload: WorkloadMatch;
	resources: ImportedResources;
	/** A JVM's heap read from its options (environment or command line); absent when none is set. */
	heap?: JvmHeap;
	volumes: ImportedVolume[];
	notes: ImportNote[];
}

export interface ImportedStack {
	version: typeof IMPORT_FORMAT_VERSION;
	source: ImportSource;
	/** The project's name when the file gives one (Compose `name:`), else null. */
	name: string | null;
	items: ImportedItem[];
	/** Notes about the whole input (ignored kinds, caps reached, variables, …). */
	notes: ImportNote[];
}

/** Why an input could not be read at all. Each comes with a message for a person. */
export const IMPORT_ERROR_CODES = [
	'empty',
	'too-large',
	'binary',
	'not-yaml',
	'alias-bomb',
	'too-deep',
	'unknown-format',
	'nothing-to-run',
	'internal'
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
	code: ImportErrorCode;
	message: string;
}

export type ImportResult = { ok: true; stack: ImportedStack } | { ok: false; error: ImportError };

/** Limits that keep a hostile or mistaken input from hanging the tab. */
export interface ImportLimits {
	/** Largest input read, in bytes (UTF-8). */
	maxBytes: number;
	/** Documents read from a multi-document stream; the rest are left out with a note. */
	maxDocuments: number;
	/** Objects read in all (documents plus `List` items); the rest are left out with a note. */
	maxObjects: number;
	/**
	 * Nodes (maps, lists, pairs' keys and values, scalars) the whole stream may hold with every
	 * alias replaced by what it names: the "billion laughs" cap, by expansion, not by uses.
	 */
	maxExpandedNodes: number;
	/** Deepest nesting of maps and lists the readers walk. */
	maxDepth: number;
}
