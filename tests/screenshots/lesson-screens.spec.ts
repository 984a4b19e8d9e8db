import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lib/teach/lessons';

/** Open the sandbox and wait until the page is live (it has written its first link). */
async function open(page: Page) {
	await page.goto('/');
	await expect(page).toHaveURL(/[?&]s=v\d+\./);
}

/**
 * Screenshots of every lesson step and of the quiz, at a projector's 1024×768 and a laptop's
 * 1280×800, into screenshots/teach/ (git-ignored) to be looked at: `npm run screenshots`
 * (after `npm run build`). Not part of `npm test`.
 */

for (const [width, height] of [
	[1024, 768],
	[1280, 800]
] as const) {
	for (const lesson of LESSONS) {
		test(`${lesson.id} at ${width}×${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			for (const [i, step] of lesson.steps.entries()) {
				await page.goto(`/?lesson=${lesson.id}&step=${i + 1}`);
				await expect(page.locator('[data-caption]')).toContainText(step.caption);
				await page.screenshot({
					path: `screenshots/teach/${lesson.id}-${i + 1}-${width}x${height}.png`
				});
			}
		});
	}

	test(`quiz at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await open(page);
		await page.getByRole('button', { name: 'Quiz' }).click();
		const q = page.locator('[data-question="fit-containers"]');
		await q.getByRole('spinbutton').fill('400');
		await q.getByRole('button', { name: 'Reveal' }).click();
		await page.screenshot({ path: `screenshots/teach/quiz-${width}x${height}.png` });
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next question →' }).click();
		await page.getByLabel('They isolate applications more strongly than VMs.').check();
		await page.screenshot({ path: `screenshots/teach/quiz-classic-${width}x${height}.png` });
	});
}
