/**
 * From an ImportedStack (a compose file or Kubernetes manifests, read by `$lib/import`) to what
 * the sandbox adds: one group per service or container, on a catalog workload or an own workload
 * made from the importer's proposal, with a row per item saying what became what, what was
 * guessed and what was left out. Pure: the dialog shows the plan, and applying it is one edit.
 */
import { CATALOG_BASE_LAYER, type GuessBasis } from '$lib/import/match';
import type {
	Figure,
	ImportedItem,
	ImportedStack,
	ImportNote,
	OwnWorkloadProposal
} from '$lib/import/types';
import { formatCores, formatMiB } from '$lib/model/format';
import { IMAGE_LAYERS, WORKLOADS } from '$lib/model/catalog/workloads';
import { KIND_MODULES } from '$lib/model/kinds';
import { INPUT_LIMITS, TEXT_LIMITS } from '$lib/model/limits';
import type {
	Group,
	Kind,
	OwnWorkload,
	OwnWorkloadId,
	Scenario,
	WorkloadEntry,
	WorkloadId,
	WorkloadRef
} from '$lib/model/types';
import { nextGroupId } from '$lib/scenario/edit';
import { newOwnId, ownOf } from '$lib/scenario/ownEdit';

/** Where a modelled figure came from: the file's request (or reservation), its limit, a JVM heap, the catalog's workload, or the nearest workload's default for an unknown image. */
export type FigureSource = 'request' | 'limit' | 'heap' | 'catalog' | 'guess';

export interface MappedRow {
	/** The service, or `pod/container`. */
	item: string;
	/** Where it came from: “service”, “Deployment api”. */
	origin: string;
	/** The image as the file writes it; null when it builds one or names none. */
	image: string | null;
	workload: {
		ref: WorkloadRef;
		name: string;
		own: boolean;
		why: string;
		/** The catalog workload its figures start from (itself for a catalog workload), and its name. */
		base: WorkloadId;
		baseName: string;
		/** What the choice of `base` rested on, for an image the catalog does not know. */
		basis?: GuessBasis;
	};
	count: number;
	countWhy: string;
	/** What the model's memory and CPU per instance come from, with the reason in words. */
	memoryFrom: { source: FigureSource; why: string };
	cpuFrom: { source: FigureSource; why: string };
	/** What a Kubernetes scheduler reserves per pod for it (the group's requestMiB / requestCores). */
	request: { memoryMiB?: number; cores?: number };
	/** Requests and limits as the file gave them, in words. */
	resources: string;
	guessed: string[];
	leftOut: string[];
	problems: string[];
}

export interface ImportPlan {
	name: string | null;
	source: ImportedStack['source'];
	workloads: OwnWorkload[];
	/** The groups to add, without ids (they get them when applied). */
	groups: Omit<Group, 'id'>[];
	/**
	 * Each group's memory limit from the file (by index into `groups`), MiB: set as the group's
	 * memory limit while it runs as a kind with one (containers, gVisor, Kata), not as a VM's RAM.
	 */
	limitsMiB: (number | undefined)[];
	rows: MappedRow[];
	/** Notes about the whole input, by topic. */
	guessed: string[];
	leftOut: string[];
	problems: string[];
	mapped: string[];
}

/** The file's memory limit within what the model accepts for a group. */
const limitOf = (r: ImportedItem['resources']): number | undefined =>
	r.memoryLimitMiB === null
		? undefined
		: Math.min(
				INPUT_LIMITS.groupMemoryMiB.max,
				Math.max(INPUT_LIMITS.groupMemoryMiB.min, Math.round(r.memoryLimitMiB))
			);

/**
 * `g` run as `kind`: a container kind keeps the file's memory limit (`limitMiB`); a VM or microVM
 * gets its kind's default RAM, not the app's limit as a whole guest's memory.
 */
export function asKind<G extends Omit<Group, 'id'>>(g: G, kind: Kind, limitMiB?: number): G {
	const out: G = { ...g, kind };
	delete out.memoryMiB;
	if (KIND_MODULES[kind].memorySetting === 'limit' && limitMiB !== undefined)
		out.memoryMiB = limitMiB;
	return out;
}

