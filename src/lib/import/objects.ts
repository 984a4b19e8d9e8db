/** Small readers for parsed YAML, which is `unknown` until shown otherwise. */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a path of keys, or undefined when any step is missing or not a map. */
export function at(v: unknown, ...path: string[]): unknown {
	let cur = v;
	for (const key of path) {
		if (!isObj(cur)) return undefined;
		cur = cur[key];
	}
	return cur;
}

export function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function list(v: unknown): unknown[] {
	return Array.isArray(v) ? v : [];
}

/** A whole number ≥ 0 from a number or a numeric string, else undefined. */
export function count(v: unknown): number | undefined {
	const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
	return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
