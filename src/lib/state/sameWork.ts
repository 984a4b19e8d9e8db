import type { SharedState } from '$lib/scenario/shared';

/** JSON with every object's keys in order: two states that differ only in key order read the same. */
export const canonical = (value: unknown): string =>
	JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);

/** The same work, as far as a person can tell (scenarios, comparison, lesson; not the view). */
export const sameWork = (a: SharedState, b: SharedState): boolean =>
	canonical([a.scenario, a.compare, a.lesson]) === canonical([b.scenario, b.compare, b.lesson]);
