// `npm test`: run every check, then print each step's time, the slowest tests of each runner and one
// line summed over all of them: `N passed, N failed` (`, N skipped` when any). Exit 1 if anything
// failed or nothing passed. Budgets and the reasons for this order: docs/testing.md.
//
// check, lint, unit and build do not depend on each other's results: they run in two lanes, one per
// core, each step's output held and printed whole when it ends. e2e runs last, alone, on the build.
// A failing step does not stop the others.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'reports/unit.json';
const E2E_REPORT = 'reports/e2e.json';
const SLOWEST = 10;

const total = { passed: 0, failed: 0, skipped: 0 };
const steps = [];
const slowest = [];
let reportMissing = false;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Run `cmd args` with its output held; resolves to { ok, ms } once it exits, after printing it. */
function run(name, cmd, args, { stream = false } = {}) {
	const started = Date.now();
	return new Promise((resolve) => {
		if (stream) console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
		const child = spawn(cmd, args, {
			stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			shell: process.platform === 'win32',
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
		});
		const chunks = [];
		child.stdout?.on('data', (d) => chunks.push(d));
		child.stderr?.on('data', (d) => chunks.push(d));
		child.on('error', (e) => chunks.push(Buffer.from(`${e.message}\n`)));
		child.on('close', (code) => {
			const ms = Date.now() - started;
			if (!stream) {
				console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')} (${seconds(ms)})\n`);
				process.stdout.write(Buffer.concat(chunks));
			}
			resolve({ ok: code === 0, ms });
		});
	});
}

/** Add a step's counts and time to the totals. */
function record(name, counts, ms) {
	const c = { passed: 0, failed: 0, skipped: 0, ...counts };
	for (const key of Object.keys(total)) total[key] += c[key];
	steps.push({ name, ms, ...c });
}

/** The parsed JSON report, or null when the runner left none (it crashed). */
function readReport(file) {
	try {
		const text = readFileSync(file, 'utf8');
		return text.trim() ? JSON.parse(text) : null;
	} catch {
		return null;
	}
}

/** A step that counts as one test: one or more commands in a row, passed when all pass. */
async function single(name, commands) {
	let ms = 0;
	let ok = true;
	for (const [cmd, args] of commands) {
		const r = await run(name, cmd, args);
		ms += r.ms;
		ok &&= r.ok;
	}
	record(name, ok ? { passed: 1 } : { failed: 1 }, ms);
	return ok;
}

/** A test runner: real counts from its JSON report; a crash or stray error counts as one failure. */
async function runner(name, cmd, args, report, read, options) {
	rmSync(report, { force: true });
	const { ok, ms } = await run(name, cmd, args, options);
	const json = readReport(report);
	if (!json) {
		console.error(`\n✖ ${name}: no JSON report at ${report} — the runner crashed.`);
		record(name, { failed: 1 }, ms);
		reportMissing = true;
		return;
	}
	const { counts, tests } = read(json);
	if (!ok && counts.failed === 0) {
		console.error(`\n✖ ${name}: exited non-zero with no failing test (runner error).`);
		counts.failed = 1;
	}
	record(name, counts, ms);
	slowest.push({ name, tests: tests.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST) });
}

/** Vitest's JSON report: counts, and each test's time (every project: unit and component). */
function readVitest(r) {
	return {
		counts: {
			passed: r.numPassedTests ?? 0,
			failed: r.numFailedTests ?? 0,
			skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
		},
		tests: (r.testResults ?? []).flatMap((file) =>
			(file.assertionResults ?? []).map((t) => ({
				title: `${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName}`,
				ms: t.duration ?? 0
			}))
		)
	};
}

/** Playwright's JSON report: counts (retries are 0, so a flaky test is a test that failed) and times. */
function readPlaywright(r) {
	const tests = [];
	const walk = (suite, file) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests ?? [])
				for (const result of t.results ?? [])
					tests.push({ title: `${file} › ${spec.title}`, ms: result.duration ?? 0 });
		for (const child of suite.suites ?? []) walk(child, file);
	};
	for (const suite of r.suites ?? []) walk(suite, suite.file);
	const { stats = {} } = r;
	return {
		counts: {
			passed: stats.expected ?? 0,
			failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
			skipped: stats.skipped ?? 0
		},
		tests
	};
}

/** Run each lane's tasks (functions returning promises) in order, the lanes side by side. */
const inLanes = (lanes) =>
	Promise.all(
		lanes.map(async (tasks) => {
			for (const task of tasks) await task();
		})
	);

const started = Date.now();
mkdirSync('reports', { recursive: true });

// svelte-kit sync writes .svelte-kit/tsconfig.json, which svelte-check and eslint's typed rules read.
const sync = spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' });
if (sync.status !== 0) console.error('✖ svelte-kit sync failed: check and lint will say why.');

let built = false;
// Two lanes, one per core. The build and Vitest both write .svelte-kit's generated files, so they run
// one after the other, after svelte-check has read them; lint (prettier, then eslint) is the other lane.
await inLanes([
	[
		() =>
			single('check', [
				['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']]
			]),
		async () => {
			built = await single('build', [['npm', ['run', 'build']]]);
		},
		() =>
			runner(
				'unit',
				'npx',
				[
					'vitest',
					'run',
					'--reporter=default',
					'--reporter=json',
					`--outputFile.json=${UNIT_REPORT}`
				],
				UNIT_REPORT,
				readVitest
			)
	],
	[
		() =>
			single('lint', [
				['npx', ['prettier', '--check', '.']],
				['npx', ['eslint', '.']]
			])
	]
]);

if (built) {
	await runner('e2e', 'npx', ['playwright', 'test'], E2E_REPORT, readPlaywright, { stream: true });
} else {
	console.error('\n✖ e2e: not run, the build failed.');
	record('e2e', { failed: 1 }, 0);
}

for (const { name, tests } of slowest) {
	console.log(`\nSlowest ${tests.length} ${name} tests:`);
	for (const t of tests) console.log(`  ${seconds(t.ms).padStart(8)}  ${t.title}`);
}

console.log('\nSummary by step (check, build and unit in one lane, lint in the other):');
for (const s of steps) {
	const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
	console.log(
		`  ${s.name.padEnd(6)} ${seconds(s.ms).padStart(8)}  ${s.passed} passed, ${s.failed} failed${skipped}`
	);
}
console.log(`  ${'total'.padEnd(6)} ${seconds(Date.now() - started).padStart(8)}  (wall time)`);

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 || total.passed === 0 || reportMissing ? 1 : 0);
