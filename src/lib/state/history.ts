import { FORMAT_LIMITS } from '$lib/model/limits';

/** An undo/redo history of immutable snapshots. Pure: the runes class wraps it. */
export interface History<T> {
	past: readonly T[];
	present: T;
	future: readonly T[];
	/** Edits with the same key in a row (one slider drag) merge into one undo step. */
	lastKey: string | undefined;
}

export const MAX_HISTORY = FORMAT_LIMITS.undoSteps;

export function createHistory<T>(present: T): History<T> {
	return { past: [], present, future: [], lastKey: undefined };
}

/** Record `next` as the present. With a `key` equal to the last edit's, replace instead of adding a step. */
export function record<T>(h: History<T>, next: T, key?: string): History<T> {
	if (key !== undefined && key === h.lastKey && h.past.length > 0) {
		return { past: h.past, present: next, future: [], lastKey: key };
	}
	const past = [...h.past, h.present].slice(-MAX_HISTORY);
	return { past, present: next, future: [], lastKey: key };
}

export function undo<T>(h: History<T>): History<T> {
	if (h.past.length === 0) return h;
	return {
		past: h.past.slice(0, -1),
		present: h.past[h.past.length - 1]!,
		future: [h.present, ...h.future],
		lastKey: undefined
	};
}

export function redo<T>(h: History<T>): History<T> {
	if (h.future.length === 0) return h;
	return {
		past: [...h.past, h.present],
		present: h.future[0]!,
		future: h.future.slice(1),
		lastKey: undefined
	};
}

/**
 * Make a step of the history the present, keeping every other step (Back and Forward to an entry
 * whose state is in the history): `index` counts from the oldest past step, the present being
 * `past.length`, the future after it.
 */
export function moveTo<T>(h: History<T>, index: number): History<T> {
	const all = [...h.past, h.present, ...h.future];
	if (index < 0 || index >= all.length) return h;
	return {
		past: all.slice(0, index),
		present: all[index]!,
		future: all.slice(index + 1),
		lastKey: undefined
	};
}
