/**
 * The charts' speed in a real browser: with 50 groups on the host, how much script work one
 * scenario change costs (the host-memory slider moves; the handler, evaluate() and every view
 * re-render run before the next task). Two pages take turns, one with the charts shown and one
 * with them hidden, so the charts' own share is the difference. Builds the app, serves it with
 * `vite preview` on port 4311, drives Debian's Chromium through Playwright, and prints one JSON
 * Suite on stdout for scripts/bench.mjs (which builds first and sets BENCH_NO_BUILD).
 */
import type { Page } from '@playwright/test';
import { ensureBuild, launchChromium, startPreview, stopPreview } from './browser';
import { quantile, row, type Suite } from './measure';

const PORT = 4311;
const URL_ = `http://localhost:${PORT}/`;
const GROUPS = 50;
const WARMUP = 20;
const SAMPLES = 200;
const BUDGET_MS = 4;
const log = (what: string) => console.error(`  ${what}`);

/**
 * Through the UI: drop each palette item on the host (click it, then the host — the keyboard
 * path's pointer twin) and give the new group an explicit vCPU count, so the next drop of the
 * same item starts a new group. Repeat until there are GROUPS groups.
 */
async function placeGroups(page: Page, n: number): Promise<number> {
	return page.evaluate(async (n) => {
		const settle = () => new Promise((r) => setTimeout(r, 0));
		const cards = () => document.querySelectorAll('li.card').length;
		const chips = [
			...document.querySelectorAll<HTMLElement>('[aria-label$=": grab to place on the host"]')
		];
		const host = document.getElementById('host-dropzone')!;
		for (let round = 1; round <= 8 && cards() < n; round++) {
			for (const chip of chips) {
				if (cards() >= n) break;
				chip.click();
				await settle();
				host.click();
				await settle();
				const card = document.querySelector('li.card.selected');
				const vcpus = card?.querySelector<HTMLInputElement>('details input[type="number"]');
				if (!vcpus) continue;
				vcpus.value = String(round);
				vcpus.dispatchEvent(new Event('change', { bubbles: true }));
				await settle();
			}
		}
		return cards();
	}, n);
}

/** One change: from setting the slider to the end of Svelte's microtask flush, in ms. A frame passes first. */
function timeOne(page: Page, i: number): Promise<number> {
	return page.evaluate(async (i) => {
		const slider = document.querySelector<HTMLInputElement>('input[aria-label="Memory slider"]')!;
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		const t0 = performance.now();
		slider.value = String(560 + (i % 2) * 40);
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		await Promise.resolve();
		await Promise.resolve();
		return performance.now() - t0;
	}, i);
}

/** The memory chart's summary changes with the host's memory: proof the charts re-rendered within the timed window. */
async function checkUpdates(page: Page): Promise<void> {
	const changed = await page.evaluate(async () => {
		const slider = document.querySelector<HTMLInputElement>('input[aria-label="Memory slider"]')!;
		const summary = () =>
			document.querySelector('[data-chart-id="memory"] [data-summary]')?.textContent ?? '';
		const before = summary();
		slider.value = slider.value === '560' ? '600' : '560';
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		await Promise.resolve();
		await Promise.resolve();
		return summary() !== before;
	});
	if (!changed) throw new Error('the charts did not update within two microtasks');
}

const stats = (ms: number[]) => {
	const s = [...ms].sort((a, b) => a - b);
	return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
};

ensureBuild();
const server = await startPreview(PORT);
const browser = await launchChromium();
/** A page with GROUPS groups placed through the UI; the charts shown or hidden. */
async function openPage(charts: 'shown' | 'hidden'): Promise<{ page: Page; marks: number }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	// tsx compiles with esbuild's keepNames, whose __name() helper the page does not have.
	await page.addInitScript('window.__name = (f) => f');
	await page.goto(URL_);
	await page.locator('[data-testid="charts"] svg[data-chart]').first().waitFor();
	log(`placing ${GROUPS} groups through the UI (charts ${charts})…`);
	const placed = await placeGroups(page, GROUPS);
	if (placed !== GROUPS) throw new Error(`placed ${placed} groups, not ${GROUPS}`);
	await checkUpdates(page);
	const marks = await page.locator('[data-testid="charts"] [data-key]').count();
	if (charts === 'hidden') {
		await page.getByRole('button', { name: 'Hide charts' }).click();
		await page.locator('[data-testid="charts"] svg').first().waitFor({ state: 'detached' });
	}
	return { page, marks };
}

try {
	const shownPage = await openPage('shown');
	const hiddenPage = await openPage('hidden');
	const marks = shownPage.marks;
	// The two pages take turns, sample by sample: a busy neighbour, GC or turbo falls on both alike.
	const shown: number[] = [];
	const hidden: number[] = [];
	log(`timing ${SAMPLES} changes on each page, alternating (${marks} chart marks)…`);
	for (let i = -WARMUP; i < SAMPLES; i++) {
		const a = await timeOne(shownPage.page, i);
		const b = await timeOne(hiddenPage.page, i);
		if (i < 0) continue;
		shown.push(a);
		hidden.push(b);
	}
	const withCharts = stats(shown);
	const without = stats(hidden);

	const charts = {
		median: Math.max(0, withCharts.median - without.median),
		p95: Math.max(0, withCharts.p95 - without.p95)
	};
	const suite: Suite = {
		title: 'Charts (Chromium, 50 groups)',
		about:
			`The built app in headless Chromium at 1280×800 with ${GROUPS} groups placed through the ` +
			`UI (${marks} chart marks). One sample: set the host-memory slider and dispatch its ` +
			'input event, then wait two microtasks (Svelte flushes in one): the handler, ' +
			'evaluate() and every re-render, timed with performance.now() (0.1 ms resolution). ' +
			'A frame passes before each sample. Two pages take turns sample by sample, one with the ' +
			'charts shown and one with them hidden (Hide charts button); the charts’ share is the ' +
			'difference of the two. The budget is on that share: the rest is the sandbox’s.',
		rows: [
			row(
				'scenario change, whole page (sandbox + 4 charts)',
				withCharts.median,
				withCharts.p95,
				'ms'
			),
			row('scenario change, page with the charts hidden', without.median, without.p95, 'ms'),
			row('the 4 charts’ share (difference)', charts.median, charts.p95, 'ms', BUDGET_MS)
		]
	};
	process.stdout.write(JSON.stringify(suite) + '\n');
} finally {
	await browser.close();
	stopPreview(server);
}
