import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lib/teach/lessons';

/**
 * The classroom in presentation mode, to be looked at as a class would see it: every step of every
 * lesson (the boot race played to its finish) and every quiz question once answered, at a
 * projector's 1024×768, a laptop's 1280×800, a 1920×1080 screen and a 390×844 phone. Into
 * screenshots/classroom/ (git-ignored), or $SHOTS_DIR. `npm run screenshots`, after `npm run build`.
 */
const dir = process.env.SHOTS_DIR ?? 'screenshots/classroom';

const SIZES = [
	[1024, 768],
	[1280, 800],
	[1920, 1080],
	[390, 844]
] as const;

async function finishRace(page: Page) {
	const step = page.getByTestId('boot-race').getByRole('button', { name: 'Step ›' });
	while (await step.isEnabled()) await step.click();
	await expect(page.getByTestId('race-announcement')).toContainText('Every lane is ready');
}

for (const [width, height] of SIZES) {
	const size = `${width}x${height}`;
	/** A phone scrolls: the whole page. A projector must not: the window only. */
	const fullPage = width < 600;
	for (const lesson of LESSONS) {
		test(`${lesson.id}, presenting, at ${size}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			// Still pictures: no transitions caught halfway.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			for (const [i, step] of lesson.steps.entries()) {
				await page.goto(`/?present&lesson=${lesson.id}&step=${i + 1}`);
				await expect(page.locator('[data-caption]')).toContainText(step.caption);
				if (step.show === 'bootRace') await finishRace(page);
				await page.screenshot({ path: `${dir}/${lesson.id}-${i + 1}-${size}.png`, fullPage });
			}
		});
	}

	test(`quiz, presenting, at ${size}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?present');
		await page.locator('html[data-live]').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Quiz' }).click();
		const counter = page.locator('[data-question-of]');
		await expect(counter).toHaveText(/^Question 1 of \d+$/);
		const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
		for (let n = 1; n <= total; n++) {
			const question = page.locator('.question:not([hidden])');
			if (n < total) {
				await question.getByRole('spinbutton').fill('100');
				await question.getByRole('button', { name: 'Reveal' }).click();
			} else await question.getByRole('radio').nth(1).click();
			await page.screenshot({ path: `${dir}/quiz-${n}-${size}.png`, fullPage });
			if (n < total) await page.getByRole('button', { name: 'Next question →' }).click();
		}
	});
}
