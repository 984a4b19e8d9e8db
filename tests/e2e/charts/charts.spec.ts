/**
 * The charts in the real page: what only the page shows — the charts following the host's
 * controls, files the browser downloads, and the layout following the window. What one chart shows
 * on its own (marks, summary, data table, keyboard, scale switches, reduced motion, labels) is
 * tested on the mounted component in tests/component/charts/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { showCharts } from '../fixtures/helpers';

const CHARTS = ['memory', 'density', 'startup', 'disk'] as const;
const chart = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"]`);
const summary = (page: Page, id: string) => chart(page, id).locator('[data-summary]');

/** Move a host slider by typing into its number field (the range input's twin). */
async function setHost(page: Page, label: string, value: string) {
	const field = page.getByRole('textbox', { name: label, exact: true });
	await field.fill(value);
	await field.press('Enter');
}

test.beforeEach(async ({ app, page }) => {
	await app.open();
	await showCharts(page);
});

test('the charts follow the host sliders', async ({ page }) => {
	const before = Object.fromEntries(
		await Promise.all(CHARTS.map(async (id) => [id, await summary(page, id).innerText()]))
	);
	await expect(summary(page, 'memory')).toContainText('of its 64 GiB of memory');
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

// One page per chart: run as one test in one page, the eleventh download never came.
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

test('the charts resize with the window', async ({ page }) => {
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
});
