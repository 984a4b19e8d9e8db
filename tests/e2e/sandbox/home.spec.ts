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
