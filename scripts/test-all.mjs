// `npm test`: run every check in order, then print one line summed over all of them:
// `N passed, N failed` (`, N skipped` when any). Exit 1 if anything failed or nothing passed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'reports/unit.json';
const E2E_REPORT = 'reports/e2e.json';
const total = { passed: 0, failed: 0, skipped: 0 };
const steps = [];
let reportMissing = false;

/** Run a command with its output streamed; true when it exits 0. */
function run(cmd, args) {
	console.log(`\n▶ ${cmd} ${args.join(' ')}\n`);
	const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.error) console.error(result.error.message);
	return result.status === 0;
}

/** Add a step's counts to the total and remember them for the per-step summary. */
function record(name, counts) {
	const c = { passed: 0, failed: 0, skipped: 0, ...counts };
	for (const key of Object.keys(total)) total[key] += c[key];
	steps.push({ name, ...c });
}

/** A step that counts as one test: passed or failed. */
function single(name, cmd, args) {
	const ok = run(cmd, args);
	record(name, ok ? { passed: 1 } : { failed: 1 });
	return ok;
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

/** A test runner: real counts from its JSON report; a crash or stray error counts as one failure. */
function runner(name, cmd, args, report, countsOf) {
	rmSync(report, { force: true });
	const ok = run(cmd, args);
	const json = readReport(report);
	if (!json) {
		console.error(`\n✖ ${name}: no JSON report at ${report} — the runner crashed.`);
		record(name, { failed: 1 });
		reportMissing = true;
		return;
	}
	const counts = countsOf(json);
	if (!ok && counts.failed === 0) {
		console.error(`\n✖ ${name}: exited non-zero with no failing test (runner error).`);
		counts.failed = 1;
	}
	record(name, counts);
}

mkdirSync('reports', { recursive: true });

single('check', 'npm', ['run', 'check']);
single('lint', 'npm', ['run', 'lint']);

runner(
	'unit',
	'npx',
	['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
	UNIT_REPORT,
	(r) => ({
		passed: r.numPassedTests ?? 0,
		failed: r.numFailedTests ?? 0,
		skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
	})
);

if (single('build', 'npm', ['run', 'build'])) {
	// retries are 0, so a flaky test is a test that failed.
	runner('e2e', 'npx', ['playwright', 'test'], E2E_REPORT, ({ stats = {} }) => ({
		passed: stats.expected ?? 0,
		failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
		skipped: stats.skipped ?? 0
	}));
} else {
	console.error('\n✖ e2e: not run, the build failed.');
	record('e2e', { failed: 1 });
}

console.log('\nSummary by step:');
for (const s of steps) {
	const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
	console.log(`  ${s.name.padEnd(6)} ${s.passed} passed, ${s.failed} failed${skipped}`);
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 || total.passed === 0 || reportMissing ? 1 : 0);
