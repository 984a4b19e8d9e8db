import { KEYS, type Store } from './store';

/**
 * "Earlier work": the copies of work the page set aside instead of writing over them — work a
 * link or file replaced on screen, a tab's changes while another tab held the autosave, and
 * autosaves this version could not read. Up to SHELF_MAX copies, each under its own storage key,
 * listed by an index (name, time, why, size). A copy leaves only when the person deletes it: when
 * the shelf is full, or storage refuses a copy, nothing is written over and the page says so.
 * Pure TypeScript over a Store; the index is read again before each change, so tabs that share
 * the storage see each other's copies.
 */
export const SHELF_MAX = 10;
export const SHELF_INDEX = 'overhead-sandbox:earlier';
const ENTRY_PREFIX = 'overhead-sandbox:earlier:';

export type ShelfWhy = 'replaced' | 'other-tab' | 'unreadable';

export interface ShelfEntry {
	/** The storage key holding the copy's text. */
	key: string;
	name: string;
	/** When it was set aside (ISO 8601). */
	at: string;
	why: ShelfWhy;
	/** Characters of its text. */
	chars: number;
	/** Why an unreadable copy could not be read. */
	error?: string;
}

export type Shelved = { ok: true; entry: ShelfEntry } | { ok: false; error: string };

const WHYS: readonly ShelfWhy[] = ['replaced', 'other-tab', 'unreadable'];

function validEntry(e: unknown): e is ShelfEntry {
	if (typeof e !== 'object' || e === null) return false;
	const o = e as Record<string, unknown>;
	return (
		typeof o.key === 'string' &&
		(o.key.startsWith(ENTRY_PREFIX) || o.key === KEYS.kept || o.key === KEYS.unreadable) &&
		typeof o.name === 'string' &&
		typeof o.at === 'string' &&
		WHYS.includes(o.why as ShelfWhy) &&
		typeof o.chars === 'number'
	);
}

/** Words for why a copy was set aside. */
export const WHY_WORDS: Record<ShelfWhy, string> = {
	replaced: 'replaced on screen by a link or file',
	'other-tab': 'changed while another tab held the autosave',
	unreadable: 'could not be read by this version'
};

export class Shelf {
	#store: Store;
	#next = 0;

	constructor(store: Store) {
		this.#store = store;
	}

	/** The copies, newest first; copies kept by earlier versions (one slot each) included. */
	list(): ShelfEntry[] {
		let entries: ShelfEntry[] = [];
		const raw = this.#store.get(SHELF_INDEX);
		if (raw !== null) {
			try {
				const parsed: unknown = JSON.parse(raw);
				if (Array.isArray(parsed)) entries = parsed.filter(validEntry);
			} catch {
				// An index that does not read lists only what the older slots still hold.
			}
		}
		// Copies the earlier versions' single slots hold stay reachable until deleted.
		for (const [key, why] of [
			[KEYS.kept, 'replaced'],
			[KEYS.unreadable, 'unreadable']
		] as const) {
			if (entries.some((e) => e.key === key)) continue;
			const text = this.#store.get(key);
			if (text === null) continue;
			entries.push({
				key,
				name: why === 'unreadable' ? 'An autosave that could not be read' : nameIn(text),
				at: keptAt(text) ?? '',
				why,
				chars: text.length
			});
		}
		return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
	}

	text(key: string): string | null {
		return this.list().some((e) => e.key === key) ? this.#store.get(key) : null;
	}

	/**
	 * Set a copy aside (or, with `replace`, write over that one copy of this page's own). Refused,
	 * with words for the person, when the shelf is full or storage refuses it.
	 */
	add(
		text: string,
		meta: { name: string; why: ShelfWhy; error?: string },
		replace?: string
	): Shelved {
		const entries = this.list();
		const existing = replace ? entries.find((e) => e.key === replace) : undefined;
		if (!existing && entries.length >= SHELF_MAX)
			return {
				ok: false,
				error: `Earlier work already holds ${SHELF_MAX} copies. Download or delete one there, and this work is saved again.`
			};
		const entry: ShelfEntry = {
			key:
				existing?.key ??
				`${ENTRY_PREFIX}${Date.now().toString(36)}-${(this.#next++).toString(36)}${Math.random().toString(36).slice(2, 6)}`,
			name: meta.name.slice(0, 200),
			at: new Date().toISOString(),
			why: meta.why,
			chars: text.length,
			...(meta.error ? { error: meta.error.slice(0, 300) } : {})
		};
		const error = this.#store.set(entry.key, text);
		if (error) return { ok: false, error };
		const next = [entry, ...entries.filter((e) => e.key !== entry.key)];
		const indexError = this.#store.set(SHELF_INDEX, JSON.stringify(next));
		if (indexError) {
			this.#store.remove(entry.key);
			return { ok: false, error: indexError };
		}
		return { ok: true, entry };
	}

	/** Delete one copy: the person's choice only. */
	remove(key: string): void {
		const entries = this.list();
		if (!entries.some((e) => e.key === key)) return;
		this.#store.remove(key);
		this.#store.set(SHELF_INDEX, JSON.stringify(entries.filter((e) => e.key !== key)));
	}
}

/** A kept copy's scenario name, read cheaply (the copy is read whole only when restored). */
function nameIn(text: string): string {
	const m = /"scenario":\{"name":"((?:[^"\\]|\\.){0,200})"/.exec(text.slice(0, 2000));
	if (!m) return 'Earlier work';
	try {
		return JSON.parse(`"${m[1]}"`) as string;
	} catch {
		return 'Earlier work';
	}
}

function keptAt(text: string): string | null {
	const m = /"kept":\{"at":"([^"]{1,40})"/.exec(text.slice(-300));
	return m ? m[1]! : null;
}
