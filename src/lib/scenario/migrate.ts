/**
 * Versions of the shared format. Every version ever published keeps decoding: a link of version
 * k is migrated step by step (k → k+1 → … → CURRENT) before it is checked.
 */
export const CURRENT_VERSION = 2;

/** migrations[k] turns the parsed payload of version k into version k + 1. */
export const MIGRATIONS: Record<number, (payload: unknown) => unknown> = {
	/** 1 → 2: version 2 lets a scenario carry its own workloads; a version-1 state has none and reads as it was. */
	1: (payload) => payload
};

export function migrate(payload: unknown, from: number): unknown {
	let data = payload;
	for (let k = from; k < CURRENT_VERSION; k++) {
		const step = MIGRATIONS[k];
		if (!step) throw new Error(`no migration from version ${k}`);
		data = step(data);
	}
	return data;
}
