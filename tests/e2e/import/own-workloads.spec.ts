/** Own workloads: made in the editor, placed like the catalog's, measured, explained, compared, kept over a reload and in a link; old links still open. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { linkOf, settled, showCharts } from '../fixtures/helpers';

const STATS = `CONTAINER ID   NAME          CPU %     MEM USAGE / LIMIT     MEM %     NET I/O          BLOCK I/O   PIDS
9a8b7c6d5e4f   shop-db-1     2.00%     420MiB / 2GiB         20.51%    5MB / 4MB        0B / 0B     20
3f1c2a9b8d7e   shop-api-1    12.50%    183.4MiB / 512MiB     35.82%    1.2MB / 800kB    0B / 0B     11`;

const cards = (page: Page) => page.locator('li.card');
const editor = (page: Page) => page.getByRole('dialog', { name: /Your own workload/ });
const chip = (page: Page, name: string) =>
	page.getByRole('button', { name: `${name}: grab to place on the host`, exact: true });

async function create(page: Page, name: string, from = 'Python API') {
	await page.getByRole('button', { name: '+ Your own workload' }).click();
	await editor(page).getByLabel('Name').fill(name);
	await editor(page).getByLabel('Start from').selectOption({ label: from });
	await editor(page).getByRole('button', { name: 'Create' }).click();
	await expect(editor(page).getByRole('heading')).toHaveText(`Your own workload: ${name}`);
}

/** Grab a palette chip and drop it on the host, by keyboard. */
async function place(page: Page, name: string) {
	await chip(page, name).click();
	await page.locator('#host-dropzone').press('Enter');
}

/** The default page, live. (No beforeEach: the tests that open a link would load the page twice.) */
async function open(page: Page) {
	await page.goto('/');
	await settled(page);
	await expect(cards(page)).toHaveCount(3);
}

test('create one from a catalog workload and edit its figures: out of range is clamped and not a number refused, each with a message; each change one undo step, a refused one none', async ({
	page
}) => {
	await open(page);
	await create(page, 'Shop API');
	const ws = editor(page).getByLabel('Working-set memory');
	await expect(ws).toHaveValue('70');
	await expect(editor(page)).toContainText('From Python API (an estimate)');
	await ws.fill('-5');
	await ws.press('Enter');
	await expect(editor(page).getByRole('status')).toHaveText(
		'Working-set memory cannot be below 0 MiB; set to 0 MiB.'
	);
	await expect(ws).toHaveValue('0');
	await ws.fill('350');
	await ws.press('Enter');
	await expect(editor(page).getByText('Yours.').first()).toBeVisible();
	// Not a number: nothing changes, and no undo step is recorded (the undos below count it).
	const start = editor(page).getByLabel('App start time');
	await start.fill('');
	await start.press('Enter');
	await expect(editor(page).getByRole('status')).toHaveText(
		'App start time is empty; nothing was changed.'
	);
	await editor(page).getByRole('button', { name: 'Done' }).click();

	await place(page, 'Shop API container');
	await expect(cards(page)).toHaveCount(4);
	await expect(cards(page).last()).toContainText('Shop API');
	// One step back: the placement; one more: 350 MiB back to the clamped 0 (not a refused edit).
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(cards(page)).toHaveCount(3);
	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Edit your workload Shop API' }).click();
	await expect(editor(page).getByLabel('Working-set memory')).toHaveValue('0');
});

test('pasted docker stats set its memory and CPU, with the model’s figure beside the measured one', async ({
	page
}) => {
	await open(page);
	await create(page, 'shop-api');
	await editor(page).getByRole('button', { name: 'Done' }).click();
	await place(page, 'shop-api container');
	await page.getByRole('button', { name: 'Edit your workload shop-api' }).click();
	const e = editor(page);
	await e.getByText('Measurements from a real system').click();
	await e.getByLabel(/Paste the output/).fill(STATS);
	await e.getByRole('button', { name: 'Read the measurements' }).click();
	// The container named like the workload is picked.
	await expect(e.getByLabel(/which one is/)).toHaveValue('1');
	await e.getByRole('button', { name: 'Only compare' }).click();
	const row = e.getByRole('row', { name: /Memory of the app/ });
	await expect(row).toContainText('183 MiB');
	await expect(row).toContainText('below what was measured');

	await e.getByLabel(/Paste the output/).fill(STATS);
	await e.getByRole('button', { name: 'Read the measurements' }).click();
	await e.getByRole('button', { name: 'Use these figures' }).click();
	await expect(e.getByRole('status')).toContainText('183 MiB measured');
	await expect(e.getByLabel('CPU demand at your load')).toHaveValue('0.125');
	await expect(row).toContainText('The same, within 1 %');
});

