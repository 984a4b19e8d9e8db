/**
 * The storage keys of a person's work, and storage reached safely (it may be missing or throw).
 * Light on purpose: the page reads whether an autosave exists without loading the codec that
 * reads it (persistence.ts, loaded through codecLoader.ts).
 */
export const KEYS = {
	autosave: 'overhead-sandbox:autosave',
	kept: 'overhead-sandbox:kept',
	unreadable: 'overhead-sandbox:unreadable'
} as const;

/** What of localStorage this module uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why work was kept aside. */
export type KeptWhy = 'replaced' | 'other-tab';

/** What a kept copy carries besides the state: when and why it was kept. */
export const keptMark = (why: KeptWhy) => ({ kept: { at: new Date().toISOString(), why } });

/** Words for a failed storage write, and what to do about it. */
export function storageError(e: unknown): string {
	// No storage at all passes null: read its name safely.
	const name = (e as { name?: string } | null)?.name;
	return name === 'QuotaExceededError'
		? 'This browser’s storage is full, so your work is not being saved automatically.'
		: 'This browser does not allow saving (private mode or blocked storage), so your work is not being saved automatically.';
}

/** Storage that may be missing or may throw: every call is guarded. */
export class Store {
	#storage: StorageLike | null;

	constructor(storage: StorageLike | null) {
		this.#storage = storage;
	}

	get available(): boolean {
		return this.#storage !== null;
	}

	get(key: string): string | null {
		try {
			return this.#storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	/** Write; the words to show when it fails. */
	set(key: string, text: string): string | null {
		if (!this.#storage) return storageError(null);
		try {
			this.#storage.setItem(key, text);
			return null;
		} catch (e) {
			return storageError(e);
		}
	}

	remove(key: string): void {
		try {
			this.#storage?.removeItem(key);
		} catch {
			// nothing to do: the copy stays
		}
	}
}
