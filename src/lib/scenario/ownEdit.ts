/**
 * Pure edits of a scenario's own workloads. Each returns a new scenario (the input is never
 * changed), so the sandbox records each as one undoable step.
 */
import {
	INPUT_LIMITS,
	type OwnWorkload,
	type OwnWorkloadId,
	type Scenario,
	type WorkloadId,
	type WorkloadRef
} from '$lib/model';

const slug = (name: string): string =>
	name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40) || 'workload';

/** An id for `name` not yet used by `taken`: `own-shop-api`, `own-shop-api-2`, … */
export function newOwnId(name: string, taken: Iterable<string>): OwnWorkloadId {
	const used = new Set(taken);
	const stem = `own-${slug(name)}`;
	if (!used.has(stem)) return stem as OwnWorkloadId;
	for (let i = 2; ; i++) if (!used.has(`${stem}-${i}`)) return `${stem}-${i}` as OwnWorkloadId;
}

export const ownOf = (s: Scenario): OwnWorkload[] => s.workloads ?? [];

/** Room for one more own workload within the model's limit. */
export const hasRoom = (s: Scenario): boolean => ownOf(s).length < INPUT_LIMITS.ownWorkloads.max;

/** Add `w` (its id made unique). Returns the scenario and the id it got. */
export function addOwn(s: Scenario, w: OwnWorkload): { scenario: Scenario; id: OwnWorkloadId } {
	const id = newOwnId(
		w.name,
		ownOf(s).map((o) => o.id)
	);
	return { scenario: { ...s, workloads: [...ownOf(s), { ...w, id }] }, id };
}

/** A new own workload that starts as a copy of the catalog workload `base`. */
export function createFromCatalog(
	s: Scenario,
	base: WorkloadId,
	family: OwnWorkload['family'],
	name: string
): { scenario: Scenario; id: OwnWorkloadId } {
	return addOwn(s, { id: 'own-new', name: name.trim() || 'My workload', family, base });
}

/** A copy of the own workload `id`, named “… (copy)”. */
export function duplicateOwn(
	s: Scenario,
	id: WorkloadRef
): { scenario: Scenario; id: OwnWorkloadId } | null {
	const w = ownOf(s).find((o) => o.id === id);
	if (!w) return null;
	return addOwn(s, { ...structuredClone(w), name: `${w.name} (copy)`.slice(0, 80) });
}

/** Change the own workload `id`; fields set to undefined go back to the base's figure. */
export function updateOwn(s: Scenario, id: WorkloadRef, patch: Partial<OwnWorkload>): Scenario {
	return {
		...s,
		workloads: ownOf(s).map((o) =>
			o.id === id
				? (Object.fromEntries(
						Object.entries({ ...o, ...patch, id: o.id }).filter(([, v]) => v !== undefined)
					) as unknown as OwnWorkload)
				: o
		)
	};
}

/** The groups that run the workload `id`. */
export const groupsUsing = (s: Scenario, id: WorkloadRef) =>
	s.groups.filter((g) => g.workload === id);

/**
 * Delete the own workload `id`. Groups that run it switch to its base (catalog) workload; the
 * caller says so before it asks.
 */
export function deleteOwn(s: Scenario, id: WorkloadRef): Scenario {
	const w = ownOf(s).find((o) => o.id === id);
	if (!w) return s;
	return {
		...s,
		workloads: ownOf(s).filter((o) => o.id !== id),
		groups: s.groups.map((g) => (g.workload === id ? { ...g, workload: w.base } : g))
	};
}

/**
 * `next` (a lesson's step, a ready-made comparison) with `from`'s own workloads kept beside its
 * own: a whole scenario replaces the groups and host, not the workloads a person made. Where both
 * define an id, `next`'s definition wins; no more are kept than the model's limit allows.
 */
export function carryOwn(next: Scenario, from: Scenario): Scenario {
	const mine = ownOf(next);
	const ids = new Set(mine.map((o) => o.id));
	const room = INPUT_LIMITS.ownWorkloads.max - mine.length;
	const kept = ownOf(from)
		.filter((o) => !ids.has(o.id))
		.slice(0, Math.max(0, room));
	return kept.length ? { ...next, workloads: [...mine, ...structuredClone(kept)] } : next;
}
