import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_HOST, defaultScenario, evaluate, maxInstances } from '../../../src/lib/model';

const CHARTS = ['memory', 'density', 'startup', 'disk'] as const;
const chart = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"]`);
const summary = (page: Page, id: string) => chart(page, id).locator('[data-summary]');
const marks = (page: Page, id: string) => chart(page, id).locator('svg[data-chart] [data-key]');

/** Move a host slider by typing into its number field (the range input's twin). */
async function setHost(page: Page, label: string, value: string) {
	const field = page.getByRole('textbox', { name: label, exact: true });
	await field.fill(value);
	await field.press('Enter');
}

/** The numbers of one table column, by header text (a number cell reads "1,234.5"). */
async function column(table: Locator, header: string): Promise<Map<string, number>> {
	const headers = await table.locator('thead th').allInnerTexts();
	const i = headers.findIndex((h) => h.startsWith(header));
	expect(i, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThan(0);
	const out = new Map<string, number>();
	for (const row of await table.locator('tbody tr').all()) {
		const name = await row.locator('th').innerText();
		const cell = await row.locator('th, td').nth(i).innerText();
		out.set(name, Number(cell.replace(/,/g, '')));
	}
	return out;
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-testid="charts"] svg[data-chart]')).toHaveCount(4);
});

test('every chart renders the default scenario with focusable marks and a summary', async ({
	page
}) => {
	for (const id of CHARTS) {
		await expect(marks(page, id).first()).toBeVisible();
		expect(await marks(page, id).count()).toBeGreaterThan(2);
		await expect(summary(page, id)).not.toBeEmpty();
		// Roving tabindex: exactly one mark per chart is in the tab order.
		await expect(chart(page, id).locator('[data-key][tabindex="0"]')).toHaveCount(1);
	}
	await expect(summary(page, 'memory')).toContainText('of its 64 GiB of memory');
	await expect(summary(page, 'density')).toContainText('nginx web server fits');
	await expect(summary(page, 'startup')).toContainText('from a cold image cache');
	await expect(summary(page, 'disk')).toContainText('1 container image');
});

test('the charts follow the host sliders', async ({ page }) => {
	const before = Object.fromEntries(
		await Promise.all(CHARTS.map(async (id) => [id, await summary(page, id).innerText()]))
	);
	const bars = chart(page, 'memory').locator('g.bars');
	const transform = await bars.getAttribute('transform');
	await setHost(page, 'Memory', '32');
	await expect(summary(page, 'memory')).toContainText('of its 32 GiB of memory');
	await expect(bars).not.toHaveAttribute('transform', transform!);
	await expect(summary(page, 'density')).not.toHaveText(before.density!);

	await setHost(page, 'Pull speed', '50');
	await expect(summary(page, 'startup')).not.toHaveText(before.startup!);
	await setHost(page, 'Disk', '200');
	await expect(summary(page, 'disk')).toContainText('of 200 GiB');
});

test('the data tables show the model’s numbers', async ({ page }) => {
	const report = evaluate(defaultScenario());
	for (const id of CHARTS)
		await chart(page, id).getByRole('button', { name: 'Show data table' }).click();

	const memory = await column(chart(page, 'memory').getByRole('table'), 'Total used');
	expect(memory.get('Whole host')).toBeCloseTo(report.memory.usedMiB, 1);
	for (const g of report.groups)
		expect(memory.get(defaultScenario().groups.find((x) => x.id === g.id)!.label!)).toBeCloseTo(
			g.memory.totalMiB,
			1
		);

	const density = await column(chart(page, 'density').getByRole('table'), 'Maximum instances');
	for (const [kind, name] of [
		['vm', 'VM'],
		['microvm', 'microVM'],
		['container', 'Container']
	] as const)
		expect(density.get(name)).toBe(maxInstances(DEFAULT_HOST, { kind, workload: 'nginx' }).count);

	const startup = await column(chart(page, 'startup').getByRole('table'), 'Ready after');
	expect(startup.get('VM')).toBeCloseTo(report.groups[0]!.startup.readyMs, 1);
	expect(startup.get('Container, warm cache')).toBeCloseTo(report.groups[2]!.startup.readyMs, 1);

	const disk = chart(page, 'disk').getByRole('table');
	await expect(disk.locator('tbody tr', { hasText: /^nginx.* VM disk/ }).first()).toBeVisible();
	const total = await column(disk, 'On disk, total');
	expect([...total.values()].every((v) => v >= 0)).toBe(true);
});

