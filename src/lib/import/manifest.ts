/**
 * Kubernetes manifests (one or more YAML documents, and `List`s of objects) read into an
 * ImportedStack. Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job and
 * Pod run containers and become items. A CronJob only runs on its schedule, so it is left out of
 * the steady state and its size while running is said. Every other kind runs no containers and
 * is listed as ignored.
 */
import { formatCount, formatMiB, listing } from './format';
import { at, count, isObj, list, str, type Obj } from './objects';
import { readPodSpec, type PodOwner } from './podSpec';
import { memoryMiB } from './quantity';
import {
	IMPORT_FORMAT_VERSION,
	type ImportedItem,
	type ImportedVolume,
	type ImportLimits,
	type ImportNote,
	type ImportResult
} from './types';
import type { YamlDocument } from './yamlText';

export const WORKLOAD_KINDS = [
	'Deployment',
	'StatefulSet',
	'ReplicaSet',
	'ReplicationController',
	'DaemonSet',
	'Job',
	'Pod'
] as const;

interface Located {
	obj: Obj;
	/** `document 3` or `document 1, item 4`. */
	place: string;
}

/** Documents and List items, in order, up to the object cap. */
function flatten(documents: YamlDocument[], limits: ImportLimits, notes: ImportNote[]): Located[] {
	const out: Located[] = [];
	let total = 0;
	for (const doc of documents) {
		const v = doc.value;
		if (v === null || v === undefined) continue;
		const isList =
			isObj(v) && typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items);
		const entries = isList
			? list(v.items).map((o, i) => [o, `document ${doc.index}, item ${i + 1}`] as const)
			: [[v, `document ${doc.index}`] as const];
		for (const [obj, place] of entries) {
			total++;
			if (out.length >= limits.maxObjects) continue;
			if (!isObj(obj)) {
				notes.push({
					level: 'warning',
					topic: 'problem',
					message: `${capitalise(place)} is not a Kubernetes object; it was left out.`,
					where: place
				});
				continue;
			}
			out.push({ obj, place });
		}
	}
	if (total > limits.maxObjects)
		notes.push({
			level: 'warning',
			topic: 'left-out',
			message: `Only the first ${formatCount(limits.maxObjects, 'object')} of ${formatCount(total, 'object')} were read; the rest were left out.`
		});
	return out;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function claimVolumes(obj: Obj): ImportedVolume[] {
	return list(at(obj, 'spec', 'volumeClaimTemplates'))
		.filter(isObj)
		.map((t) => {
			const size = memoryMiB(at(t, 'spec', 'resources', 'requests', 'storage'));
			return {
				name: str(at(t, 'metadata', 'name')) ?? 'volume',
				sizeMiB: size.ok ? size.value : null
			};
		});
}

function replicas(obj: Obj, where: string, notes: ImportNote[]): { count: number; why: string } {
	const raw = at(obj, 'spec', 'replicas');
	if (raw === undefined) return { count: 1, why: 'spec.replicas not given: Kubernetes runs one' };
	const n = count(raw);
	if (n === undefined) {
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `spec.replicas “${String(raw)}” is not a whole number; one was assumed.`,
			where
		});
		return { count: 1, why: 'spec.replicas unreadable: one assumed' };
	}
	return { count: n, why: `spec.replicas: ${n}` };
}

/** The pod template and the count of pods for a workload kind. */
function ownerOf(
	kind: string,
	obj: Obj,
	where: string,
	notes: ImportNote[]
): { spec: unknown; count: number; why: string; perNode: boolean } {
	switch (kind) {
		case 'Pod':
			return { spec: obj.spec, count: 1, why: 'a single Pod', perNode: false };
		case 'DaemonSet':
			notes.push({
				level: 'info',
				topic: 'mapped',
				message: `${where} runs one pod on every node; it counts one on this node.`,
				where
			});
			return {
				spec: at(obj, 'spec', 'template', 'spec'),
				count: 1,
				why: 'a DaemonSet: one per node',
				perNode: true
			};
		case 'Job': {
			const p = count(at(obj, 'spec', 'parallelism'));
			const c = count(at(obj, 'spec', 'completions'));
			const n = Math.min(p ?? 1, c ?? Infinity);
			notes.push({
				level: 'info',
				topic: 'guessed',
				message: `${where} runs to completion; its ${formatCount(n, 'pod')} running at once are counted as if always running.`,
				where
			});
			return {
				spec: at(obj, 'spec', 'template', 'spec'),
				count: n,
				why:
					p === undefined
						? 'spec.parallelism not given: one at a time'
						: `spec.parallelism: ${p}${c !== undefined && c < p ? `, limited by spec.completions: ${c}` : ''}`,
				perNode: false
			};
		}
		default: {
			const r = replicas(obj, where, notes);
			return {
				spec: at(obj, 'spec', 'template', 'spec'),
				count: r.count,
				why: r.why,
				perNode: false
			};
		}
	}
}

function cronJobNote(obj: Obj, where: string): ImportNote {
	const spec = at(obj, 'spec', 'jobTemplate', 'spec', 'template', 'spec');
	const containers = list(at(spec, 'containers')).filter(isObj);
	const memory = containers
		.map((c) =>
			memoryMiB(at(c, 'resources', 'requests', 'memory') ?? at(c, 'resources', 'limits', 'memory'))
		)
		.reduce((sum, m) => sum + (m.ok ? m.value : 0), 0);
	const schedule = str(at(obj, 'spec', 'schedule'));
	return {
		level: 'info',
		topic: 'left-out',
		message: `${where} runs only on its schedule${schedule ? ` (“${schedule}”)` : ''}, so it is left out of the steady state. While it runs it adds a pod of ${listing(containers.map((c) => str(c.image) ?? 'an unnamed image'))}${memory > 0 ? `, ${formatMiB(memory)} requested` : ''}.`,
		where
	};
}

