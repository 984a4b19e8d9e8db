/** The report is the only door: the lint rule that keeps views from evaluating or reading the catalog. */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/lint/${name}`, import.meta.url), 'utf8');
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function doorErrors(code: string, filePath: string) {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('the report-is-the-only-door lint rule', () => {
	it.each(['charts', 'sandbox', 'teach', 'compare', 'share'])(
		'fails a view in src/lib/%s that imports evaluate, maxInstances or the catalog',
		async (folder) => {
			const errors = await doorErrors(
				fixture('view-reads-catalog.ts.txt'),
				`src/lib/${folder}/fixture.ts`
			);
			// evaluate, maxInstances, WORKLOADS from $lib/model; SOURCES and HYPERVISOR_INFO from the catalog.
			expect(errors.map((e) => e.line)).toEqual([1, 1, 1, 2, 3]);
			expect(errors[0]!.message).toMatch(/report/);
		},
		30_000
	);
	it('passes a view that reads the report, kindTable and formatters', async () => {
		expect(
			await doorErrors(fixture('view-reads-report.ts.txt'), 'src/lib/charts/fixture.ts')
		).toEqual([]);
	}, 30_000);
	it('leaves the model and the state alone (they own the evaluation)', async () => {
		const code = fixture('view-reads-catalog.ts.txt');
		expect(await doorErrors(code, 'src/lib/state/fixture.ts')).toEqual([]);
	}, 30_000);
});
