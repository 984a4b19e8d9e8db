import { expect, test, type Page } from '@playwright/test';
import { formatMs, kindTable } from '../../../src/lib/model';
import { MICROVM, sumParts } from '../../../src/lib/model/catalog';
import { boundaries, raceLanes } from '../../../src/lib/teach/bootRace';
import { SERVER } from '../../../src/lib/teach/lessons/hosts';
import { showCharts } from '../fixtures/helpers';

/** The microVM's first two phase ends: its host-side setup, then InstanceStart to /sbin/init. */
const MICROVM_SETUP_MS = sumParts(MICROVM.setup);
const MICROVM_KERNEL_END_MS = MICROVM_SETUP_MS + MICROVM.kernelBootMs.value;
/** Every phase end of the lesson's first race (nginx on the lesson's server), as the model has them. */
const RACE_BOUNDARIES = boundaries(
	raceLanes(kindTable({ version: 1, name: '', host: SERVER, groups: [] }, 'nginx'), [
		'vm',
		'microvm',
		'container'
	])
);

const race = (page: Page) => page.getByTestId('boot-race');
const lane = (page: Page, id: string) => race(page).locator(`[data-lane="${id}"]`);
const tMs = async (page: Page) => Number(await race(page).getAttribute('data-t-ms'));

/** The startup chart's data table: lane id → "Ready after" in ms, as the model computed it. */
async function chartReadyMs(page: Page): Promise<Record<string, number>> {
	await showCharts(page);
	const chart = page.locator('figure[data-chart-id="startup"]');
	await chart.getByRole('button', { name: 'Show data table' }).click();
	const rows = await chart
		.getByRole('table')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.querySelector('th')!.textContent!.trim(),
				tr.lastElementChild!.textContent!
			])
		);
	const ids: Record<string, string> = {
		VM: 'vm',
		microVM: 'microvm',
		'Container, cold cache': 'container-cold',
		'Container, warm cache': 'container-warm'
	};
	return Object.fromEntries(
		rows
			.filter(([name]) => name! in ids)
			.map(([name, ms]) => [ids[name!]!, Number(ms!.replaceAll(',', ''))])
	);
}

/** Record, in the page, the order in which lanes turn ready. */
async function watchReadyOrder(page: Page) {
	await race(page).evaluate((el) => {
		const order: string[] = [];
		(window as unknown as { readyOrder: string[] }).readyOrder = order;
		new MutationObserver((records) => {
			for (const r of records) {
				const li = r.target as HTMLElement;
				const id = li.dataset.lane!;
				if (li.dataset.phase === 'ready' && !order.includes(id)) order.push(id);
			}
		}).observe(el, { attributes: true, attributeFilter: ['data-phase'], subtree: true });
	});
}

test.beforeEach(async ({ page }) => {
	await page.goto('/?lesson=boot-race');
	await expect(race(page)).toBeVisible();
});

test('plays, pauses (the clock stops), plays on to the finish with the lanes ready in the model’s order', async ({
	page
}) => {
	const expected = await chartReadyMs(page);
	expect(Object.keys(expected)).toHaveLength(4);
	const order = Object.entries(expected)
		.sort((a, b) => a[1] - b[1])
		.map(([id]) => id);
	await expect(race(page)).toHaveAttribute('data-finish-order', order.join(' '));
	for (const [id, ms] of Object.entries(expected))
		expect(Number(await lane(page, id).getAttribute('data-ready-ms'))).toBeCloseTo(ms, 0);

	await watchReadyOrder(page);
	await race(page).getByRole('radio', { name: '1× real time' }).check();
	await race(page).getByRole('button', { name: '▶ Play' }).click();
	await expect.poll(() => tMs(page)).toBeGreaterThan(200);

	await race(page).getByRole('button', { name: '❚❚ Pause' }).click();
	await expect(race(page)).toHaveAttribute('data-playing', 'false');
	const paused = await tMs(page);
	const clock = await page.getByTestId('race-clock').textContent();
	// Paused: ten frames later the clock has not moved (frames, not a sleep: a condition).
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				let frames = 0;
				const tick = () => (++frames >= 10 ? done() : requestAnimationFrame(tick));
				requestAnimationFrame(tick);
			})
	);
	expect(await tMs(page)).toBe(paused);
	await expect(page.getByTestId('race-clock')).toHaveText(clock!);

	// Step on to the last phase boundary but one (not eight seconds of real time), then play again:
	// the race plays on to its finish and stops there.
	const lastButOne = RACE_BOUNDARIES.at(-2)!;
	for (let i = 0; i < RACE_BOUNDARIES.length && (await tMs(page)) < lastButOne; i++)
		await race(page).getByRole('button', { name: 'Step ›' }).click();
	expect(await tMs(page)).toBeCloseTo(lastButOne, 6);
	await race(page).getByRole('button', { name: '▶ Play' }).click();
	await expect(race(page).getByRole('button', { name: '↻ Play again' })).toBeVisible({
		timeout: 20_000
	});
	await expect(race(page)).toHaveAttribute('data-playing', 'false');
	await expect(race(page)).toHaveAttribute('data-ready', order.join(' '));
	expect(
		await page.evaluate(() => (window as unknown as { readyOrder: string[] }).readyOrder)
	).toEqual(order);
	for (const id of order) await expect(lane(page, id)).toContainText('Ready at');
	// The finish names the first lane ready, at the model's time.
	const readyMs = async (id: string) => Number(await lane(page, id).getAttribute('data-ready-ms'));
	const firstMs = await readyMs(order[0]!);
	const vmMs = await readyMs('vm');
	const firstName = (await lane(page, order[0]!).locator('.name').textContent())!
		.replace('· this host', '')
		.trim();
	await expect(page.getByTestId('race-announcement')).toHaveText(
		`VM ready at ${formatMs(vmMs)}. Every lane is ready: ${firstName} first, at ${formatMs(firstMs)}.`
	);
});