/**
 * An HPA keeps its target at `minReplicas` or more: when that is above the replicas the file
 * writes, the count is raised to it (the autoscaler would scale up at once); otherwise the file's
 * replicas are used and the range is said.
 */
function applyAutoscaler(
	obj: Obj,
	where: string,
	items: ImportedItem[],
	notes: ImportNote[]
): void {
	const target = str(at(obj, 'spec', 'scaleTargetRef', 'name'));
	const targetKind = str(at(obj, 'spec', 'scaleTargetRef', 'kind'));
	const min = count(at(obj, 'spec', 'minReplicas')) ?? 1;
	const max = count(at(obj, 'spec', 'maxReplicas'));
	const range = `between ${min} and ${max ?? '?'} replicas`;
	const scaled = items.filter(
		(i) =>
			i.origin.name === target &&
			(targetKind === undefined || i.origin.kind === targetKind) &&
			!i.perNode
	);
	const below = scaled.filter((i) => i.count < min);
	for (const i of below) {
		i.countWhy = `${i.countWhy}, raised to ${min} by ${where}’s minReplicas`;
		i.count = min;
	}
	notes.push(
		below.length
			? {
					level: 'info',
					topic: 'mapped',
					message: `${where} keeps ${target ?? 'its target'} ${range}: its minReplicas (${min}) is above the file’s replicas, so ${min} are counted.`,
					where
				}
			: {
					level: 'info',
					topic: 'left-out',
					message: `${where} may scale ${target ?? 'its target'} ${range}; the replicas written in the file were used.`,
					where
				}
	);
}

/** Read parsed manifest documents. */
export function readManifests(documents: YamlDocument[], limits: ImportLimits): ImportResult {
	const notes: ImportNote[] = [];
	const items: ImportedItem[] = [];
	const ignored = new Map<string, string[]>();
	const names = new Set<string>();
	const autoscalers: { obj: Obj; where: string }[] = [];
	for (const { obj, place } of flatten(documents, limits, notes)) {
		const kind = str(obj.kind);
		const name = str(at(obj, 'metadata', 'name')) ?? str(at(obj, 'metadata', 'generateName'));
		if (!kind || !str(obj.apiVersion)) {
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `${capitalise(place)} has no ${kind ? 'apiVersion' : 'kind'}; it was left out.`,
				where: place
			});
			continue;
		}
		const where = `${kind} ${name ?? `(unnamed, ${place})`}`;
		if (kind === 'CronJob') {
			notes.push(cronJobNote(obj, where));
			continue;
		}
		if (!(WORKLOAD_KINDS as readonly string[]).includes(kind)) {
			if (kind === 'HorizontalPodAutoscaler') autoscalers.push({ obj, where });
			else ignored.set(kind, [...(ignored.get(kind) ?? []), name ?? 'unnamed']);
			continue;
		}
		if (!name)
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `${capitalise(place)} (${kind}) has no metadata.name; it was named after its place.`,
				where: place
			});
		const namespace = str(at(obj, 'metadata', 'namespace'));
		let itemName =
			name ?? `${kind.toLowerCase()}-${place.replace(/\D+/g, '-').replace(/^-|-$/g, '')}`;
		if (names.has(itemName))
			itemName = namespace ? `${namespace}/${itemName}` : `${itemName} (${kind})`;
		let unique = itemName;
		for (let i = 2; names.has(unique); i++) unique = `${itemName} (${i})`;
		names.add(unique);
		const o = ownerOf(kind, obj, where, notes);
		if (o.count === 0) {
			notes.push({
				level: 'info',
				topic: 'left-out',
				message: `${where} has 0 replicas and was left out.`,
				where
			});
			continue;
		}
		const owner: PodOwner = {
			kind,
			name: unique,
			...(namespace ? { namespace } : {}),
			count: o.count,
			countWhy: o.why,
			perNode: o.perNode,
			where,
			volumes: claimVolumes(obj),
			defaultContainer: str(
				at(
					obj,
					'spec',
					'template',
					'metadata',
					'annotations',
					'kubectl.kubernetes.io/default-container'
				)
			)
		};
		if (owner.volumes.length)
			notes.push({
				level: 'info',
				topic: 'left-out',
				message: `${where} asks for a persistent volume per pod (${listing(owner.volumes.map((v) => `${v.name}${v.sizeMiB !== null ? `: ${formatMiB(v.sizeMiB)}` : ''}`))}); such volumes live outside the node’s disk and are not counted on it.`,
				where
			});
		items.push(...readPodSpec(o.spec, owner, notes));
	}
	for (const { obj, where } of autoscalers) applyAutoscaler(obj, where, items, notes);
	if (ignored.size)
		notes.push({
			level: 'info',
			topic: 'left-out',
			message: `Ignored, as they run no containers: ${listing([...ignored].map(([k, ns]) => `${k} ${listing(ns)}`))}.`
		});
	if (items.length === 0)
		return {
			ok: false,
			error: {
				code: 'nothing-to-run',
				message: `Nothing in this manifest runs containers in steady state.${notes
					.filter((n) => n.topic === 'left-out' || n.level !== 'info')
					.map((n) => ` ${n.message}`)
					.join('')}`
			}
		};
	return {
		ok: true,
		stack: { version: IMPORT_FORMAT_VERSION, source: 'kubernetes', name: null, items, notes }
	};
}
