// Renders benchmark results as docs/benchmarks.md: a machine line, then one table per suite.

/** 3 significant digits with thousands separators: 0.412, 1.00, 133, 3,240. */
const num = (n) =>
	Number.isFinite(n)
		? n.toLocaleString('en-US', { minimumSignificantDigits: 3, maximumSignificantDigits: 3 })
		: String(n);

/** A figure with its unit: 4.44 ms, 133 µs, 1.00×. */
export const withUnit = (n, unit) => (unit === '×' ? `${num(n)}×` : `${num(n)} ${unit}`);

/** Which figure a row's budget limits. */
export const budgetOn = (r) => r.budgetOn ?? 'median';

function table(rows, withBudget) {
	const head = withBudget
		? ['| benchmark | median | p95 | budget | result |', '| --- | ---: | ---: | ---: | --- |']
		: ['| case | median | p95 |', '| --- | ---: | ---: |'];
	const body = rows.map((r) => {
		const cells = [r.name, withUnit(r.median, r.unit), withUnit(r.p95, r.unit)];
		if (withBudget) {
			cells.push(r.budget === undefined ? '—' : `${budgetOn(r)} ≤ ${withUnit(r.budget, r.unit)}`);
			cells.push(r.budget === undefined ? '' : r.ok ? 'ok' : '**over budget**');
		}
		return `| ${cells.join(' | ')} |`;
	});
	return [...head, ...body];
}

/**
 * @param {{ date: string, os: string, cpu: string, cores: number, node: string, commit: string, load: number }} machine
 * @param {{ file: string, suite?: { title: string, about?: string, rows: object[], details?: object[] }, error?: string }[]} results
 */
export function renderMarkdown(machine, results) {
	const lines = [
		'# Benchmarks',
		'',
		'Written by `npm run bench` (`scripts/bench.mjs`, suites in `bench/`); do not edit by hand.',
		'Each figure is the median or 95th percentile of many timed runs after a warm-up.',
		'',
		`Measured ${machine.date} at commit ${machine.commit} on ${machine.os}, ${machine.cpu}, ` +
			`${machine.cores} cores, Node ${machine.node}; load average ${machine.load.toFixed(2)} at the start.`
	];
	for (const { file, suite, error } of results) {
		lines.push('', `## ${suite?.title ?? file}`, '', `Suite: \`${file}\``, '');
		if (error) {
			lines.push(`**The suite failed:** ${error}`);
			continue;
		}
		if (suite.about) lines.push(suite.about, '');
		lines.push(...table(suite.rows, true));
		for (const d of suite.details ?? [])
			lines.push('', `### ${d.title}`, '', ...table(d.rows, false));
	}
	return lines.join('\n') + '\n';
}
