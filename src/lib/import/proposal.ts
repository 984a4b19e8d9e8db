/**
 * Decide what an item's image is: a catalog workload, or an own workload proposed from the
 * file's requests and limits with the nearest catalog workload's defaults for the rest. Every
 * number says where it came from; every guess says why.
 */
import { formatCores, formatMiB } from './format';
import { parseImageRef } from './imageRef';
import { catalogMatch, nearestBase } from './match';
import { readJvmHeap, runtimeHint, type RuntimeInput } from './runtime';
import type {
	Figure,
	ImageRef,
	JvmHeap,
	ImportedResources,
	ImportNote,
	OwnLayer,
	OwnWorkloadProposal,
	WorkloadMatch
} from './types';

/** How the file names its requests and limits, for sentences: Kubernetes or Compose words. */
export interface ResourceTerms {
	memoryRequest: string;
	memoryLimit: string;
	cpuRequest: string;
	cpuLimit: string;
}

export const KUBERNETES_TERMS: ResourceTerms = {
	memoryRequest: 'memory request',
	memoryLimit: 'memory limit',
	cpuRequest: 'CPU request',
	cpuLimit: 'CPU limit'
};

export const COMPOSE_TERMS: ResourceTerms = {
	memoryRequest: 'memory reservation',
	memoryLimit: 'memory limit',
	cpuRequest: 'CPU reservation',
	cpuLimit: 'CPU limit'
};

export interface MatchInput {
	itemName: string;
	image: string | null;
	/** Compose `build:` context when the service builds its own image. */
	buildContext?: string;
	resources: ImportedResources;
	terms: ResourceTerms;
	where: string;
	/** The container's command and environment, read for a runtime and a JVM heap. */
	runtime?: RuntimeInput;
}

export interface MatchOutput {
	imageRef: ImageRef | null;
	workload: WorkloadMatch;
	/** A JVM heap its options set; null when none. */
	heap: JvmHeap | null;
	notes: ImportNote[];
}

const fromBase = (base: string, what: string): Figure => ({
	value: null,
	guessed: true,
	why: `The file says nothing about ${what}; the default of the catalog’s “${base}” is used.`
});

function sized(
	request: number | null,
	limit: number | null,
	requestTerm: string,
	limitTerm: string,
	format: (n: number) => string,
	base: string,
	what: string
): Figure {
	if (request !== null && request > 0)
		return {
			value: request,
			guessed: false,
			why: `The ${requestTerm} (${format(request)}): what is set aside for it, taken as its steady ${what}.`
		};
	if (limit !== null && limit > 0)
		return {
			value: limit,
			guessed: true,
			atMost: true,
			why: `Only a ${limitTerm} is given (${format(limit)}); ${what} is at most that, so the limit is used and may overstate it.`
		};
	return fromBase(base, what);
}

function ownLayers(input: MatchInput, ref: ImageRef | null): OwnLayer[] {
	const why =
		'Its size is not in the file; paste `docker image ls` or `docker history` output to set it, or the base workload’s size is used.';
	if (input.buildContext !== undefined)
		return [{ name: `built from ${input.buildContext}`, sizeMiB: null, guessed: true, why }];
	return [{ name: ref ? ref.path : input.itemName, sizeMiB: null, guessed: true, why }];
}

/** The working set raised to a JVM's minimum heap when the file's figure is below it. */
function atLeastHeap(f: Figure, heap: JvmHeap | null): Figure {
	const min = heap?.minMiB ?? null;
	if (min === null || (f.value !== null && f.value >= min)) return f;
	return {
		value: min,
		guessed: false,
		heap: true,
		why: `A JVM cannot use less than its minimum heap (${heap!.why}): the working set is at least ${formatMiB(min)}${f.value !== null ? `, above the ${formatMiB(f.value)} the file’s figures give` : ''}.`
	};
}

export function proposeOwnWorkload(
	input: MatchInput,
	ref: ImageRef | null,
	heap: JvmHeap | null = null
): OwnWorkloadProposal {
	const near = nearestBase(ref, input.itemName, input.runtime ? runtimeHint(input.runtime) : null);
	const r = input.resources;
	const t = input.terms;
	return {
		name: input.itemName,
		family: near.family,
		base: near.workload,
		baseBasis: near.basis,
		baseWhy: near.why,
		baseLayer: near.baseLayer,
		baseLayerWhy: near.baseLayerWhy,
		ownLayers: ownLayers(input, ref),
		workingSetMiB: atLeastHeap(
			sized(
				r.memoryRequestMiB,
				r.memoryLimitMiB,
				t.memoryRequest,
				t.memoryLimit,
				formatMiB,
				near.workload,
				'working set'
			),
			heap
		),
		cpuCores: sized(
			r.cpuRequestCores,
			r.cpuLimitCores,
			t.cpuRequest,
			t.cpuLimit,
			formatCores,
			near.workload,
			'CPU demand'
		),
		ioShare: fromBase(near.workload, 'how much of its work is I/O'),
		appStartMs: fromBase(near.workload, 'how long the app takes to start')
	};
}

/** Match an item's image to the catalog or propose an own workload; notes say which and why. */
export function matchWorkload(input: MatchInput): MatchOutput {
	const notes: ImportNote[] = [];
	const where = input.where;
	let ref: ImageRef | null = null;
	if (input.image !== null) {
		ref = parseImageRef(input.image);
		if (!ref)
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `“${input.image}” is not a valid image name; it is treated as an unknown image.`,
				where
			});
	}
	const heap = input.runtime ? readJvmHeap(input.runtime) : null;
	const hit = ref && input.buildContext === undefined ? catalogMatch(ref) : null;
	if (hit) {
		notes.push({ level: 'info', topic: 'mapped', message: hit.why, where });
		if (hit.variant) notes.push({ level: 'info', topic: 'guessed', message: hit.variant, where });
		return {
			imageRef: ref,
			workload: { kind: 'catalog', workload: hit.workload, why: hit.why },
			heap,
			notes
		};
	}
	const proposal = proposeOwnWorkload(input, ref, heap);
	const what =
		input.buildContext !== undefined
			? `is built from ${input.buildContext}`
			: ref
				? `uses “${ref.raw}”, which the catalog does not know`
				: 'names no image';
	notes.push({
		level: 'info',
		topic: 'mapped',
		message: `“${input.itemName}” ${what}: it becomes an own workload based on “${proposal.base}”. ${proposal.baseWhy}`,
		where
	});
	const guessed = (
		[
			['working set', proposal.workingSetMiB],
			['CPU demand', proposal.cpuCores]
		] as const
	).filter(([, f]) => f.guessed && f.value !== null);
	for (const [what, f] of guessed)
		notes.push({ level: 'info', topic: 'guessed', message: `${what}: ${f.why}`, where });
	return { imageRef: ref, workload: { kind: 'own', proposal }, heap, notes };
}