test('names each phase as it passes, steps to the next phase boundary and resets', async ({
	page
}) => {
	// The model's phases, as the key figures list them: the microVM's host-side setup is the
	// shortest first phase (the first step ends it), then its kernel; later the warm container's
	// sandbox setup and app start.
	const phases = async () =>
		(await page.locator('[data-startup] .phases > span').allTextContents()).map((t) =>
			t
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/\s*\?$/, '')
		);
	await expect
		.poll(phases)
		.toEqual(expect.arrayContaining(['Kernel 125 ms', 'Sandbox setup 300 ms', 'App start 50 ms']));
	await expect(lane(page, 'vm')).toHaveAttribute('data-phase', 'firmware');
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'sandbox');

	await race(page).getByRole('button', { name: 'Step ›' }).click();
	expect(await tMs(page)).toBeCloseTo(MICROVM_SETUP_MS, 6);
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'kernel');
	await expect(lane(page, 'microvm')).toContainText('Kernel');

	// Step on to the end of its kernel phase, which ends on a boundary (the VM's firmware may end first).
	for (let i = 0; i < 10 && (await tMs(page)) < MICROVM_KERNEL_END_MS; i++)
		await race(page).getByRole('button', { name: 'Step ›' }).click();
	expect(await tMs(page)).toBeCloseTo(MICROVM_KERNEL_END_MS, 6);
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'init');
	await expect(lane(page, 'microvm')).toContainText('Init');
	await expect(lane(page, 'vm')).not.toHaveAttribute('data-phase', 'ready');

	// Step on: the microVM's init and app end, then the warm container's sandbox setup ends at
	// 300 ms and its app starts.
	for (let i = 0; i < 10 && (await tMs(page)) < 300; i++)
		await race(page).getByRole('button', { name: 'Step ›' }).click();
	expect(await tMs(page)).toBeCloseTo(300, 6);
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'ready');
	await expect(lane(page, 'container-warm')).toHaveAttribute('data-phase', 'appStart');

	await race(page).getByRole('button', { name: 'Step ›' }).click();
	await expect(lane(page, 'container-warm')).toHaveAttribute('data-phase', 'ready');
	await expect(page.getByTestId('race-announcement')).toHaveText(
		'Container (warm cache) ready at 350 ms.'
	);

	await race(page).getByRole('button', { name: '↺ Reset' }).click();
	expect(await tMs(page)).toBe(0);
	await expect(page.getByTestId('race-clock')).toHaveText('0.00 s');
	await expect(lane(page, 'container-warm')).toHaveAttribute('data-phase', 'sandbox');
});

test('another workload or host starts the race again from 0', async ({ page }) => {
	await race(page).getByRole('button', { name: 'Step ›' }).click();
	expect(await tMs(page)).toBeGreaterThan(0);
	// The "what fits" panel picks the same workload the race runs.
	await page
		.getByRole('region', { name: 'What fits on an empty host' })
		.getByLabel('Workload')
		.selectOption({ label: 'Redis cache' });
	await expect(race(page).getByRole('heading')).toHaveText('Boot race: Redis cache');
	await expect(race(page)).toHaveAttribute('data-t-ms', '0');
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'sandbox');
});

test('slow motion runs the clock at a tenth of real time', async ({ page }) => {
	await race(page).getByRole('radio', { name: '0.1× slow' }).check();
	const started = Date.now();
	await race(page).getByRole('button', { name: '▶ Play' }).click();
	// Until the race clock has run 80 ms of race time (800 ms of wall time at a tenth).
	await expect.poll(() => tMs(page)).toBeGreaterThan(80);
	await race(page).getByRole('button', { name: '❚❚ Pause' }).click();
	const wallMs = Date.now() - started;
	const t = await tMs(page);
	// Never faster than a tenth of the wall clock; not far slower either (a busy machine drops frames).
	expect(t).toBeLessThanOrEqual(0.1 * wallMs + 1);
	expect(t).toBeGreaterThan(0.1 * wallMs * 0.3);
});

test('a lane the host cannot run shows the model’s reason', async ({ page }) => {
	await race(page).getByLabel('Workload').selectOption({ label: 'Legacy Windows app (IIS)' });
	await expect(lane(page, 'microvm')).toHaveAttribute('data-phase', 'unsupported');
	await expect(lane(page, 'microvm')).toContainText('Firecracker-style microVMs boot only Linux');
	await expect(lane(page, 'container-warm')).toContainText('needs a Windows kernel');
	await expect(race(page)).toHaveAttribute('data-finish-order', 'vm');
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('Play jumps from one phase boundary to the next instead of animating', async ({ page }) => {
		await expect(race(page)).toContainText('Reduced motion is on');
		await race(page).getByRole('button', { name: '▶ Play' }).click();
		// The first jump is at once: to the end of the microVM's host-side setup.
		expect(await tMs(page)).toBeCloseTo(MICROVM_SETUP_MS, 6);
		// Then on, a jump at a time: the clock only ever shows a phase boundary, never in between.
		await expect.poll(() => tMs(page), { timeout: 10_000 }).toBeGreaterThan(MICROVM_SETUP_MS);
		expect(RACE_BOUNDARIES).toContain(await tMs(page));
		await race(page).getByRole('button', { name: '❚❚ Pause' }).click();
	});
});
