import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('home page loads with its title and no console or page errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));

	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toContainText('Overhead Sandbox');
	await page.waitForLoadState('networkidle');

	expect(errors).toEqual([]);
});

test('home page has no axe accessibility violations', async ({ page }) => {
	test.setTimeout(1 * 30_000 + 30_000); // One axe pass takes 15–22 s on a busy 2-core machine: room for each pass, not a sleep.
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('Overhead Sandbox');

	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
