import { expect, test } from '@playwright/test';

/**
 * Presentation mode as a class sees it, at a projector's 1024×768 and a laptop's 1280×800:
 * the sandbox, the first lesson's stacks, and the charts (drawn larger when presenting), into
 * screenshots/present/ (git-ignored). `npm run screenshots`, after `npm run build`.
 */
for (const [width, height] of [
	[1024, 768],
	[1280, 800]
] as const) {
	test(`presentation at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		// Still pictures: no transitions caught halfway.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const shot = (name: string) =>
			page.screenshot({ path: `screenshots/present/${name}-${width}x${height}.png` });
		await page.goto('/?present');
		await page.locator('html[data-live]').waitFor({ state: 'attached' });
		await expect(page.locator('html.presenting')).toHaveCount(1);
		await shot('sandbox');
		await page.goto('/?present&lesson=stacks&step=1');
		await expect(page.locator('[data-caption]')).toBeVisible();
		await shot('stacks');
		await page.goto('/?present');
		await page.locator('html[data-live]').waitFor({ state: 'attached' });
		const charts = page.getByTestId('charts');
		await charts.scrollIntoViewIfNeeded();
		await expect(charts.locator('svg[data-chart]').first()).toBeVisible();
		await shot('charts');
	});
}