const byTopic = (notes: readonly ImportNote[], topic: ImportNote['topic']) =>
	notes.filter((n) => n.topic === topic).map((n) => n.message);

/** “requests 256 MiB and 0.25 cores; limits 512 MiB and 1 core”, or that the file gives none. */
export function resourcesInWords(r: ImportedItem['resources']): string {
	const pair = (mem: number | null, cpu: number | null) =>
		[mem !== null ? formatMiB(mem) : null, cpu !== null ? formatCores(cpu) : null]
			.filter((x) => x !== null)
			.join(' and ');
	const requests = pair(r.memoryRequestMiB, r.cpuRequestCores);
	const limits = pair(r.memoryLimitMiB, r.cpuLimitCores);
	const parts = [requests && `requests ${requests}`, limits && `limits ${limits}`].filter(Boolean);
	return parts.length ? parts.join('; ') : 'no requests or limits given';
}

const originInWords = (i: ImportedItem) =>
	i.origin.kind === 'service'
		? `service “${i.origin.name}”`
		: `${i.origin.kind} “${i.origin.name}”${i.origin.container ? `, container “${i.origin.container}”` : ''}`;

/**
 * The working set to give an own workload. When the file gives only a memory limit, its libraries
 * count inside that limit too: the app gets the limit less the base workload's libraries, so the
 * workload does not exceed the very limit it was sized from.
 */
function workingSetOf(p: OwnWorkloadProposal): number {
	const f = p.workingSetMiB;
	const libsMiB = WORKLOADS[p.base].binsLibsMiB.value;
	return f.atMost ? Math.max(0, f.value! - libsMiB) : f.value!;
}

/** The guess the working set rests on, in words (with the arithmetic when it is a limit's). */
function workingSetWhy(p: OwnWorkloadProposal): string {
	const f = p.workingSetMiB;
	if (!f.atMost) return f.why;
	const libsMiB = WORKLOADS[p.base].binsLibsMiB.value;
	return `Only a memory limit is given (${formatMiB(f.value!)}); the working set is at most that less the ${formatMiB(libsMiB)} of libraries the model counts on their own: ${formatMiB(workingSetOf(p))}, which may overstate it.`;
}

/** An own workload from the importer's proposal: the file's figures, the rest from its base. */
function ownFrom(
	item: ImportedItem & { workload: { kind: 'own' } },
	id: OwnWorkloadId
): OwnWorkload {
	const p = item.workload.proposal;
	const w: OwnWorkload = {
		id,
		name: p.name.slice(0, 80),
		family: p.family,
		base: p.base,
		baseLayer: p.baseLayer
	};
	const layers = p.ownLayers
		.filter((l) => l.sizeMiB !== null)
		.map((l) => ({ name: l.name.slice(0, 80), compressedMiB: l.sizeMiB as number }));
	if (layers.length) w.layers = layers.slice(0, INPUT_LIMITS.ownLayers.max);
	if (p.workingSetMiB.value !== null) w.appMiB = workingSetOf(p);
	if (p.cpuCores.value !== null) w.demandCores = p.cpuCores.value;
	if (p.ioShare.value !== null) w.ioShare = p.ioShare.value;
	if (p.appStartMs.value !== null) w.appStartMs = p.appStartMs.value;
	return w;
}

/** Where an own workload's figure came from, from the importer's proposal. */
function sourceOf(f: Figure): FigureSource {
	if (f.heap) return 'heap';
	if (f.value === null) return 'guess';
	return f.atMost ? 'limit' : 'request';
}

/**
 * A catalog match's figures from the file: the memory request (or compose reservation) taken as
 * its working set, as an own workload's is, and raised to a JVM's minimum heap; the CPU request
 * as its demand. `appMiB` is set only when it differs from the catalog's.
 */
