/**
 * Folders under src/lib never import each other in a loop (charts ⇄ sandbox, state ⇄ teach and
 * state ⇄ share once did): read every import line, build the folder graph, and fail on any cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../src/lib', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return filesUnder(p);
		return /\.(ts|js|svelte)$/.test(f) ? [p] : [];
	});
}

const IMPORT =
	/(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The folder of src/lib a file or an import specifier lands in; null outside src/lib. */
export function folderOf(specifier: string, fromFile: string): string | null {
	let path: string;
	if (specifier.startsWith('$lib/')) path = join(ROOT, specifier.slice(5));
	else if (specifier.startsWith('.')) path = normalize(join(dirname(fromFile), specifier));
	else return null;
	const rel = relative(ROOT, path);
	return rel.startsWith('..') ? null : (rel.split('/')[0] ?? null);
}

/** Folder → folders it imports (type-only imports count: a loop of types is still a loop). */
export function folderGraph(files: readonly string[]): Map<string, Map<string, string>> {
	const graph = new Map<string, Map<string, string>>();
	for (const file of files) {
		const from = relative(ROOT, file).split('/')[0]!;
		if (!file.slice(ROOT.length + 1).includes('/')) continue; // a file directly in src/lib
		for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const to = folderOf(m[1] ?? m[2] ?? m[3]!, file);
			if (!to || to === from || !/^[a-z]+$/i.test(to)) continue;
			if (!graph.has(from)) graph.set(from, new Map());
			if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, relative(ROOT, file));
		}
	}
	return graph;
}

/** Every cycle's folders, each as "a → b → a" with the first file on each step. */
export function cycles(graph: Map<string, Map<string, string>>): string[] {
	const found: string[] = [];
	const seen = new Set<string>();
	const walk = (node: string, path: string[]) => {
		for (const [next, file] of graph.get(node) ?? []) {
			const at = path.indexOf(next);
			if (at >= 0) {
				const loop = [...path.slice(at), next];
				const key = [...loop.slice(0, -1)].sort().join(',');
				if (!seen.has(key)) {
					seen.add(key);
					found.push(`${loop.join(' → ')} (${file})`);
				}
			} else walk(next, [...path, next]);
		}
	};
	for (const start of graph.keys()) walk(start, [start]);
	return found;
}

describe('folder imports', () => {
	it('form no loop between folders of src/lib', () => {
		expect(cycles(folderGraph(filesUnder(ROOT)))).toEqual([]);
	});
	it('a loop is found when there is one (the check can fail)', () => {
		const g = new Map([
			['charts', new Map([['sandbox', 'charts/A.svelte']])],
			['sandbox', new Map([['charts', 'sandbox/B.svelte']])],
			['model', new Map()]
		]);
		expect(cycles(g)).toEqual(['charts → sandbox → charts (sandbox/B.svelte)']);
	});
	it('reads $lib, relative and dynamic imports', () => {
		const file = join(ROOT, 'state/x.ts');
		expect(folderOf('$lib/teach/lesson.svelte', file)).toBe('teach');
		expect(folderOf('../share/open', file)).toBe('share');
		expect(folderOf('./view.svelte', file)).toBe('state');
		expect(folderOf('svelte', file)).toBeNull();
	});
});
