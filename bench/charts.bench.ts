/**
 * The charts' speed in a real browser: with 50 groups on the host, how much script work one
 * scenario change costs (the host-memory slider moves; the handler, evaluate() and the sandbox's
 * views run at once, the charts catch up in a task after the next frame). Measured with the charts shown and with them hidden, in
 * alternating rounds on one page, so the charts' own share is the difference. Each change is
 * timed twice: wall clock (performance.now) and the main thread's script CPU time (from a Chrome trace),
 * which a busy machine does not inflate. Serves the build with `vite preview` on port 4311 and
 * prints one JSON Suite on stdout for scripts/bench.mjs (which builds first, BENCH_NO_BUILD).
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ensureBuild, launchChromium, scrollToCharts, startPreview, stopPreview } from './browser';
import { quantile, row, type Suite } from './measure';

const PORT = 4311;
const URL_ = `http://localhost:${PORT}/`;
const GROUPS = 50;
const ROUNDS = 5;
const PER_ROUND = 40;
const WARMUP = 10;
const BUDGET_MS = 3;
const TRACE = 'reports/charts-bench-trace.json';
const log = (what: string) => console.error(`  ${what}`);

/**
 * Through the UI: drop each palette item on the host (click it, then the host — the keyboard
 * path's pointer twin) and give the new group an explicit vCPU count, so the next drop of the
 * same item starts a new group. Repeat until there are `n` groups.
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
				// A card's settings load when first opened: open them and wait for the vCPUs field.
				const details = card?.querySelector('details');
				if (details && !details.open) details.open = true;
				let vcpus: HTMLInputElement | null | undefined;
				for (let tries = 0; tries < 200 && !vcpus; tries++) {
					vcpus = card?.querySelector<HTMLInputElement>('details input[type="number"]');
					if (!vcpus) await settle();
				}
				if (!vcpus) continue;
				vcpus.value = String(round);
				vcpus.dispatchEvent(new Event('change', { bubbles: true }));
				await settle();
			}
		}
		return cards();
	}, n);
}

/**
 * `count` changes, a frame apart. Each: set the slider and dispatch its input event, wait two
 * microtasks (Svelte flushes in one: the sandbox's views), then wait out the charts' catch-up —
 * they follow one frame later, in a task queued from the next animation frame, so a task queued
 * after it from that frame runs once they are done. Marks `<tag>s<i>` / `<tag>e<i>` bracket the
 * whole for the trace (idle waiting for the frame takes no CPU). Returns wall-clock ms without
 * the wait for the frame: the flush plus the time from that frame's callbacks to the end.
 */
function timeChanges(page: Page, count: number, tag: string): Promise<number[]> {
	return page.evaluate(
		async ([count, tag]) => {
			const slider = document.querySelector<HTMLInputElement>('input[aria-label="Memory slider"]')!;
			const times: number[] = [];
			for (let i = 0; i < count; i++) {
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				performance.mark(`${tag}s${i}`);
				const t0 = performance.now();
				slider.value = String(560 + (i % 2) * 40);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				await Promise.resolve();
				await Promise.resolve();
				const flushed = performance.now() - t0;
				const t1 = await new Promise<number>((r) =>
					requestAnimationFrame(() => {
						const t = performance.now();
						setTimeout(() => r(t), 0);
					})
				);
				times.push(flushed + performance.now() - t1);
				performance.mark(`${tag}e${i}`);
			}
			return times;
		},
		[count, tag] as const
	);
}

/** The memory chart's summary names the host's memory: proof the charts re-render in the timed window. */
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
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return summary() !== before;
	});
	if (!changed) throw new Error('the charts did not catch up within the frame after a change');
}

/** Top-level trace events that are script: a task's callbacks, the frame's callbacks, microtasks. */
const SCRIPT_EVENTS = new Set([
	'TimerFire',
	'FireAnimationFrame',
	'FunctionCall',
	'EventDispatch',
	'RunMicrotasks',
	'V8.Execute'
]);

interface TraceEvent {
	name: string;
	cat?: string;
	ph?: string;
	ts: number;
	dur?: number;
	tts?: number;
	tdur?: number;
	tid?: number;
}

/**
 * Script CPU ms in each sample, by tag prefix (shown/hidden): the main thread's CPU time in
 * top-level script events between `<tag>s<i>` and `<tag>e<i>` — the input's flush and the charts'
 * catch-up task — leaving out the frame's style, layout and paint, which are not script.
 */
function scriptTimes(file: string): Record<'shown' | 'hidden', number[]> {
	const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] })
		.traceEvents;
	const marks = new Map<string, TraceEvent>();
	for (const e of events) if (e.cat?.includes('blink.user_timing')) marks.set(e.name, e);
	const tid = [...marks.values()][0]?.tid;
	// Outermost script events on the page's main thread, in time order.
	const script = events
		.filter((e) => e.tid === tid && e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.dur)
		.sort((a, b) => a.ts - b.ts);
	const outer: TraceEvent[] = [];
	for (const e of script) {
		const last = outer.at(-1);
		if (last && e.ts < last.ts + last.dur!) continue;
		outer.push(e);
	}
	const out = { shown: [] as number[], hidden: [] as number[] };
	for (const [name, start] of marks) {
		const m = /^(shown|hidden)\d+s(\d+)$/.exec(name);
		const end = m ? marks.get(name.replace(/s(\d+)$/, 'e$1')) : undefined;
		if (!m || !end) continue;
		let us = 0;
		for (const e of outer) {
			// Clip to the window: the sample starts and ends inside the bench's own callbacks.
			const from = Math.max(e.ts, start.ts);
			const to = Math.min(e.ts + e.dur!, end.ts);
			if (to <= from) continue;
			us += (to - from) * ((e.tdur ?? e.dur!) / e.dur!);
		}
		out[m[1] as 'shown' | 'hidden'].push(us / 1000);
	}
	return out;
}

