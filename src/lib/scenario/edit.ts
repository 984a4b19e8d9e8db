import { TEXT_LIMITS } from '$lib/model/limits';
import { INPUT_LIMITS, type Group, type Host, type Scenario, type Template } from '$lib/model';

/** Pure edits of a scenario. Each returns a new scenario; the input is never changed. */

export function setHost(s: Scenario, patch: Partial<Host>): Scenario {
	return { ...s, host: { ...s.host, ...patch } };
}

/** A new scenario name (trimmed, at most TEXT_LIMITS.name characters, as the formats allow). */
export function setName(s: Scenario, name: string): Scenario {
	const trimmed = name.trim().slice(0, TEXT_LIMITS.name);
	return trimmed === '' || trimmed === s.name ? s : { ...s, name: trimmed };
}

/** A group id not used yet: g1, g2, … */
export function nextGroupId(groups: readonly Group[]): string {
	let max = 0;
	for (const g of groups) {
		const m = /^g(\d+)$/.exec(g.id);
		if (m) max = Math.max(max, Number(m[1]));
	}
	return `g${max + 1}`;
}

/** A group that is just this template with no custom settings. */
const isPlain = (g: Group, t: Template) =>
	g.kind === t.kind &&
	g.workload === t.workload &&
	g.vcpus === undefined &&
	g.memoryMiB === undefined &&
	g.guestOs === undefined &&
	g.diskMode === undefined &&
	g.demandCores === undefined &&
	g.isolation === undefined;

/** Place one instance: add it to a plain group of the same template, or start a new group. Returns the group's id too. */
export function addInstance(s: Scenario, t: Template): { scenario: Scenario; groupId: string } {
	const existing = s.groups.find((g) => isPlain(g, t));
	if (existing)
		return { scenario: setCount(s, existing.id, existing.count + 1), groupId: existing.id };
	const id = nextGroupId(s.groups);
	return {
		scenario: { ...s, groups: [...s.groups, { id, kind: t.kind, workload: t.workload, count: 1 }] },
		groupId: id
	};
}

export function removeGroup(s: Scenario, id: string): Scenario {
	return { ...s, groups: s.groups.filter((g) => g.id !== id) };
}

export function setCount(s: Scenario, id: string, count: number): Scenario {
	const c = Math.min(INPUT_LIMITS.count.max, Math.max(0, Math.floor(count)));
	return updateGroup(s, id, { count: c });
}

export function updateGroup(s: Scenario, id: string, patch: Partial<Omit<Group, 'id'>>): Scenario {
	// A label is written no longer than the reader's limit (model/limits.ts), so it always reads back.
	if (patch.label !== undefined)
		patch = { ...patch, label: patch.label.slice(0, TEXT_LIMITS.label) };
	return {
		...s,
		groups: s.groups.map((g) => (g.id === id ? withoutUndefined({ ...g, ...patch }) : g))
	};
}

/** Drop keys set to undefined so "back to default" leaves no trace in the scenario. */
function withoutUndefined<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
