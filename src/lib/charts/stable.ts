/**
 * Keep yesterday's objects when today's are equal. A chart re-derives its data on every scenario
 * change; handing Svelte the same object (or the same array) for unchanged data means nothing
 * downstream re-renders. Plain data only: numbers, strings, booleans, arrays, plain objects.
 */

export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		// NaN equals NaN here: a value that did not change.
		return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
	}
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	for (const k of ka)
		if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
			return false;
	return true;
}

/** `next`, or `prev` when it is deep-equal. */
export const reuse = <T>(prev: T | undefined, next: T): T =>
	prev !== undefined && deepEqual(prev, next) ? prev : next;

/**
 * `next` with every item that equals the previous item of the same key replaced by that previous
 * item; `prev` itself when every item is unchanged and in the same order.
 */
export function reuseItems<T>(
	prev: readonly T[] | undefined,
	next: readonly T[],
	key: (item: T) => string
): readonly T[] {
	if (!prev) return next;
	const old = new Map(prev.map((p) => [key(p), p]));
	let same = prev.length === next.length;
	const out = next.map((item, i) => {
		const p = old.get(key(item));
		if (p !== undefined && deepEqual(p, item)) {
			if (prev[i] !== p) same = false;
			return p;
		}
		same = false;
		return item;
	});
	return same ? prev : out;
}

/** A function of one argument that remembers its last result: for derived data in components. */
export function keeper<T>(): (next: T) => T {
	let last: T | undefined;
	return (next) => (last = reuse(last, next));
}

/** Like keeper, for arrays of keyed items. */
export function itemKeeper<T>(key: (item: T) => string): (next: readonly T[]) => readonly T[] {
	let last: readonly T[] | undefined;
	return (next) => (last = reuseItems(last, next, key));
}
