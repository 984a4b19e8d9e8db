import type { StorageLike } from './store';

/** The browser's storages, reached safely: either may be blocked (private mode, settings). */

/** localStorage, or null where the browser blocks it. */
export function browserStorage(): StorageLike | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

/** sessionStorage (this tab only, kept across a reload): the address a reload will find stale. */
export const STALE_LINK = 'overhead-sandbox:stale-link';
export function sessionSet(key: string, value: string): void {
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// No session storage: a reload then opens the address as it was.
	}
}
export function sessionTake(key: string): string | null {
	try {
		const value = sessionStorage.getItem(key);
		sessionStorage.removeItem(key);
		return value;
	} catch {
		return null;
	}
}

/** The `s` parameter of a query string ('' when there is none). */
export const linkIn = (search: string): string => new URLSearchParams(search).get('s') ?? '';
