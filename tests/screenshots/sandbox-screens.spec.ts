import { expect, test } from '@playwright/test';

/**
 * The sandbox as a learner or engineer sees it, at 1280×800 and 1024×768: the starting scenario
 * with a big group (columns of instances), compare mode, and the charts, into
 * screenshots/sandbox/ (git-ignored). `npm run screenshots`, after `npm run build`.
 */
for (const [width, height] of [
	[1280, 800],
	[1024, 768]
] as const) {
	test(`sandbox at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const shot = (name: string) =>
			page.screenshot({ path: `screenshots/sandbox/${name}-${width}x${height}.png` });
		await page.goto('/');
		await page.locator('html[data-live]').waitFor({ state: 'attached' });
		const count = page
			.locator('li.card', { hasText: 'nginx as containers' })
			.getByRole('spinbutton');
		await count.fill('250');
		await count.press('Enter');
		await expect(page.locator('#host-dropzone')).toContainText('each column');
		await shot('main');
		await page.getByRole('button', { name: 'Compare A/B' }).click();
		await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
		await shot('compare');
		await page.getByTestId('charts').first().scrollIntoViewIfNeeded();
		await shot('compare-charts');
	});
}