function catalogFigures(
	item: ImportedItem,
	id: WorkloadId
): {
	appMiB?: number;
	demandCores?: number;
	memoryFrom: MappedRow['memoryFrom'];
	cpuFrom: MappedRow['cpuFrom'];
} {
	const w = WORKLOADS[id];
	const r = item.resources;
	const catalogApp = w.appMiB.value;
	let appMiB = catalogApp;
	let memoryFrom: MappedRow['memoryFrom'] = {
		source: 'catalog',
		why: `The file gives no memory request; the catalog’s ${w.name} working set (${formatMiB(catalogApp)}, an estimate) plus its libraries.`
	};
	if (r.memoryRequestMiB !== null && r.memoryRequestMiB > 0) {
		appMiB = r.memoryRequestMiB;
		memoryFrom = {
			source: 'request',
			why: `The memory request (${formatMiB(appMiB)}) taken as its working set, in place of the catalog’s ${formatMiB(catalogApp)}, plus the catalog’s ${formatMiB(w.binsLibsMiB.value)} of ${w.name} libraries.`
		};
	}
	const heapMin = item.heap?.minMiB ?? null;
	if (heapMin !== null && heapMin > appMiB) {
		memoryFrom = {
			source: 'heap',
			why: `A JVM cannot use less than its minimum heap (${item.heap!.why}): its working set is at least ${formatMiB(heapMin)}, above the ${formatMiB(appMiB)} it would otherwise have, plus the catalog’s ${formatMiB(w.binsLibsMiB.value)} of libraries.`
		};
		appMiB = heapMin;
	}
	const cpu = r.cpuRequestCores;
	const cpuFrom: MappedRow['cpuFrom'] =
		cpu !== null && cpu > 0
			? {
					source: 'request',
					why: `The CPU request (${formatCores(cpu)}) taken as its steady demand, in place of the catalog’s ${formatCores(w.demandCores.value)}.`
				}
			: {
					source: 'catalog',
					why: `The file gives no CPU request; the catalog’s ${w.name} demand at a light load (${formatCores(w.demandCores.value)}, an estimate).`
				};
	return {
		...(Math.abs(appMiB - catalogApp) > 1e-9 ? { appMiB } : {}),
		...(cpuFrom.source === 'request' ? { demandCores: cpu! } : {}),
		memoryFrom,
		cpuFrom
	};
}

/**
 * A catalog workload with the file's working set: an own workload based on it, on the same base
 * layer and with the catalog image's own layers at the catalog's sizes, so only the memory differs.
 */
function tunedCatalog(
	id: WorkloadId,
	name: string,
	appMiB: number,
	ownId: OwnWorkloadId
): OwnWorkload {
	const w = WORKLOADS[id];
	const layers = w.layers
		.filter((l) => !IMAGE_LAYERS[l].base)
		.map((l) => ({
			name: `${IMAGE_LAYERS[l].name} (the catalog’s size)`.slice(0, 80),
			compressedMiB: IMAGE_LAYERS[l].compressedMiB.value
		}));
	return {
		id: ownId,
		name: name.slice(0, 80),
		family: w.family,
		base: id,
		baseLayer: CATALOG_BASE_LAYER[id],
		...(layers.length ? { layers: layers.slice(0, INPUT_LIMITS.ownLayers.max) } : {}),
		appMiB
	};
}

/** What a scheduler reserves per instance: the request, or the limit when only a limit is given (Kubernetes sets a missing request to the limit). */
function requestOf(r: ImportedItem['resources']): MappedRow['request'] {
	const memoryMiB = r.memoryRequestMiB ?? r.memoryLimitMiB;
	const cores = r.cpuRequestCores ?? r.cpuLimitCores;
	return {
		...(memoryMiB !== null && memoryMiB > 0
			? { memoryMiB: Math.min(INPUT_LIMITS.groupMemoryMiB.max, memoryMiB) }
			: {}),
		...(cores !== null && cores > 0 ? { cores } : {})
	};
}

/**
 * What `stack` adds to `scenario`, with `names` the workloads the report lists (for the catalog's
 * names). Own workloads past the model's limit run as their base workload instead, said.
 */
