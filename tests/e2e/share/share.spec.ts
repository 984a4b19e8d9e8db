import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { linkOf, settled, showCharts, v1Link } from '../fixtures/helpers';
import { HOST } from '../fixtures/persistenceHelpers';

const figures = (page: Page) =>
	page
		.locator('[data-figure]')
		.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-figure')}=${e.textContent}`));
const card = (scope: Page | Locator, name: string) => scope.locator('li.card', { hasText: name });

async function setCount(scope: Page | Locator, name: string, count: number) {
	const field = card(scope, name).getByRole('spinbutton');
	await field.fill(String(count));
	await field.press('Enter');
}

test('a shared link opens in a fresh browser with identical figures', async ({ page, browser }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await setCount(page, 'nginx as VMs', 17);
	await page.getByRole('button', { name: 'Small server' }).click();
	await page.getByLabel('Memory', { exact: true }).fill('48');
	await page.getByLabel('Memory', { exact: true }).press('Enter');
	await expect(page.locator('[data-figure="memory"]')).toContainText('of 48 GiB');
	const url = await linkOf(page);
	const expected = await figures(page);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(url);
	await expect(card(other, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('17');
	expect(await figures(other)).toEqual(expected);
	await fresh.close();
});

test.describe('broken links show a message and a working page', () => {
	test('a truncated link, one from a newer version and one not ours each say why, and the page works', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// Each broken link opens the work saved before it: the default's 3 groups, plus one per visit.
		for (const [i, [link, text, workload]] of (
			[
				['v1.nZC9bsMwDIRfJeCsIW6aDB6bo', /damaged or incomplete/, 'Hello web app'],
				['v9.nZC9bsMwDIRfJeCsIW6aDB6boZPRoUCX', /newer version of Overhead Sandbox/, 'Redis cache'],
				['hello-world', /does not start with a version/, 'PostgreSQL database']
			] as const
		).entries()) {
			await page.goto(`/?s=${link}`);
			await expect(
				page.getByRole('status').filter({ hasText: 'could not be opened' })
			).toContainText(text);
			await expect(page.locator('li.card')).toHaveCount(3 + i);
			await page.getByRole('button', { name: `${workload} VM: grab to place on the host` }).click();
			await page.locator('#host-dropzone').click();
			await expect(card(page, `${workload} VMs`)).toBeVisible();
		}
		expect(errors).toEqual([]);
	});

	test('script in a scenario name is shown as text, never run', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const state = {
			scenario: {
				version: 1,
				name,
				host: HOST,
				groups: [
					{ id: 'g1', kind: 'container', workload: 'hello', count: 2, label: '<b>bold?</b>' }
				]
			}
		};
		await page.goto(`/?s=${v1Link(state)}`);
		await expect(page.locator('header [data-scenario-name] .text')).toHaveText(name);
		await expect(card(page, '<b>bold?</b>')).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});
});

test('compare mode shows both hosts and signed deltas, and lives in the link', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	await expect(page.locator('tr[data-delta="memory"] td.diff')).toContainText('±0');
	// B is active after duplicating: make B bigger.
	await setCount(page.locator('.side').nth(1), 'nginx as VMs', 8);
	await expect(page.locator('tr[data-delta="memory"] td.diff')).toContainText('+');
	await expect(page.locator('tr[data-delta="vcpus"] td.diff')).toHaveText(/\+4/);
	await expect(page.locator('tr[data-delta="vcpus"] td').nth(3)).toHaveText('1.5× more');
	// The charts mirror both sides.
	await showCharts(page, 8);
	await expect(page.getByRole('heading', { name: /^Charts — A:/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Charts — B:/ })).toBeVisible();

	const url = await linkOf(page);
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(url);
	await expect(other.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	await expect(other.locator('tr[data-delta="vcpus"] td.diff')).toHaveText(/\+4/);
	await fresh.close();
});

test('a ready-made comparison opens with both sides', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.getByRole('combobox', { name: 'Ready-made comparisons' }).selectOption('windows');
	await expect(
		page.getByRole('heading', { name: /^A: Windows app in VMs on Linux/ })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /^B: Windows containers on a Windows host/ })
	).toBeVisible();
	await expect(page.locator('li.card.bad')).toHaveCount(0);
});

test('reload restores the autosave', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await setCount(page, 'nginx as containers', 42);
	await linkOf(page);
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(card(page, 'nginx as containers').getByRole('spinbutton')).toHaveValue('42');
});

test('export then import a JSON file round trips the scenario', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await setCount(page, 'nginx as microVMs', 9);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export JSON' }).click();
	const file = await (await download).path();
	const text = readFileSync(file, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ format: 'overhead-sandbox-scenario', version: 2 });

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(card(page, 'nginx as microVMs').getByRole('spinbutton')).toHaveValue('4');
	await page
		.getByLabel('Import a scenario file')
		.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(card(page, 'nginx as microVMs').getByRole('spinbutton')).toHaveValue('9');
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

	await page.getByLabel('Import a scenario file').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"nope":1}')
	});
	await expect(page.getByRole('status').filter({ hasText: 'could not be imported' })).toBeVisible();
	await expect(card(page, 'nginx as microVMs').getByRole('spinbutton')).toHaveValue('9');
});

test('Back and Forward step between meaningful steps, not every edit', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await setCount(page, 'nginx as VMs', 6);
	await linkOf(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	await settled(page);
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toHaveCount(0);
	await expect(card(page, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('6');
	await page.goForward();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
});

test('dropping a scenario file on the page imports it', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	const text = JSON.stringify({
		format: 'overhead-sandbox-scenario',
		version: 1,
		scenario: {
			version: 1,
			name: 'dropped file',
			host: HOST,
			groups: [{ id: 'g1', kind: 'container', workload: 'redis', count: 3 }]
		}
	});
	const dataTransfer = await page.evaluateHandle((t) => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
		return dt;
	}, text);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page.locator('header [data-scenario-name] .text')).toHaveText('dropped file');
	await expect(page.locator('li.card')).toHaveCount(1);
});