for (const id of CHARTS) {
	test(`the ${id} chart downloads as SVG, PNG and CSV`, async ({ page }) => {
		for (const kind of ['SVG', 'PNG', 'CSV'] as const) {
			const button = chart(page, id).getByRole('button', { name: new RegExp(`as ${kind}$`) });
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			expect(download.suggestedFilename()).toBe(`overhead-sandbox-${id}.${kind.toLowerCase()}`);
			const bytes = readFileSync((await download.path())!);
			expect(bytes.length).toBeGreaterThan(kind === 'CSV' ? 20 : 500);
			if (kind === 'SVG') {
				const text = bytes.toString('utf8');
				expect(text).toMatch(/^<\?xml/);
				expect(text).toContain('<svg');
				expect(text).not.toContain('tabindex');
			}
			if (kind === 'PNG') expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
			if (kind === 'CSV') expect(bytes.toString('utf8')).toMatch(/\((MiB|ms)\)/);
		}
	});
}

test('the keyboard steps through the marks and shows each value', async ({ page }) => {
	const stop = chart(page, 'memory').locator('[data-key][tabindex="0"]');
	const firstKey = await stop.getAttribute('data-key');
	await stop.focus();
	const tooltip = chart(page, 'memory').locator('.tooltip');
	await expect(tooltip).toHaveText((await stop.getAttribute('aria-label'))!);
	await page.keyboard.press('ArrowRight');
	const second = chart(page, 'memory').locator('[data-key]:focus');
	// The focused mark becomes the tab stop: Tab away and back returns to it.
	await expect(second).toHaveAttribute('tabindex', '0');
	expect(await second.getAttribute('data-key')).not.toBe(firstKey);
	await expect(chart(page, 'memory').locator('[data-key][tabindex="0"]')).toHaveCount(1);
	await expect(tooltip).toHaveText((await second.getAttribute('aria-label'))!);
	await expect(tooltip).toContainText('MiB');
	await page.keyboard.press('End');
	await expect(chart(page, 'memory').locator('[data-key]').last()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(tooltip).toHaveCount(0);
});

test('the startup time axis switches between linear and log', async ({ page }) => {
	const startup = chart(page, 'startup');
	await expect(startup.getByText('Time from start', { exact: true })).toBeVisible();
	const warm = startup.locator('[data-key="container-warm|sandbox"]');
	const linearWidth = Number(await warm.getAttribute('width'));
	await startup.getByRole('radio', { name: 'Log' }).check();
	await expect(startup.getByText('Length of each phase (log scale)')).toBeVisible();
	// On the log axis the container's milliseconds get room next to the VM's seconds.
	await expect
		.poll(async () => Number(await warm.getAttribute('width')))
		.toBeGreaterThan(linearWidth * 3);
});

test('the charts resize with the window, and respect reduced motion', async ({ page }) => {
	const svg = chart(page, 'density').locator('svg[data-chart]');
	const plotWidth = () => svg.evaluate((el) => el.parentElement!.clientWidth);
	const width = async () => Number(await svg.getAttribute('width'));
	await page.setViewportSize({ width: 1000, height: 800 });
	await expect.poll(width).toBe(await plotWidth());
	const wide = await width();
	await page.setViewportSize({ width: 600, height: 800 });
	// Charts off screen skip their work (issue 12's scale fix): look at this one, as a person would.
	await svg.scrollIntoViewIfNeeded();
	await expect.poll(width).toBeLessThan(wide);
	expect(await width()).toBe(await plotWidth());
	await expect(svg).toHaveClass(/motion/);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await expect(svg).not.toHaveClass(/motion/);
});
