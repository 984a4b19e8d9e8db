/** docs/model.md states the catalog, the sources and the worked example as the code has them. */
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogSection, citedRows, withGeneratedBlocks } from '../../scripts/modelDoc';
import * as catalog from '$lib/model/catalog';

const PATH = 'docs/model.md';

describe('docs/model.md', () => {
	it('holds the generated catalog, source and worked-example tables exactly as the code makes them (run npm run docs:model)', async () => {
		const page = readFileSync(PATH, 'utf8');
		const options = { ...(await prettier.resolveConfig(PATH)), filepath: PATH };
		const regenerated = await prettier.format(withGeneratedBlocks(page), options);
		expect(regenerated).toBe(page);
	});

	it('lists every cited catalog value once, with its source or as an estimate', () => {
		const rows = citedRows(CATALOG);
		// The explicit list misses no table of the catalog.
		const listed = new Set(rows.map((r) => r.cited));
		for (const r of citedRows(catalog as unknown as Record<string, unknown>))
			expect(listed.has(r.cited), r.path).toBe(true);
		expect(rows.length).toBeGreaterThan(150);
		for (const { path, cited } of rows) {
			expect(cited.note.length, `${path} has a note`).toBeGreaterThan(0);
			if (!cited.estimate) expect(cited.source, path).not.toBe('estimate');
		}
		expect(catalogSection()).toContain(`The catalog holds ${rows.length} values`);
	});
});
