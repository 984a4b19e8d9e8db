/**
 * Presenting at every text size the A− / A+ control offers, at a 1024×768 projector: on every
 * lesson step the page never scrolls sideways, the header stays two rows, and no word (a kind's
 * name above all) breaks in the middle. Larger text than 100 % may make a step scroll down.
 */
import { expect, test } from '../fixtures/app';
import { LESSONS } from '../../../src/lib/teach/lessons';
import { TEXT_SCALES } from '../../../src/lib/teach/textSize';
import { brokenWords, drawn, expectNoSidewaysScroll, toolbarRows } from './screen';

test.use({ viewport: { width: 1024, height: 768 } });

for (const lesson of LESSONS)
	test(`${lesson.title}: every step fits sideways at every text size`, async ({ app, page }) => {
		test.setTimeout(180_000);
		const size = page.locator('[data-text-size]');
		const smaller = page.getByRole('button', { name: 'A− smaller text' });
		const larger = page.getByRole('button', { name: 'A+ larger text' });
		for (let i = 1; i <= lesson.steps.length; i++) {
			await app.openLessonStep(lesson.id, i, { present: true });
			while (await smaller.isEnabled()) await smaller.click();
			for (const [k, scale] of TEXT_SCALES.entries()) {
				if (k > 0) await larger.click();
				await expect(size).toHaveAttribute('data-text-size', String(scale));
				await drawn(page);
				const what = `${lesson.id} step ${i} at ${scale * 100} %`;
				await expectNoSidewaysScroll(page, what);
				expect(await toolbarRows(page), `${what}: toolbar rows`).toBeLessThanOrEqual(2);
				expect(await brokenWords(page.locator('section.teach')), `${what}: broken words`).toEqual(
					[]
				);
			}
			await expect(larger).toBeDisabled();
		}
	});
