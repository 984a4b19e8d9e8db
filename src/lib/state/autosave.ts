import { fromFileJson, toFileJson } from '$lib/scenario/file';
import type { Decoded, SharedState } from '$lib/scenario/shared';

/** Browser storage for the last state, in the scenario file format (versioned like a file). */
const KEY = 'overhead-sandbox:autosave';

export type SaveResult = { ok: true } | { ok: false; error: string };

export function saveAutosave(state: SharedState): SaveResult {
	try {
		localStorage.setItem(KEY, toFileJson(state));
		return { ok: true };
	} catch (e) {
		const name = (e as { name?: string }).name;
		return {
			ok: false,
			error:
				name === 'QuotaExceededError'
					? 'This browser’s storage is full, so your work is not being saved automatically.'
					: 'This browser does not allow saving (private mode or blocked storage), so your work is not being saved automatically.'
		};
	}
}

/** The autosaved state, or null when there is none (or storage cannot be read). */
export function loadAutosave(): Decoded | null {
	let text: string | null;
	try {
		text = localStorage.getItem(KEY);
	} catch {
		return null;
	}
	return text === null ? null : fromFileJson(text);
}
