import type { Scenario } from '$lib/model';
import { FORMAT_LIMITS } from '$lib/model/limits';
import { FILE_FORMAT, fileFits, parseFileJson } from '$lib/scenario/file';
import { CURRENT_VERSION } from '$lib/scenario/migrate';
import { fromUnknown, type SharedState } from '$lib/scenario/shared';

export { KEYS, keptMark, storageError, Store } from './store';
export type { KeptWhy, StorageLike } from './store';

/**
 * The browser's copy of a person's work, and nothing else writes it: the autosave (the scenario
 * file format, compact, with the undo history), the earlier work kept aside when something else
 * replaced it, and an autosave that could not be read, kept as it was. Every write stays inside
 * the limits the reader applies (src/lib/model/limits.ts), so what is written always reads back.
 * Pure TypeScript over a Storage: the page wires it to localStorage, tests to a Map.
 */

/** One side's undo history: the scenarios before the present (oldest first) and after it. */
export interface UndoSteps {
	past: Scenario[];
	future: Scenario[];
}
export interface UndoHistory {
	a?: UndoSteps;
	b?: UndoSteps;
}

/** Work read back: the state, its undo history, and what had to be repaired. */
export interface Saved {
	state: SharedState;
	undo: UndoHistory;
	repairs: string[];
}

export type Loaded =
	| { kind: 'none' }
	| { kind: 'ok'; saved: Saved; text: string }
	| { kind: 'unreadable'; error: string; text: string };

/** `state`: the state's own file text (no undo, no extras), which the link worker reads too. */
export type Written = { ok: true; text: string; state: string } | { ok: false; error: string };

const MB = (chars: number) =>
	`${(chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** Undo steps that read back, in order; a step that does not is left out (with those beyond it). */
function readSteps(raw: unknown, max: number): Scenario[] {
	if (!Array.isArray(raw)) return [];
	const out: Scenario[] = [];
	for (const entry of raw.slice(0, max)) {
		const d = fromUnknown({ scenario: entry });
		if (!d.ok || d.repairs.length > 0) break;
		out.push(d.state.scenario);
	}
	return out;
}

function readUndo(raw: unknown): UndoHistory {
	const undo: UndoHistory = {};
	if (typeof raw !== 'object' || raw === null) return undo;
	const max = FORMAT_LIMITS.undoSteps;
	for (const side of ['a', 'b'] as const) {
		const s = (raw as Record<string, { past?: unknown; future?: unknown } | undefined>)[side];
		if (!s || typeof s !== 'object') continue;
		// The past is kept newest last: read it from the newest end, so a bad old step costs only itself and older.
		const past = Array.isArray(s.past) ? readSteps([...s.past].reverse(), max).reverse() : [];
		undo[side] = { past, future: readSteps(s.future, max) };
	}
	return undo;
}

/** Read an autosave's (or a kept copy's) text. Never throws. */
export function readSaved(text: string): Loaded {
	const parsed = parseFileJson(text);
	if (!parsed.ok) return { kind: 'unreadable', error: parsed.error, text };
	const d = fromUnknown(parsed.data);
	if (!d.ok) return { kind: 'unreadable', error: d.error, text };
	const undo = readUndo((parsed.data as { undo?: unknown }).undo);
	return { kind: 'ok', saved: { state: d.state, undo, repairs: d.repairs }, text };
}

/**
 * Writes the autosave's text. Scenarios are immutable snapshots, so each one's JSON is made once
 * and reused by later saves (a long undo history costs only its new steps).
 */
export class SavedWriter {
	#json = new WeakMap<Scenario, string>();

	#of(s: Scenario): string {
		let json = this.#json.get(s);
		if (json === undefined) {
			json = JSON.stringify(s);
			this.#json.set(s, json);
		}
		return json;
	}

	/**
	 * The state in the file format, compact, with each scenario's JSON made once and reused
	 * (the present becomes an undo step after the next edit: its JSON is then ready).
	 */
	fileText(state: SharedState, extra: object = {}): string {
		const { scenario, compare, ...rest } = state;
		const head = `{"format":${JSON.stringify(FILE_FORMAT)},"version":${CURRENT_VERSION},"scenario":${this.#of(scenario)}${compare ? `,"compare":${this.#of(compare)}` : ''}`;
		const tail = JSON.stringify({ ...rest, ...extra });
		return tail === '{}' ? `${head}}` : `${head},${tail.slice(1)}`;
	}

	/**
	 * The autosave's text for `state` with as much of `undo` as fits the reader's limit: the
	 * steps nearest the present are kept first. An error when the state alone is too large.
	 */
	write(state: SharedState, undo: UndoHistory = {}, extra: object = {}): Written {
		const base = this.fileText(state, extra);
		const own = Object.keys(extra).length ? this.fileText(state) : base;
		if (!fileFits(base))
			return {
				ok: false,
				error: `Your work is too large to save in this browser (${MB(base.length)}; the limit is ${MB(FORMAT_LIMITS.fileChars)}).`
			};
		// Room left for the undo history, with space for its brackets and keys.
		let room = Math.min(FORMAT_LIMITS.undoChars, FORMAT_LIMITS.fileChars - base.length - 200);
		const sides: string[] = [];
		for (const side of ['a', 'b'] as const) {
			const steps = undo[side];
			if (!steps) continue;
			const past: string[] = [];
			const future: string[] = [];
			const max = FORMAT_LIMITS.undoSteps;
			// Nearest first: alternate the newest past step and the next future step.
			let p = steps.past.length - 1;
			let f = 0;
			while ((p >= 0 && past.length < max) || (f < steps.future.length && future.length < max)) {
				let took = false;
				if (p >= 0 && past.length < max) {
					const json = this.#of(steps.past[p]!);
					if (json.length + 1 <= room) {
						past.push(json);
						room -= json.length + 1;
						p--;
						took = true;
					} else p = -1;
				}
				if (f < steps.future.length && future.length < max) {
					const json = this.#of(steps.future[f]!);
					if (json.length + 1 <= room) {
						future.push(json);
						room -= json.length + 1;
						f++;
						took = true;
					} else f = steps.future.length;
				}
				if (!took) break;
			}
			sides.push(`"${side}":{"past":[${past.reverse().join(',')}],"future":[${future.join(',')}]}`);
		}
		const text = sides.length ? `${base.slice(0, -1)},"undo":{${sides.join(',')}}}` : base;
		return { ok: true, text, state: own };
	}
}