export function planImport(
	stack: ImportedStack,
	scenario: Scenario,
	names: readonly WorkloadEntry[],
	kind: Kind = 'container'
): ImportPlan {
	const taken = ownOf(scenario).map((w) => w.id as string);
	let room = INPUT_LIMITS.ownWorkloads.max - ownOf(scenario).length;
	const byKey = new Map<string, OwnWorkload>();
	const workloads: OwnWorkload[] = [];
	const rows: MappedRow[] = [];
	const groups: Omit<Group, 'id'>[] = [];
	const limitsMiB: (number | undefined)[] = [];
	const problems = byTopic(stack.notes, 'problem');
	/** One own workload per image and figures; none past the model's limit. */
	const ownFor = (key: string, make: (id: OwnWorkloadId) => OwnWorkload, name: string) => {
		let own = byKey.get(key);
		if (!own && room > 0) {
			own = make(newOwnId(name, taken));
			taken.push(own.id);
			workloads.push(own);
			byKey.set(key, own);
			room--;
		}
		return own;
	};
	const nameOf = (id: WorkloadId) => names.find((n) => n.id === id)?.name ?? id;
	for (const item of stack.items) {
		const guessed = byTopic(item.notes, 'guessed');
		const itemProblems = byTopic(item.notes, 'problem');
		let workload: MappedRow['workload'];
		let memoryFrom: MappedRow['memoryFrom'];
		let cpuFrom: MappedRow['cpuFrom'];
		let demandCores: number | undefined;
		const m = item.workload;
		const noRoom = (base: WorkloadId) =>
			`No room for another own workload (the limit is ${INPUT_LIMITS.ownWorkloads.max}): “${item.name}” runs as ${nameOf(base)}, its nearest catalog workload, with its figures.`;
		if (m.kind === 'catalog') {
			const f = catalogFigures(item, m.workload);
			memoryFrom = f.memoryFrom;
			cpuFrom = f.cpuFrom;
			demandCores = f.demandCores;
			workload = {
				ref: m.workload,
				name: nameOf(m.workload),
				own: false,
				why: m.why,
				base: m.workload,
				baseName: nameOf(m.workload)
			};
			if (f.appMiB !== undefined) {
				const appMiB = f.appMiB;
				const own = ownFor(
					`catalog:${m.workload}:${appMiB}`,
					(id) => tunedCatalog(m.workload, item.name, appMiB, id),
					item.name
				);
				if (own)
					workload = {
						...workload,
						ref: own.id,
						name: own.name,
						own: true,
						why: `${m.why} Its working set comes from the file, so it runs as an own workload based on ${nameOf(m.workload)} (the catalog’s image, libraries and start time; the file’s memory).`
					};
				else {
					itemProblems.push(noRoom(m.workload));
					memoryFrom = { source: 'catalog', why: `${noRoom(m.workload)}` };
				}
			}
		} else {
			const p = m.proposal;
			const own = ownFor(
				`own:${item.image ?? `item:${item.name}`}:${p.workingSetMiB.value}:${p.cpuCores.value}:${p.base}`,
				(id) => ownFrom({ ...item, workload: m }, id),
				p.name
			);
			memoryFrom = {
				source: sourceOf(p.workingSetMiB),
				why: p.workingSetMiB.value === null ? p.workingSetMiB.why : workingSetWhy(p)
			};
			cpuFrom = { source: sourceOf(p.cpuCores), why: p.cpuCores.why };
			for (const f of [p.ioShare, p.appStartMs]) if (f.guessed) guessed.push(f.why);
			workload = {
				ref: p.base,
				name: nameOf(p.base),
				own: false,
				why: p.baseWhy,
				base: p.base,
				baseName: nameOf(p.base),
				...(p.baseBasis ? { basis: p.baseBasis } : {})
			};
			if (own) workload = { ...workload, ref: own.id, name: own.name, own: true };
			else itemProblems.push(noRoom(p.base));
		}
		const count = Math.min(INPUT_LIMITS.count.max, Math.max(0, Math.round(item.count)));
		const request = requestOf(item.resources);
		rows.push({
			item: item.name,
			origin: originInWords(item),
			image: item.image,
			workload,
			count,
			countWhy: item.countWhy,
			memoryFrom,
			cpuFrom,
			request,
			resources: resourcesInWords(item.resources),
			guessed,
			leftOut: byTopic(item.notes, 'left-out'),
			problems: itemProblems
		});
		const limit = limitOf(item.resources);
		limitsMiB.push(limit);
		groups.push(
			asKind(
				{
					kind,
					workload: workload.ref,
					count,
					label: item.name.slice(0, TEXT_LIMITS.label),
					...(demandCores !== undefined ? { demandCores } : {}),
					...(request.memoryMiB !== undefined ? { requestMiB: request.memoryMiB } : {}),
					...(request.cores !== undefined ? { requestCores: request.cores } : {})
				},
				kind,
				limit
			)
		);
	}
	return {
		name: stack.name,
		source: stack.source,
		workloads,
		groups,
		limitsMiB,
		rows,
		guessed: byTopic(stack.notes, 'guessed'),
		leftOut: byTopic(stack.notes, 'left-out'),
		problems,
		mapped: byTopic(stack.notes, 'mapped')
	};
}