const stats = (ms: number[]) => {
	const s = [...ms].sort((a, b) => a - b);
	return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
};

ensureBuild();
const server = await startPreview(PORT);
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	// tsx compiles with esbuild's keepNames, whose __name() helper the page does not have.
	await page.addInitScript('window.__name = (f) => f');
	await page.goto(URL_);
	await scrollToCharts(page);
	await page.locator('[data-testid="charts"] svg[data-chart]').first().waitFor();
	log(`placing ${GROUPS} groups through the UI…`);
	const placed = await placeGroups(page, GROUPS);
	if (placed !== GROUPS) throw new Error(`placed ${placed} groups, not ${GROUPS}`);
	// The charts do their work only on screen (or near it): bring them into view, as a person
	// watching them would.
	await page.locator('[data-testid="charts"]').scrollIntoViewIfNeeded();
	await checkUpdates(page);
	const marks = await page.locator('[data-testid="charts"] [data-key]').count();

	// Shown and hidden take turns, so drift (a busy neighbour, GC, turbo) falls on both alike.
	const wall = { shown: [] as number[], hidden: [] as number[] };
	const toggle = page.locator('[data-testid="charts"] > .head button');
	await browser.startTracing(page, {
		path: TRACE,
		categories: ['blink.user_timing', 'devtools.timeline']
	});
	for (let round = 0; round < ROUNDS; round++) {
		for (const state of ['shown', 'hidden'] as const) {
			const open = (await toggle.getAttribute('aria-expanded')) === 'true';
			if (open !== (state === 'shown')) await toggle.click();
			await page
				.locator('[data-testid="charts"] svg[data-chart]')
				.first()
				.waitFor({ state: state === 'shown' ? 'visible' : 'detached' });
			log(`round ${round + 1}/${ROUNDS}: ${PER_ROUND} changes with the charts ${state}…`);
			await timeChanges(page, WARMUP, `warm${state}${round}`);
			wall[state].push(...(await timeChanges(page, PER_ROUND, `${state}${round}`)));
		}
	}
	await browser.stopTracing();
	const cpu = scriptTimes(TRACE);
	rmSync(TRACE, { force: true });

	type Stats = ReturnType<typeof stats>;
	const [wallOn, wallOff, cpuOn, cpuOff] = [wall.shown, wall.hidden, cpu.shown, cpu.hidden].map(
		stats
	) as [Stats, Stats, Stats, Stats];
	const diff = (a: Stats, b: Stats): Stats => ({
		median: Math.max(0, a.median - b.median),
		p95: Math.max(0, a.p95 - b.p95)
	});
	const wallShare = diff(wallOn, wallOff);
	const cpuShare = diff(cpuOn, cpuOff);
	const suite: Suite = {
		title: 'Charts (Chromium, 50 groups)',
		about:
			`The built app in headless Chromium at 1280×800 with ${GROUPS} groups placed through the ` +
			`UI (${marks} chart marks). One sample: set the host-memory slider and dispatch its ` +
			'input event, wait two microtasks (Svelte flushes in one: the handler, evaluate() and the ' +
			'sandbox’s views), then wait for the charts, which catch up in a task after the next frame ' +
			'(the wall figure leaves out the idle wait for that frame but includes its rendering). ' +
			'A frame passes between samples. Five rounds alternate the charts shown and hidden ' +
			`(Hide charts), ${PER_ROUND} samples each; the charts’ share is the difference. ` +
			'Wall = performance.now() (0.1 ms steps); script CPU = the main thread’s CPU time in ' +
			'script (task, frame and microtask callbacks) between trace marks, without style, layout ' +
			'and paint, and which other processes on a busy machine do not inflate. The budget is on ' +
			'the charts’ script CPU share; the rest of the page is the sandbox’s.',
		rows: [
			row('whole page (sandbox + 4 charts), wall', wallOn.median, wallOn.p95, 'ms'),
			row('page with the charts hidden, wall', wallOff.median, wallOff.p95, 'ms'),
			row('the 4 charts’ share, wall', wallShare.median, wallShare.p95, 'ms'),
			row('whole page (sandbox + 4 charts), script CPU', cpuOn.median, cpuOn.p95, 'ms'),
			row('page with the charts hidden, script CPU', cpuOff.median, cpuOff.p95, 'ms'),
			row('the 4 charts’ share, script CPU', cpuShare.median, cpuShare.p95, 'ms', BUDGET_MS)
		]
	};
	process.stdout.write(JSON.stringify(suite) + '\n');
} finally {
	await browser.close();
	stopPreview(server);
}
