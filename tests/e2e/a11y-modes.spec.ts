/**
 * axe on the modes the other specs do not cover: embed, compare with both sides' charts,
 * presentation with the charts, the share dialogs, and a phone-width page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** axe's findings, readable in a failure message: rule, impact, and each node's selector and reason. */
async function violations(page: Page, include?: string) {
	// One axe pass takes 15–22 s on a busy 2-core machine: each pass adds room to its test's time.
	test.info().setTimeout(test.info().timeout + 30_000);
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		nodes: v.nodes.map((n) => ({
			target: n.target.join(' '),
			why: n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300)
		}))
	}));
}

async function expectNoViolations(page: Page, what: string, include?: string) {
	const found = await violations(page, include);
	expect(found, `axe violations in ${what}:\n${JSON.stringify(found, null, 2)}`).toEqual([]);
}

async function live(page: Page) {
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}

const chartSections = (page: Page) => page.getByTestId('charts');

/** Open every chart's data table in `section` and bring the section on screen. */
async function openTables(section: Locator) {
	const show = section.getByRole('button', { name: 'Show data table' });
	await expect(show).toHaveCount(4);
	while ((await show.count()) > 0) await show.first().click();
	await expect(section.getByRole('button', { name: 'Hide data table' })).toHaveCount(4);
	await expect(section.getByRole('table')).toHaveCount(4);
}

/** Scroll each chart of `section` on screen in turn (off screen they are not rendered). */
async function showEveryChart(section: Locator) {
	for (const figure of await section.locator('figure[data-chart-id]').all()) {
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('svg[data-chart]')).toBeVisible();
	}
}

test('?embed has no axe violations', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/?embed');
	await live(page);
	await expect(page.locator('#host-dropzone')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Open in Overhead Sandbox ↗' })).toBeVisible();
	await expectNoViolations(page, '/?embed');
});

test('an embedded lesson step has no axe violations', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/?embed&lesson=density&step=2');
	await live(page);
	await expect(page.locator('[data-caption]')).not.toBeEmpty();
	await expect(page.locator('[data-step-of]')).toHaveText(/^2 of /);
	await expectNoViolations(page, 'the embedded density lesson, step 2');
});

test('compare mode has no axe violations, with both sides’ charts and data tables on screen', async ({
	page
}) => {
	// Eight charts with their tables make a large page: axe takes a while over it.
	test.setTimeout(90_000);
	await page.goto('/');
	await live(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	// Make the sides differ, so the deltas show their better/worse colours.
	const count = page.locator('.side').nth(1).locator('li.card', { hasText: 'nginx as VMs' });
	await count.getByRole('button', { name: 'One more' }).click();
	await expect(page.locator('tr[data-delta="vcpus"] td.diff')).toHaveText(/\+/);
	await expect(chartSections(page)).toHaveCount(2);
	await expect(page.locator('[data-testid="charts"] svg[data-chart]')).toHaveCount(8);
	await expectNoViolations(page, 'compare mode');

	for (const [side, section] of [
		['A', chartSections(page).nth(0)],
		['B', chartSections(page).nth(1)]
	] as const) {
		await expect(
			section.getByRole('heading', { name: new RegExp(`^Charts — ${side}:`) })
		).toBeVisible();
		await openTables(section);
		await section.scrollIntoViewIfNeeded();
		await showEveryChart(section);
		await expectNoViolations(
			page,
			`compare mode, the charts of ${side}`,
			`section[aria-labelledby="${side.toLowerCase()}-charts-heading"]`
		);
	}
	await expectNoViolations(page, 'compare mode with every data table open');
});

test('presentation mode has no axe violations with the charts and their data tables', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/?present');
	await live(page);
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	const section = chartSections(page);
	await expect(section.locator('svg[data-chart]')).toHaveCount(4);
	await openTables(section);
	await showEveryChart(section);
	await expectNoViolations(page, 'presentation mode with the charts');
});

test('the Embed dialog has no axe violations', async ({ page }) => {
	await page.goto('/');
	await live(page);
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('HTML to paste')).toHaveValue(/^<iframe /);
	await expectNoViolations(page, 'the Embed dialog');
});

test('the QR code dialog has no axe violations', async ({ page }) => {
	await page.goto('/');
	await live(page);
	await page.getByRole('button', { name: 'QR code' }).click();
	const dialog = page.getByRole('dialog', { name: 'Scan to open this scenario' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
	await expectNoViolations(page, 'the QR code dialog');
});

test('the main page at phone width (390 px) has no axe violations, charts included', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await live(page);
	await expect(page.locator('#host-dropzone')).toBeVisible();
	await expectNoViolations(page, 'the page at 390 px');

	const section = chartSections(page);
	await expect(section.locator('svg[data-chart]')).toHaveCount(4);
	await openTables(section);
	await showEveryChart(section);
	await expectNoViolations(page, 'the page at 390 px with the charts’ data tables open');
});
