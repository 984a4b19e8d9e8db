import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the sandbox has no axe violations, also with a group overflowing and the explain dialog open', async ({
	page
}) => {
	test.setTimeout(2 * 30_000 + 30_000); // One axe pass takes 15–22 s on a busy 2-core machine: room for each pass, not a sleep.
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	const count = page.locator('li.card', { hasText: 'nginx as VMs' }).getByRole('spinbutton');
	await count.fill('500');
	await count.press('Enter');
	await page.getByRole('button', { name: 'Explain memory in use' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('the sandbox works at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.locator('#host-dropzone')).toBeVisible();
	const chip = page.getByRole('button', {
		name: 'Hello web app container: grab to place on the host'
	});
	await chip.click();
	await page.locator('#host-dropzone').click();
	await expect(page.locator('li.card', { hasText: 'Hello web app containers' })).toBeVisible();
	const overflowX = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflowX).toBeLessThanOrEqual(0);
});