export type ApplyMode = 'add' | 'replace';

/** File names that say nothing about the stack, so its services name it instead. */
const GENERIC_FILE =
	/^(docker-)?(compose|stack)(\.\w+)?$|^docker-stack$|^(kubernetes-)?manifests?$|^all-in-one$|^deployment$|^k8s$/i;

/**
 * What a scenario made from an import is called: the project's name (Compose `name:`), else the
 * file's name without its extension, else (a pasted text, or a name such as `compose.yaml`) its
 * first services: “db, wordpress and phpmyadmin”.
 */
export function importTitle(plan: ImportPlan, fileName: string | null): string {
	if (plan.name) return plan.name;
	const base = fileName?.replace(/\.(ya?ml|json)$/i, '').trim() ?? '';
	if (base && !GENERIC_FILE.test(base)) return base;
	const items = plan.rows.map((r) => r.item);
	const listed =
		items.length <= 3
			? items.join(', ').replace(/, ([^,]*)$/, ' and $1')
			: `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
	return listed;
}

/**
 * The scenario with the plan applied: its groups added to the host (or in place of the groups
 * there, for `replace`), its own workloads added. The person's own workloads are always kept.
 * Returns the new groups' ids and the file's memory limits by id, so their kind can be switched
 * in one step afterwards.
 */
export function applyPlan(
	scenario: Scenario,
	plan: ImportPlan,
	mode: ApplyMode,
	title: string | null = plan.name
): { scenario: Scenario; groupIds: string[]; limitsMiB: Record<string, number> } {
	const kept = mode === 'add' ? scenario.groups : [];
	const room = INPUT_LIMITS.groups.max - kept.length;
	const groups: Group[] = [...kept];
	const groupIds: string[] = [];
	const limitsMiB: Record<string, number> = {};
	plan.groups.slice(0, Math.max(0, room)).forEach((g, i) => {
		const id = nextGroupId(groups);
		groups.push({ id, ...g });
		groupIds.push(id);
		const limit = plan.limitsMiB[i];
		if (limit !== undefined) limitsMiB[id] = limit;
	});
	const next: Scenario = {
		...scenario,
		groups,
		workloads: [...ownOf(scenario), ...plan.workloads]
	};
	if (mode === 'replace' && title) next.name = title.slice(0, TEXT_LIMITS.name);
	return { scenario: next, groupIds, limitsMiB };
}

/**
 * The groups `ids` shown as `kind` (containers, VMs, microVMs, …), each with its file's memory
 * limit (`limitsMiB`, by id) where the kind takes one.
 */
export function switchKind(
	scenario: Scenario,
	ids: readonly string[],
	kind: Kind,
	limitsMiB: Readonly<Record<string, number>> = {}
): Scenario {
	const set = new Set(ids);
	return {
		...scenario,
		groups: scenario.groups.map((g) =>
			set.has(g.id)
				? asKind(g, kind, Object.hasOwn(limitsMiB, g.id) ? limitsMiB[g.id] : undefined)
				: g
		)
	};
}

/** The plan with every group shown as `kind`. */
export const planAs = (plan: ImportPlan, kind: Kind): ImportPlan => ({
	...plan,
	groups: plan.groups.map((g, i) => asKind(g, kind, plan.limitsMiB[i]))
});