test('it is explained, charted and compared like a catalog workload', async ({ page }) => {
	await open(page);
	await create(page, 'Shop API');
	await editor(page).getByRole('button', { name: 'Done' }).click();
	await place(page, 'Shop API VM');
	const card = cards(page).filter({ hasText: 'Shop API' });
	await card.getByRole('button', { name: /Explain the memory/ }).click();
	const explain = page.getByRole('dialog');
	await expect(explain).toContainText('Shop API');
	await explain.getByRole('button', { name: 'Close' }).click();

	// The memory and disk charts name it in their data tables.
	await showCharts(page);
	for (const id of ['memory', 'disk']) {
		const chart = page.locator(`[data-chart-id="${id}"]`);
		await chart.getByRole('button', { name: 'Show data table' }).click();
		await expect(chart.getByRole('table')).toContainText('Shop API');
	}

	// What fits, density and startup: it is a choice under its own heading, and the charts follow it.
	const fit = page.locator('section.fit').getByLabel('Workload');
	await expect(fit.locator('optgroup[label="Your own"] option')).toHaveText(['Shop API']);
	await fit.selectOption({ label: 'Shop API' });
	await expect(page.locator('section.fit tr[data-kind="vm"] td.num')).not.toHaveText('—');
	for (const [id, title] of [
		['density', 'Density: Shop API'],
		['startup', 'Startup: Shop API']
	] as const) {
		const chart = page.locator(`[data-chart-id="${id}"]`);
		await chart.scrollIntoViewIfNeeded();
		await expect(chart.getByRole('heading', { level: 3 })).toHaveText(title);
	}

	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(
		page.locator('.side').nth(1).locator('li.card', { hasText: 'Shop API' })
	).toBeVisible();
	await expect(chip(page, 'Shop API container')).toBeVisible();

	// A ready-made comparison brings its hosts and groups; both sides keep the workload.
	const readyMade = page.getByLabel('Ready-made comparisons');
	await readyMade.selectOption({ index: 1 });
	await expect(
		page.locator('.side').nth(1).locator('li.card', { hasText: 'Shop API' })
	).toHaveCount(0);
	for (const side of ['A', 'B']) {
		await page.getByLabel(`Edit ${side}`).check();
		await expect(chip(page, 'Shop API container')).toBeVisible();
	}
});

test('an own workload survives a reload and a share link', async ({ page, browser }) => {
	await open(page);
	await create(page, 'Billing');
	await editor(page).getByLabel('App start time').fill('2500');
	await editor(page).getByLabel('App start time').press('Enter');
	await editor(page).getByRole('button', { name: 'Done' }).click();
	await place(page, 'Billing container');
	await expect(cards(page)).toHaveCount(4);
	const link = await linkOf(page);

	await page.reload();
	await settled(page);
	await expect(cards(page).filter({ hasText: 'Billing' })).toBeVisible();
	await expect(chip(page, 'Billing VM')).toBeVisible();

	const fresh = await (await browser.newContext()).newPage();
	await fresh.goto(link);
	await settled(fresh);
	await expect(cards(fresh).filter({ hasText: 'Billing' })).toBeVisible();
	await fresh.getByRole('button', { name: 'Edit your workload Billing' }).click();
	await expect(editor(fresh).getByLabel('App start time')).toHaveValue('2500');
	await fresh.context().close();
});

const fixture = (v: number) =>
	JSON.parse(readFileSync(`tests/unit/fixtures/links-v${v}.json`, 'utf8')) as {
		cases: {
			name: string;
			link: string;
			state: { scenario: { name: string; groups: unknown[] } };
		}[];
	};

test('v1, v2 and v3 links from the golden fixtures still open, a v3 link with its own workload', async ({
	page
}) => {
	for (const v of [1, 2, 3]) {
		const c = fixture(v).cases[0]!;
		await page.goto(`/?s=${c.link}`);
		await settled(page);
		await expect(page.locator('header [data-scenario-name]'), `v${v}`).toContainText(
			c.state.scenario.name
		);
		await expect(cards(page), `v${v}`).toHaveCount(c.state.scenario.groups.length);
	}
	// The v3 link, open now, brings its own workload with its figures.
	await expect(chip(page, 'Shop API container')).toBeVisible();
	await page.getByRole('button', { name: 'Edit your workload Shop API' }).click();
	await expect(editor(page).getByRole('row', { name: /Memory of the app/ })).toContainText(
		'412 MiB'
	);
});

test('the lessons and the quiz open over a scenario of own workloads without an error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/?s=${fixture(3).cases[0]!.link}`);
	await settled(page);
	await page.getByRole('button', { name: 'Quiz', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Close quiz' })).toBeVisible();
	await page.getByRole('button', { name: 'Lessons', exact: true }).click();
	await page.locator('button[data-lesson]').first().click();
	await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByRole('button', { name: '← Previous' })).toBeEnabled();
	await settled(page);
	// The step brought its own host and groups, not a change to undo; the person's workload stays
	// in the palette (the lesson panel closed, the lesson still running), placeable.
	await expect(page.getByText('The sandbox has changed since this step opened.')).toBeHidden();
	await page.getByRole('button', { name: /^Lessons/ }).click();
	await expect(chip(page, 'Shop API container')).toBeVisible();
	const before = await cards(page).count();
	await place(page, 'Shop API container');
	await expect(cards(page)).toHaveCount(before + 1);
	expect(errors).toEqual([]);
});
