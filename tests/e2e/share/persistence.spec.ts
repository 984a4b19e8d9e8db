/**
 * Nothing the person made is lost (issue 12, items 1–7 and 13–15), in the built app: links and
 * lesson links keep the autosave, an unreadable autosave is never written over, embeds never
 * write, two tabs never overwrite each other silently, import restores what export writes, the
 * last edit before closing is saved, and every message says what happened and what to do.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { autosaveOf, settled, v1Link } from '../fixtures/helpers';
import {
	banner,
	countOf,
	earlierTexts,
	scenarioName,
	setCount,
	shared,
	workSaved
} from '../fixtures/persistenceHelpers';

test.describe('opening something else keeps the work', () => {
	test('a share link writes nothing until an edit, and the earlier work can be restored', async ({
		page
	}) => {
		await workSaved(page, 'nginx as VMs', 17);
		const before = await autosaveOf(page);
		await page.goto(`/?s=${v1Link(shared('from a colleague'))}`);
		await settled(page);
		await expect(scenarioName(page)).toHaveText('from a colleague');
		await expect(banner(page, 'earlier scenario')).toContainText(
			'Your earlier scenario “nginx three ways” was kept: Restore brings it back.'
		);
		expect(await autosaveOf(page)).toBe(before);

		// The first edit keeps the earlier work aside before the autosave is replaced.
		await setCount(page, 'Redis', 5);
		await settled(page);
		expect(await autosaveOf(page)).toContain('from a colleague');
		expect((await earlierTexts(page)).join()).toContain('"count":17');
		await banner(page, 'earlier scenario').getByRole('button', { name: 'Restore' }).click();
		await expect(scenarioName(page)).toHaveText('nginx three ways');
		await expect(countOf(page, 'nginx as VMs')).toHaveValue('17');
		// The link's scenario is one Undo away.
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(scenarioName(page)).toHaveText('from a colleague');
		// And the kept work stays reachable from Earlier work.
		await page.getByRole('button', { name: 'Earlier work (1)' }).click();
		await page
			.getByRole('dialog', { name: 'Earlier work' })
			.getByRole('button', { name: 'Restore' })
			.click();
		await expect(countOf(page, 'nginx as VMs')).toHaveValue('17');
	});

	test('a lesson link keeps the autosaved work the same way', async ({ page }) => {
		await workSaved(page, 'nginx as containers', 42);
		const before = await autosaveOf(page);
		await page.goto('/?lesson=density&step=2');
		await settled(page);
		await expect(page.locator('[data-step-of]')).toHaveText(/^2 of /);
		expect(await autosaveOf(page)).toBe(before);
		await banner(page, 'earlier scenario').getByRole('button', { name: 'Restore' }).click();
		await expect(countOf(page, 'nginx as containers')).toHaveValue('42');
	});
});

test('an autosave that cannot be read is never written over, and can be downloaded', async ({
	page
}) => {
	const newer = JSON.stringify({ format: 'overhead-sandbox-scenario', version: 9, scenario: {} });
	await page.addInitScript((text) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('overhead-sandbox:autosave', text);
			sessionStorage.setItem('seeded', '1');
		}
	}, newer);
	await page.goto('/');
	await settled(page);
	const message = banner(page, 'could not be read');
	await expect(message).toContainText('newer version of Overhead Sandbox');
	await expect(message).toContainText('kept as it was, not saved over');
	expect(await autosaveOf(page)).toBe(newer);
	const download = page.waitForEvent('download');
	await message.getByRole('button', { name: 'Download it' }).click();
	expect(readFileSync(await (await download).path(), 'utf8')).toBe(newer);

	// An edit saves the new work only after the unreadable text is set aside, exactly as it was.
	await setCount(page, 'nginx as VMs', 6);
	await settled(page);
	expect(await earlierTexts(page)).toEqual([newer]);
	expect(await autosaveOf(page)).toContain('"count":6');
});

test('an embedded view never writes the autosave, and a file dropped on it changes nothing', async ({
	page
}) => {
	await workSaved(page, 'nginx as VMs', 9);
	const before = await autosaveOf(page);
	const entries = await page.evaluate(() => history.length);
	await page.goto(`/?s=${v1Link(shared('embedded'))}&embed`);
	await settled(page);
	await expect(scenarioName(page)).toHaveText('embedded');
	expect(await autosaveOf(page)).toBe(before);

	const file = await page.evaluateHandle(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(['{}'], 'x.json', { type: 'application/json' }));
		return dt;
	});
	await page.dispatchEvent('main', 'drop', { dataTransfer: file });
	await expect(banner(page, 'embedded in another page')).toBeVisible();
	await settled(page);
	expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	expect(await autosaveOf(page)).toBe(before);
});

test('two tabs: a save from the other tab is noticed, and nothing is overwritten silently', async ({
	context
}) => {
	const one = await context.newPage();
	await workSaved(one, 'nginx as VMs', 5);
	const two = await context.newPage();
	await two.goto('/');
	await settled(two);
	await expect(countOf(two, 'nginx as VMs')).toHaveValue('5');

	await setCount(one, 'nginx as VMs', 8);
	await settled(one);
	const notice = banner(two, 'Another tab saved different work');
	await expect(notice).toBeVisible();
	// Tab two's own edit goes aside; it does not replace tab one's save.
	await setCount(two, 'nginx as microVMs', 11);
	await settled(two);
	expect(await autosaveOf(two)).toContain('"count":8');
	expect(await autosaveOf(two)).not.toContain('"count":11');
	expect((await earlierTexts(two)).join()).toContain('"count":11');
	await notice.getByRole('button', { name: 'Open the other tab’s work' }).click();
	await expect(countOf(two, 'nginx as VMs')).toHaveValue('8');
});

test('import brings back the lesson, its own steps and the view that export wrote', async ({
	page
}) => {
	await page.goto('/?lesson=stacks&step=4');
	await settled(page);
	await page.getByRole('button', { name: 'Save this sandbox as my own step' }).click();
	await page.getByLabel('Caption for your step').fill('My own step');
	await page.getByRole('button', { name: 'Save step' }).click();
	await expect(page.locator('[data-step-of]')).toHaveText('5 of 5');
	await page
		.getByRole('region', { name: 'What fits on an empty host' })
		.getByLabel('Workload')
		.selectOption({ label: 'Redis cache' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export JSON' }).click();
	const text = readFileSync(await (await download).path(), 'utf8');

	await page.getByRole('button', { name: 'Leave lesson' }).click();
	await expect(page.locator('[data-step-of]')).toHaveCount(0);
	await page.getByLabel('Import a scenario file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(banner(page, 'Imported')).toContainText(
		'with the lesson at step 5 with 1 step of your own'
	);
	await expect(page.locator('[data-step-of]')).toHaveText('5 of 5');
	await expect(page.locator('[data-caption]')).toContainText('My own step');
	await expect(
		page.getByRole('region', { name: 'What fits on an empty host' }).getByLabel('Workload')
	).toHaveValue('redis');
});

test.describe('the last edit before leaving is saved', () => {
	test('an edit right before a reload', async ({ page }) => {
		await page.goto('/');
		await settled(page);
		await countOf(page, 'nginx as VMs').fill('23');
		await countOf(page, 'nginx as VMs').press('Enter');
		await page.reload();
		await settled(page);
		await expect(countOf(page, 'nginx as VMs')).toHaveValue('23');
	});

	test('an edit right before the tab closes', async ({ context }) => {
		const page = await context.newPage();
		await page.goto('/');
		await settled(page);
		await countOf(page, 'nginx as VMs').fill('31');
		await countOf(page, 'nginx as VMs').press('Enter');
		await page.close({ runBeforeUnload: true });
		const again = await context.newPage();
		await again.goto('/');
		await settled(again);
		await expect(countOf(again, 'nginx as VMs')).toHaveValue('31');
	});
});

test('undo history survives a reload', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await setCount(page, 'nginx as VMs', 6);
	await setCount(page, 'nginx as VMs', 7);
	await settled(page);
	await page.reload();
	await settled(page);
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('7');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('6');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('4');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('6');
});

test('a link too long for many servers is said so before it is shared, with the file offered', async ({
	page
}) => {
	// Labels no compressor can shrink make a long link without a heavy scenario.
	let seed = 7;
	const noise = () =>
		Array.from({ length: 190 }, () => {
			seed = (seed * 48271) % 2147483647;
			return String.fromCharCode(33 + (seed % 90));
		}).join('');
	const groups = Array.from({ length: 60 }, (_, i) => ({
		id: `g${i + 1}`,
		kind: 'container',
		workload: 'hello',
		count: 1,
		label: noise()
	}));
	await page.goto(`/?s=${v1Link({ scenario: { ...shared('long').scenario, groups } })}`);
	await settled(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	const warning = banner(page, 'characters long');
	await expect(warning).toContainText('many servers and chat tools refuse or cut links over 8,000');
	const download = page.waitForEvent('download');
	await warning.getByRole('button', { name: 'Export JSON' }).click();
	expect((await download).suggestedFilename()).toBe('long.json');
});
