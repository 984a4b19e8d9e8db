/**
 * Load: the JavaScript and CSS the main route downloads (gzip, from the static build), and a
 * Lighthouse run (desktop preset) against the built app in the system Chromium: performance,
 * accessibility and best-practices scores, LCP and CLS. Prints one JSON Suite on stdout.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
	CHROMIUM_ARGS,
	chromiumPath,
	ensureBuild,
	launchChromium,
	startPreview,
	stopPreview
} from './browser';
import { row, type Suite } from './measure';

const PORT = 4331;
const JS_BUDGET_KB = 90;
const JS_IDLE_BUDGET_KB = 120;
/** Lighthouse runs; the score rows give their median. */
const LIGHTHOUSE_RUNS = 3;
const SCORE_BUDGET = 98;
const LCP_BUDGET_MS = 1000;

/** Files the prerendered page loads up front: its scripts, module preloads and stylesheets. */
function initialAssets(): { js: string[]; css: string[] } {
	const html = readFileSync('build/index.html', 'utf8');
	const refs = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
	const imports = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!);
	const files = [...new Set([...refs, ...imports])].map(
		(f) => `build/${f.replace(/^(\.\/|\/)/, '')}`
	);
	return {
		js: files.filter((f) => f.endsWith('.js')),
		css: files.filter((f) => f.endsWith('.css'))
	};
}
const gzipKB = (files: string[]) =>
	files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024;

ensureBuild();
const { js, css } = initialAssets();
const jsKB = gzipKB(js);
const cssKB = gzipKB(css);

/**
 * JavaScript the page fetches until the network is idle, at 1280×800 with no interaction: the
 * main route and whatever it loads on its own (below-the-fold parts, workers), gzip computed
 * here from the build's files.
 */
async function jsUntilIdleKB(): Promise<{ kb: number; files: number }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const fetched = new Set<string>();
		page.on('response', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.endsWith('.js')) fetched.add(path);
		});
		await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'networkidle' });
		// Quiet for a while: anything fetched on idle callbacks or timers counts too.
		let seen = -1;
		while (seen !== fetched.size) {
			seen = fetched.size;
			await page.waitForTimeout(1500);
		}
		const bytes = [...fetched].reduce(
			(sum, f) => sum + gzipSync(readFileSync(`build${f}`), { level: 9 }).length,
			0
		);
		return { kb: bytes / 1024, files: fetched.size };
	} finally {
		await browser.close();
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await startPreview(PORT);
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath() ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});
try {
	const idle = await jsUntilIdleKB();
	const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
	for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
		console.error(`  running Lighthouse (desktop preset), ${i + 1} of ${LIGHTHOUSE_RUNS}…`);
		const result = await lighthouse(
			`http://localhost:${PORT}/`,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			},
			desktopConfig
		);
		runs.push(result!.lhr);
	}
	const lhr = runs[0]!;
	const score = (id: string) =>
		median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
	const audit = (id: string) => median(runs.map((r) => r.audits[id]?.numericValue ?? NaN));
	const suite: Suite = {
		title: 'Load: bytes of the main route and Lighthouse',
		about: `JavaScript and CSS the prerendered main route loads up front (${js.length} JS and ${css.length} CSS files, gzip level 9 computed here), and the JavaScript the page fetches until the network is idle at 1280×800 with no interaction (${idle.files} files). Lighthouse ${lhr.lighthouseVersion}, desktop preset (simulated throttling), against the static build served locally, in Debian's Chromium, ${LIGHTHOUSE_RUNS} runs: a score, LCP or CLS row shows their median in both columns.`,
		rows: [
			row('JavaScript, main route before load (gzip)', jsKB, jsKB, 'KB', JS_BUDGET_KB),
			row('JavaScript fetched until idle (gzip)', idle.kb, idle.kb, 'KB', JS_IDLE_BUDGET_KB),
			row('CSS, main route (gzip)', cssKB, cssKB, 'KB'),
			{
				...row('Lighthouse performance', score('performance'), score('performance'), 'score'),
				ok: score('performance') >= SCORE_BUDGET
			},
			{
				...row('Lighthouse accessibility', score('accessibility'), score('accessibility'), 'score'),
				ok: score('accessibility') >= SCORE_BUDGET
			},
			{
				...row(
					'Lighthouse best practices',
					score('best-practices'),
					score('best-practices'),
					'score'
				),
				ok: score('best-practices') >= SCORE_BUDGET
			},
			row(
				'Largest Contentful Paint',
				audit('largest-contentful-paint'),
				audit('largest-contentful-paint'),
				'ms',
				LCP_BUDGET_MS
			),
			row(
				'Cumulative Layout Shift',
				audit('cumulative-layout-shift'),
				audit('cumulative-layout-shift'),
				'score',
				0
			)
		]
	};
	console.log(JSON.stringify(suite));
} finally {
	await chrome.kill();
	stopPreview(server);
}
