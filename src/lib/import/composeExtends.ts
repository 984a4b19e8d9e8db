/**
 * Compose `extends` within one file: the base service's settings first, the service's own on
 * top. An `extends` from another file cannot be read in the browser; it, a missing base and a
 * loop are each said in a note and the service keeps only its own settings.
 */
import { at, isObj, str, type Obj } from './objects';
import type { ImportNote } from './types';

/** Merge a same-file `extends` chain: the base first, the service's own settings on top. */
export function resolveExtends(
	name: string,
	services: Obj,
	notes: ImportNote[],
	seen: Set<string> = new Set()
): Obj {
	const svc = services[name];
	if (!isObj(svc)) return {};
	const ext = svc.extends;
	if (ext === undefined) return svc;
	const where = `services.${name}.extends`;
	const baseName = typeof ext === 'string' ? ext : str(at(ext, 'service'));
	const file = str(at(ext, 'file'));
	if (file) {
		notes.push({
			level: 'warning',
			topic: 'left-out',
			message: `“${name}” extends “${baseName ?? '?'}” from ${file}, which cannot be read here; only what “${name}” says itself is used.`,
			where
		});
		return svc;
	}
	if (!baseName || !isObj(services[baseName]) || seen.has(baseName) || baseName === name) {
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `“${name}” extends “${baseName ?? '?'}”, which is ${seen.has(baseName ?? '') || baseName === name ? 'a loop' : 'not a service in this file'}; only what “${name}” says itself is used.`,
			where
		});
		return svc;
	}
	seen.add(name);
	const base = resolveExtends(baseName, services, notes, seen);
	notes.push({
		level: 'info',
		topic: 'mapped',
		message: `“${name}” extends “${baseName}”: its settings were merged in.`,
		where
	});
	return deepMerge(base, svc);
}

function deepMerge(base: Obj, over: Obj): Obj {
	const out: Obj = { ...base };
	for (const [k, v] of Object.entries(over)) {
		if (k === 'extends') continue;
		out[k] = isObj(v) && isObj(out[k]) ? deepMerge(out[k] as Obj, v) : v;
	}
	return out;
}
