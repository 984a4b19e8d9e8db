/**
 * Nothing the person made is lost, in the built app: every message says what happened and what to
 * do, and the link written after a share link is the same state.
 */
import { expect, test } from '@playwright/test';
import { linkOf, settled, v1Link } from '../fixtures/helpers';
import {
	banner,
	countOf,
	HOST,
	scenarioName,
	setCount,
	shared
} from '../fixtures/persistenceHelpers';

test.describe('messages say what happened and what to do', () => {
	test('links with something wrong open, repaired or refused, in the app’s words', async ({
		page
	}) => {
		// A link pasted with “).” after it (from prose) opens.
		await page.goto(`/?s=${v1Link(shared('from prose'))}).`);
		await settled(page);
		await expect(scenarioName(page)).toHaveText('from prose');

		// A bad optional setting is repaired, not a reason to refuse the link.
		await page.goto(`/?s=${v1Link(shared('odd view', { view: { zoomToUsed: 'yes' } }))}`);
		await settled(page);
		await expect(scenarioName(page)).toHaveText('odd view');
		await page.getByRole('status').getByText('What was changed').click();
		await expect(page.getByRole('status')).toContainText(
			'The view settings were left out: “zoomToUsed” must be true or false.'
		);

		// A repair note prints an absurd number short.
		const absurd = { ...shared('absurd').scenario, host: { ...HOST, cpuCores: 1e308 } };
		await page.goto(`/?s=${v1Link(shared('absurd', { scenario: absurd }))}`);
		await settled(page);
		await page.getByRole('status').getByText('What was changed').click();
		await expect(page.getByRole('status')).toContainText('1 × 10³⁰⁸ cores');

		// A refused link stays in the address bar, in the app's words.
		const refused = v1Link({ nothing: 'here' });
		await page.goto(`/?s=${refused}`);
		await settled(page);
		const message = banner(page, 'could not be opened');
		await expect(message).toContainText('the scenario is missing');
		await expect(message).toContainText('It is still in the address bar');
		await expect(message).not.toContainText('Invalid key');
		expect(new URL(page.url()).searchParams.get('s')).toBe(refused);
	});

	test('when storage is full the app says so, offers the file, keeps working, and the message goes once saving works again', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if ((window as unknown as { full?: boolean }).full !== false)
					throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		await page.goto('/');
		await settled(page);
		await setCount(page, 'nginx as VMs', 5);
		await expect(banner(page, 'storage is full')).toContainText('Export JSON');
		await setCount(page, 'nginx as VMs', 7);
		await expect(page.locator('[data-figure="vcpus"]')).toHaveText('11 of 64');
		await page.evaluate(() => ((window as unknown as { full?: boolean }).full = false));
		await setCount(page, 'nginx as VMs', 6);
		await expect(banner(page, 'storage is full')).toHaveCount(0);
	});

	test('Escape in the step-caption field gives focus back to the button that opened it', async ({
		page
	}) => {
		await page.goto('/?lesson=stacks&step=2');
		await settled(page);
		const save = page.getByRole('button', { name: 'Save this sandbox as my own step' });
		await save.click();
		await page.getByLabel('Caption for your step').press('Escape');
		await expect(save).toBeFocused();
	});

	test('a huge count stays inside its key figure', async ({ page }) => {
		const groups = [{ id: 'g1', kind: 'container', workload: 'hello', count: 1_000_000_000 }];
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto(`/?s=${v1Link({ scenario: { ...shared('huge').scenario, groups } })}`);
		await settled(page);
		for (const dd of await page.locator('.figures dd').all())
			expect(await dd.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
	});
});

test('the link written after a share link is the same state (nothing lost on the way)', async ({
	page
}) => {
	await page.goto(`/?s=${v1Link(shared('round trip'))}`);
	const link = await linkOf(page);
	expect(new URL(link).searchParams.get('s')).toMatch(/^v3\./);
	await page.goto(link);
	await settled(page);
	await expect(scenarioName(page)).toHaveText('round trip');
	await expect(countOf(page, 'Redis')).toHaveValue('3');
});
