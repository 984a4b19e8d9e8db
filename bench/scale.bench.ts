/**
 * Scale inside the documented limits, in a real Chromium at 1× CPU: a link of 10,000 groups (the
 * most a scenario holds) opens, then a click on a group's "One more" and a step of the host's
 * memory slider are timed from the input to the next frame; the same for an A/B comparison of
 * 2 × 10,000 groups. Prints one JSON Suite on stdout.
 */
import type { Page } from '@playwright/test';
import { manyGroups } from './scenarios';
import { encodeLink } from '../src/lib/scenario/link';
import { ensureBuild, launchChromium, startPreview, stopPreview } from './browser';
import { quantile, row, type Row, type Suite } from './measure';

const PORT = 4327;
const GROUPS = 10_000;
const STEPS = 40;
const WARMUP = 3;
const INTERACTION_P95_BUDGET_MS = 50;
const FIRST_PAINT_BUDGET_MS = 1500;
const OPENS = 5;
/** A write after an edit is a task of its own: under 50 ms, it never delays a click noticeably. */
const WRITE_TASK_BUDGET_MS = 50;

/** Time from navigation start until the opened scenario is on screen (live, then a frame). */
async function open(page: Page, url: string): Promise<number> {
	await page.goto(url);
	await page.locator('html[data-live]').waitFor({ state: 'attached', timeout: 120_000 });
	return page.evaluate(
		() =>
			new Promise<number>((done) =>
				requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))
			)
	);
}

/**
 * `steps` interactions, each timed in the page from the input event to the next frame (a frame
 * callback, then a task after it: the frame was drawn). `act` names the interaction.
 */
async function interactions(page: Page, act: 'click' | 'slider', steps: number): Promise<number[]> {
	await page.locator('html[data-live]:not([data-pending])').waitFor({ state: 'attached' });
	return page.evaluate(
		`(async () => {
			const times = [];
			const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			for (let i = 0; i < ${steps}; i++) {
				await nextFrame();
				const t0 = performance.now();
				if (${JSON.stringify(act)} === 'click') {
					document.querySelector('li.card button[aria-label="One more"]').click();
				} else {
					const slider = document.querySelector('input[aria-label="Memory slider"]');
					slider.value = String(600 + (i % 2 ? 20 : -20));
					slider.dispatchEvent(new Event('input', { bubbles: true }));
				}
				await nextFrame();
				times.push(performance.now() - t0);
				// Let the page's own follow-up work (charts, the address) run, as between a person's clicks.
				await new Promise((r) => setTimeout(r, 300));
			}
			return times;
		})()`
	) as Promise<number[]>;
}

const stats = (ms: number[]) => {
	const sorted = [...ms].sort((a, b) => a - b);
	return [quantile(sorted, 0.5), quantile(sorted, 0.95)] as const;
};

ensureBuild();
const server = await startPreview(PORT);
const browser = await launchChromium();
try {
	const rows: Row[] = [];
	const one = `http://localhost:${PORT}/?s=${encodeLink({ scenario: manyGroups(GROUPS) })}`;
	const two = `http://localhost:${PORT}/?s=${encodeLink({ scenario: manyGroups(GROUPS), compare: manyGroups(GROUPS) })}`;
	for (const [label, url, budgeted] of [
		[`${GROUPS.toLocaleString('en-US')} groups`, one, true],
		[`A/B, 2 × ${GROUPS.toLocaleString('en-US')} groups`, two, false]
	] as const) {
		console.error(`  opening a link of ${label}…`);
		const paints: number[] = [];
		let page: Page | undefined;
		for (let i = 0; i < OPENS; i++) {
			await page?.close();
			page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			paints.push(await open(page, url));
		}
		rows.push(
			row(
				`${label}: link opened and drawn`,
				...stats(paints),
				'ms',
				budgeted ? FIRST_PAINT_BUDGET_MS : undefined,
				'p95'
			)
		);
		for (const act of ['click', 'slider'] as const) {
			console.error(`  ${label}: timing ${act}s…`);
			await interactions(page!, act, WARMUP);
			await page!.evaluate(() => performance.clearMeasures('overhead-sandbox:write'));
			const times = await interactions(page!, act, STEPS);
			if (act === 'click') {
				// The page's own write after each edit (address.svelte.ts times it): the autosave and
				// the link, each a main-thread task a next click could wait behind.
				await page!.locator('html[data-live]:not([data-pending])').waitFor({ state: 'attached' });
				const writes = await page!.evaluate(() =>
					performance.getEntriesByName('overhead-sandbox:write').map((e) => e.duration)
				);
				if (writes.length)
					rows.push(
						row(
							`${label}: address and autosave write after a click, per main-thread task`,
							...stats(writes),
							'ms',
							budgeted ? WRITE_TASK_BUDGET_MS : undefined,
							'p95'
						)
					);
			}
			rows.push(
				row(
					`${label}: ${act === 'click' ? 'click “One more”' : 'memory slider step'}, input to next frame`,
					...stats(times),
					'ms',
					budgeted ? INTERACTION_P95_BUDGET_MS : undefined,
					'p95'
				)
			);
		}
		await page?.close();
	}
	const suite: Suite = {
		title: `Scale: ${GROUPS.toLocaleString('en-US')} groups in Chromium`,
		about:
			`A share link of ${GROUPS.toLocaleString('en-US')} groups (every kind × workload, 1–3 instances each, on a 128-core 2 TiB host), ` +
			`opened ${OPENS} times in a fresh page at 1280×800 (navigation start to the scenario live and drawn), then ${STEPS} clicks on the first card's "One more" ` +
			`and ${STEPS} memory-slider steps after ${WARMUP} untimed ones, each timed from the input to the next frame, 300 ms apart (the page's follow-up work — ` +
			`charts, the address and autosave — runs between them, as between a person's clicks). The same for an A/B comparison of 2 × ${GROUPS.toLocaleString('en-US')}. ` +
			`The page's write after each click (autosave and address, timed by the page as User Timing measures) is reported per main-thread task. ` +
			`1× CPU. Goals: p95 under ${INTERACTION_P95_BUDGET_MS} ms per interaction and first paint under ${FIRST_PAINT_BUDGET_MS / 1000} s for ${GROUPS.toLocaleString('en-US')} groups.`,
		rows
	};
	console.log(JSON.stringify(suite));
} finally {
	await browser.close();
	stopPreview(server);
}
