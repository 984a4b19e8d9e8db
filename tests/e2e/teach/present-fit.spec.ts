import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../../../src/lib/teach/lessons';

/**
 * A projector at 1024×768 in presentation mode: every step of every lesson, the boot race played
 * to its finish, and every quiz question once answered fit the screen with no scrolling — the
 * page is no taller or wider than the window and every part a class needs lies inside it — and
 * no text in the teaching panel is smaller than 20px (readable from the back of the room).
 */
test.use({ viewport: { width: 1024, height: 768 } });

const MIN_TEXT_PX = 20;

/** The page scrolls neither way. */
async function expectNoScroll(page: Page, what: string) {
	const size = await page.evaluate(() => ({
		height: document.documentElement.scrollHeight,
		width: document.documentElement.scrollWidth,
		innerHeight,
		innerWidth
	}));
	expect(size.height, `${what}: page height`).toBeLessThanOrEqual(size.innerHeight);
	expect(size.width, `${what}: page width`).toBeLessThanOrEqual(size.innerWidth);
}

/** Every element matched lies wholly inside the window. */
async function expectOnScreen(items: Locator, what: string) {
	const boxes = await items.evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return {
				top: r.top,
				bottom: r.bottom,
				left: r.left,
				right: r.right,
				innerHeight,
				innerWidth
			};
		})
	);
	expect(boxes.length, `${what}: found`).toBeGreaterThan(0);
	for (const [i, b] of boxes.entries()) {
		expect(b.top, `${what} ${i + 1}: top`).toBeGreaterThanOrEqual(0);
		expect(b.bottom, `${what} ${i + 1}: bottom`).toBeLessThanOrEqual(b.innerHeight);
		expect(b.left, `${what} ${i + 1}: left`).toBeGreaterThanOrEqual(0);
		expect(b.right, `${what} ${i + 1}: right`).toBeLessThanOrEqual(b.innerWidth);
	}
}

/** Visible text in `root` set smaller than MIN_TEXT_PX, as "tag.class: px" (screen-reader-only text aside). */
const smallText = (root: Locator) =>
	root.evaluate((el, min) => {
		const small: string[] = [];
		for (const e of el.querySelectorAll<HTMLElement>('*')) {
			if (!e.checkVisibility() || e.closest('.sr-only')) continue;
			const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
			const px = parseFloat(getComputedStyle(e).fontSize);
			if (own && px < min - 0.01) small.push(`${e.tagName.toLowerCase()}.${e.className}: ${px}`);
		}
		return small;
	}, MIN_TEXT_PX);

/** What the class must see of each teaching view (besides the caption and the step buttons). */
const KEY_PARTS: Record<string, string> = {
	stacks: '[data-stack] .block',
	density: '[data-density], .density > p',
	layers: '[data-image] > *, [data-disk]',
	bootRace: '[data-lane], [data-testid="race-legend"], [data-testid="race-announcement"]',
	table: 'table.compare tr',
	utilityVm: '[data-utility-vm] > *',
	spectrum: '[data-entry], [data-spectrum] > figcaption, [data-spectrum] .axis',
	spectrumTable: 'table.spectrum-table tr'
};

async function expectStepFits(page: Page, what: string, show: string) {
	await expectNoScroll(page, what);
	await expectOnScreen(page.locator('[data-caption]'), `${what}, caption`);
	await expectOnScreen(page.locator('.teach .nav button, .teach [data-step-of]'), `${what}, steps`);
	await expectOnScreen(page.locator(`[data-view] :is(${KEY_PARTS[show]})`), `${what}, ${show}`);
	expect(await smallText(page.locator('section.teach')), `${what}: small text`).toEqual([]);
}

for (const [k, lesson] of LESSONS.entries()) {
	test(`lesson ${k + 1}, ${lesson.title}: every step fits 1024×768 in presentation mode`, async ({
		page
	}) => {
		// Four steps (and, for the race, every phase stepped through) on a machine that may be busy.
		test.setTimeout(120_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const [i, step] of lesson.steps.entries()) {
			const what = `${lesson.id} step ${i + 1}`;
			await page.goto(`/?present&lesson=${lesson.id}&step=${i + 1}`);
			await expect(page.locator('[data-caption]')).toContainText(step.caption);
			await expect(page.locator('html.presenting')).toHaveCount(1);
			await expect(page.locator(`[data-view="${step.show}"]`)).toBeVisible();
			await expectStepFits(page, what, step.show!);

			if (step.show !== 'bootRace') continue;
			// The boot race played to its finish: the winner and the result are on screen too.
			const race = page.getByTestId('boot-race');
			const stepButton = race.getByRole('button', { name: 'Step ›' });
			while (await stepButton.isEnabled()) await stepButton.click();
			const first = (await race.getAttribute('data-finish-order'))!.split(' ')[0]!;
			await expect(race.locator(`[data-lane="${first}"]`)).toHaveAttribute('data-phase', 'ready');
			await expect(race.locator(`[data-lane="${first}"] [data-status]`)).toContainText('1st');
			await expect(page.getByTestId('race-announcement')).toContainText('Every lane is ready:');
			await expectStepFits(page, `${what}, finished`, step.show);
		}
	});
}

test('every quiz question, answered, fits 1024×768 in presentation mode', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/?present');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.locator('html.presenting')).toHaveCount(1);
	await page.getByRole('button', { name: 'Quiz' }).click();
	const counter = page.locator('[data-question-of]');
	await expect(counter).toHaveText(/^Question 1 of (\d+)$/);
	const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
	for (let n = 1; n <= total; n++) {
		const question = page.locator('.question:not([hidden])');
		const what = `quiz question ${n}`;
		await expectNoScroll(page, `${what}, unanswered`);
		if (n < total) {
			await question.getByRole('spinbutton').fill('100');
			await question.getByRole('button', { name: 'Reveal' }).click();
			await expect(question.locator('[data-answer]')).toBeVisible();
		} else {
			await question.getByRole('radio').first().click();
			await expect(question.locator('[data-explanation]')).toHaveCount(4);
		}
		await expectNoScroll(page, what);
		await expectOnScreen(
			page.locator('.quiz [data-quiz-host], .question:not([hidden]) :is(label, p, legend, li)'),
			what
		);
		await expectOnScreen(page.locator('.quiz .nav > *'), `${what}, buttons`);
		expect(await smallText(page.locator('section.quiz')), `${what}: small text`).toEqual([]);
		if (n < total) {
			await page.getByRole('button', { name: 'Next question →' }).click();
			await expect(counter).toHaveText(`Question ${n + 1} of ${total}`);
		}
	}
});
