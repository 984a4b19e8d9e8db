/**
 * From an ImportedStack (a compose file or Kubernetes manifests, read by `$lib/import`) to what
 * the sandbox adds: one group per service or container, on a catalog workload or an own workload
 * made from the importer's proposal, with a row per item saying what became what, what was
 * guessed and what was left out. Pure: the dialog shows the plan, and applying it is one edit.
 */
import type {
	ImportedItem,
	ImportedStack,
	ImportNote,
	OwnWorkloadProposal
} from '$lib/import/types';
import { formatCores, formatMiB } from '$lib/model/format';
import { WORKLOADS } from '$lib/model/catalog/workloads';
import { KIND_MODULES } from '$lib/model/kinds';
import { INPUT_LIMITS, TEXT_LIMITS } from '$lib/model/limits';
import type {
	Group,
	Kind,
	OwnWorkload,
	OwnWorkloadId,
	Scenario,
	WorkloadEntry,
	WorkloadRef
} from '$lib/model/types';
import { nextGroupId } from '$lib/scenario/edit';
import { newOwnId, ownOf } from './ownEdit';

export interface MappedRow {
	/** The service, or `pod/container`. */
	item: string;
	/** Where it came from: “service”, “Deployment api”. */
	origin: string;
	workload: { ref: WorkloadRef; name: string; own: boolean; why: string };
	count: number;
	countWhy: string;
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
	const byImage = new Map<string, OwnWorkload>();
	const workloads: OwnWorkload[] = [];
	const rows: MappedRow[] = [];
	const groups: Omit<Group, 'id'>[] = [];
	const limitsMiB: (number | undefined)[] = [];
	const problems = byTopic(stack.notes, 'problem');
	for (const item of stack.items) {
		const guessed = byTopic(item.notes, 'guessed');
		const itemProblems = byTopic(item.notes, 'problem');
		let workload: MappedRow['workload'];
		const m = item.workload;
		if (m.kind === 'catalog') {
			const name = names.find((n) => n.id === m.workload)?.name ?? m.workload;
			workload = { ref: m.workload, name, own: false, why: m.why };
		} else {
			const key = item.image ?? `item:${item.name}`;
			let own = byImage.get(key);
			if (!own && room > 0) {
				own = ownFrom({ ...item, workload: m }, newOwnId(m.proposal.name, taken));
				taken.push(own.id);
				workloads.push(own);
				byImage.set(key, own);
				room--;
			}
			const p = m.proposal;
			if (p.workingSetMiB.guessed) guessed.push(workingSetWhy(p));
			for (const f of [p.cpuCores, p.ioShare, p.appStartMs]) if (f.guessed) guessed.push(f.why);
			if (own) workload = { ref: own.id, name: own.name, own: true, why: p.baseWhy };
			else {
				const base = names.find((n) => n.id === p.base)?.name ?? p.base;
				workload = { ref: p.base, name: base, own: false, why: p.baseWhy };
				itemProblems.push(
					`No room for another own workload (the limit is ${INPUT_LIMITS.ownWorkloads.max}): “${item.name}” runs as ${base}, its nearest catalog workload.`
				);
			}
		}
		const count = Math.min(INPUT_LIMITS.count.max, Math.max(0, Math.round(item.count)));
		rows.push({
			item: item.name,
			origin: originInWords(item),
			workload,
			count,
			countWhy: item.countWhy,
			resources: resourcesInWords(item.resources),
			guessed,
			leftOut: byTopic(item.notes, 'left-out'),
			problems: itemProblems
		});
		const limit = limitOf(item.resources);
		limitsMiB.push(limit);
		groups.push(
			asKind(
				{ kind, workload: workload.ref, count, label: item.name.slice(0, TEXT_LIMITS.label) },
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

/**
 * The scenario with the plan applied: its groups added to the host (or in place of the groups
 * there, for `replace`), its own workloads added. The person's own workloads are always kept.
 * Returns the new groups' ids and the file's memory limits by id, so their kind can be switched
 * in one step afterwards.
 */
export function applyPlan(
	scenario: Scenario,
	plan: ImportPlan,
	mode: ApplyMode
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
	if (mode === 'replace' && plan.name) next.name = plan.name.slice(0, TEXT_LIMITS.name);
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
