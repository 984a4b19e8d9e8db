/**
 * ARCHITECTURE.md stays true where it can be checked: its folder table lists exactly the folders
 * of src/lib, the lint rule's view folders are the ones it names, the files a new kind touches
 * exist, and no other source file names a kind.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/model';
import { VIEW_FILES } from '../../eslint.config.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
const section = (heading: string) => {
	const start = doc.indexOf(`\n${heading}\n`);
	expect(start, heading).toBeGreaterThan(0);
	const rest = doc.slice(start + heading.length + 2);
	const end = rest.search(/\n#{2,3} /);
	return end < 0 ? rest : rest.slice(0, end);
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return filesUnder(p);
		return /\.(ts|svelte)$/.test(f) ? [p] : [];
	});
}

describe('ARCHITECTURE.md', () => {
	it('lists every folder of src/lib in its folder table, and no other', () => {
		const listed = [...section('## Folders').matchAll(/^\| `([a-z]+)`\s+\|/gm)].map((m) => m[1]);
		const folders = readdirSync(join(ROOT, 'src/lib')).filter((f) =>
			statSync(join(ROOT, 'src/lib', f)).isDirectory()
		);
		expect([...listed].sort()).toEqual([...folders].sort());
	});

	it('names the view folders the lint rule guards', () => {
		const named = section('## What a view may import').match(/a view \(([^)]+)\)/)![1]!;
		const folders = [...named.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!);
		const guarded = VIEW_FILES.map((g: string) => g.replace(/^src\/(lib\/)?/, '').split('/')[0]);
		expect([...folders].sort()).toEqual([...guarded].sort());
	});

	it('the files a sixth kind touches exist for each kind, and no other source file names a kind', () => {
		const touched = [...section('### Adding a kind').matchAll(/`(src\/[^`]+)`/g)].map((m) => m[1]!);
		for (const kind of KINDS) {
			const own = touched.map((f) => f.replace('<kind>', kind));
			for (const f of own.filter((f) => !f.includes('catalog')))
				expect(existsSync(join(ROOT, f)), f).toBe(true);
		}
		// Content may name kinds (lessons, the quiz's questions, presets, comparisons, the default
		// scenario, a golden link);
		// code may not.
		const allowed = [
			/^src\/lib\/model\/kinds\//,
			/^src\/lib\/model\/catalog\//,
			/^src\/lib\/model\/types\.ts$/,
			/^src\/lib\/style\/kinds\.ts$/,
			/^src\/lib\/teach\/lessons\//,
			/^src\/lib\/teach\/quiz\.ts$/,
			/^src\/lib\/scenario\/(comparisons|presets|pack)\.ts$/,
			/^src\/lib\/model\/defaults\.ts$/
		];
		const naming = filesUnder(join(ROOT, 'src'))
			.map((f) => relative(ROOT, f))
			.filter((f) => !allowed.some((a) => a.test(f)))
			.filter((f) =>
				readFileSync(join(ROOT, f), 'utf8')
					.split('\n')
					.some(
						(line) =>
							!/^\s*(\*|\/\/|\/\*\*)/.test(line) && /['"]microvm['"]|['"]kata['"]/.test(line)
					)
			);
		expect(naming).toEqual([]);
	});
});
