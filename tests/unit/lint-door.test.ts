/**
 * The report is the only door: the lint rule that keeps views from evaluating, counting, explaining
 * or reading the catalog. An allow-list: only types, formatters, labels, names, choices and limits.
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8');
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function doorErrors(code: string, filePath: string) {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');
}

describe('the report-is-the-only-door lint rule (an allow-list)', () => {
	it.each(['charts', 'sandbox', 'teach', 'compare', 'share'])(
		'fails a view in src/lib/%s that imports what evaluates, explains or reads the catalog',
		async (folder) => {
			const errors = await doorErrors(
				fixture('view-reads-catalog.ts.txt'),
				`src/lib/${folder}/fixture.ts`
			);
			// Line 1: evaluate, maxInstances, WORKLOADS (not formatMiB); 2 and 3: the catalog;
			// 4: kindTable and unsupportedReasonFor; 5: an explanation; 6: the spectrum, by a relative path.
			expect(errors.map((e) => e.line)).toEqual([1, 1, 1, 2, 3, 4, 4, 5, 6]);
			expect(errors[0]!.message).toMatch(/answers/);
		},
		30_000
	);
	it('fails a route that imports kindTable', async () => {
		const errors = await doorErrors(
			"import { kindTable } from '$lib/model';\nexport const k = kindTable;\n",
			'src/routes/fixture.ts'
		);
		expect(errors).toHaveLength(1);
	}, 30_000);
	it('passes a view that reads the answers, types, formatters, labels, choices and limits', async () => {
		expect(
			await doorErrors(fixture('view-reads-report.ts.txt'), 'src/lib/charts/fixture.ts')
		).toEqual([]);
	}, 30_000);
	it('leaves the model and the state alone (they own the evaluation)', async () => {
		const code = fixture('view-reads-catalog.ts.txt');
		expect(await doorErrors(code, 'src/lib/state/fixture.ts')).toEqual([]);
	}, 30_000);
});
