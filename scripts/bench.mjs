// `npm run bench`: run every suite in bench/ (files named *.bench.ts or *.bench.mjs), write the
// results to docs/benchmarks.md, and exit 1 loudly when a suite fails or a budget is exceeded.
// A suite runs in its own node process (through tsx) and prints one JSON object on stdout:
// { title, about?, rows: [{ name, median, p95, unit, budget?, budgetOn?, ok }], details?: [{ title, rows }] }.
// budget limits the median, or the p95 when budgetOn is 'p95'; see bench/measure.ts.
// Progress and logs go to stderr.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { budgetOn, renderMarkdown, withUnit } from '../bench/markdown.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = 'docs/benchmarks.md';
const SUITE_TIMEOUT_MS = 15 * 60_000;

/** Within budget: the suite says ok, and the budgeted figure is not above the budget either. */
const withinBudget = (r) => r.ok === true && !(r.budget !== undefined && r[budgetOn(r)] > r.budget);

/** Run one suite file; its parsed result (ok re-checked against each budget), or an error. */
function runSuite(file) {
	console.log(`\n▶ ${file}`);
	const run = spawnSync(process.execPath, ['--import', 'tsx', file], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, BENCH_NO_BUILD: '1' },
		timeout: SUITE_TIMEOUT_MS,
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.error) return { file, error: run.error.message };
	if (run.status !== 0) return { file, error: `exited with code ${run.status ?? run.signal}` };
	const last = run.stdout.trim().split('\n').pop() ?? '';
	try {
		const suite = JSON.parse(last);
		if (!Array.isArray(suite.rows)) throw new Error('no rows');
		for (const r of suite.rows) r.ok = withinBudget(r);
		return { file, suite };
	} catch (e) {
		return { file, error: `did not print a JSON suite on stdout (${e.message})` };
	}
}

function gitCommit() {
	const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
	const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
	const sha = git.status === 0 ? git.stdout.trim() : 'unknown';
	return dirty.status === 0 && dirty.stdout.trim() ? `${sha} (with uncommitted changes)` : sha;
}

const files = readdirSync(`${ROOT}bench`)
	.filter((f) => /\.bench\.(ts|mjs)$/.test(f))
	.sort()
	.map((f) => `bench/${f}`);

const [loadAtStart = 0] = os.loadavg();
if (loadAtStart > os.availableParallelism() / 2)
	console.warn(
		`⚠ Load average ${loadAtStart.toFixed(2)}: other work is running; timings will be inflated.`
	);
// The browser suites measure the static build: build it once for all of them.
console.log('\n▶ npm run build');
const build = spawnSync('npm', ['run', 'build'], {
	cwd: ROOT,
	stdio: ['ignore', 'ignore', 'inherit']
});
if (build.status !== 0) {
	console.error('✖ npm run build failed: the browser suites cannot run.');
	process.exit(1);
}
const results = files.map(runSuite);

const machine = {
	date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
	os: `${os.type()} ${os.release()} (${os.arch()})`,
	cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
	cores: os.availableParallelism(),
	node: process.version,
	commit: gitCommit(),
	load: loadAtStart
};
// Keep the section `npm run fuzz` writes (between its markers) when rewriting the file.
let fuzz = '';
try {
	const old = readFileSync(`${ROOT}${OUTPUT}`, 'utf8');
	const start = old.indexOf('<!-- fuzz:start -->');
	const end = old.indexOf('<!-- fuzz:end -->');
	if (start >= 0 && end > start) fuzz = `\n${old.slice(start, end + '<!-- fuzz:end -->'.length)}\n`;
} catch {
	// no earlier file
}
const markdown = renderMarkdown(machine, results) + fuzz;
writeFileSync(`${ROOT}${OUTPUT}`, markdown);
console.log(`\n${markdown}`);
console.log(`Wrote ${OUTPUT}.`);

const failures = [];
if (files.length === 0) failures.push('no suites found in bench/');
for (const { file, suite, error } of results) {
	if (error) failures.push(`${file}: ${error}`);
	for (const r of suite?.rows ?? [])
		if (!r.ok)
			failures.push(
				`${r.name}: over budget — median ${withUnit(r.median, r.unit)}, p95 ${withUnit(r.p95, r.unit)}` +
					(r.budget === undefined ? '' : `; budget ${budgetOn(r)} ≤ ${withUnit(r.budget, r.unit)}`)
			);
}
if (failures.length > 0) {
	console.error(`\n✖✖✖ BENCHMARKS FAILED (${failures.length}) ✖✖✖`);
	for (const f of failures) console.error(`  ✖ ${f}`);
	process.exit(1);
}
console.log('\n✔ Every benchmark is within its budget.');
