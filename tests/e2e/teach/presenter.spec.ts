import { expect, test, type Page } from '@playwright/test';
import { defaultScenario } from '../../../src/lib/model';
import { LESSONS, lessonById } from '../../../src/lib/teach/lessons';
import { v1Link } from '../fixtures/helpers';
import { drawn } from './screen';

/**
 * Presenting to a class (issue 13): a clicker that walks across lessons, a 390 px phone, a long
 * scenario name, the boot race's colour key, the text size, and the sandbox kept out of a
 * lesson's one screen. A teacher's own step across lessons is in lessons.spec.ts.
 */

// Several pages and key presses per test, on a machine other suites may be loading too.
test.describe.configure({ timeout: 60_000 });

const stepOf = (id: string, n: number) => lessonById(id)!.steps[n - 1]!;
const caption = (page: Page) => page.locator('[data-caption]');
const stepOfN = (page: Page) => page.locator('[data-step-of]');
const lessonSelect = (page: Page) => page.locator('section.teach h2 select');

async function openLive(page: Page, url: string) {
	await page.goto(url);
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	if (url.includes('present')) await expect(page.locator('html.presenting')).toHaveCount(1);
}

test.describe('a clicker walks the course', () => {
	test('→ and ← step through a lesson and on across lessons, Page Down and Page Up too; R goes back to the first step', async ({
		page
	}) => {
		await openLive(page, '/?present&lesson=stacks&step=1');
		await expect(stepOfN(page)).toHaveText('1 of 4');
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		// The course begins with the first lesson's first step: ← stays there.
		await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
		await page.keyboard.press('ArrowLeft');
		await expect(stepOfN(page)).toHaveText('1 of 4');
		await expect(lessonSelect(page)).toHaveValue('stacks');
		// Through the lesson, a step at a time.
		await page.keyboard.press('ArrowRight');
		await expect(stepOfN(page)).toHaveText('2 of 4');
		await page.keyboard.press('ArrowRight');
		await expect(stepOfN(page)).toHaveText('3 of 4');
		await page.keyboard.press('ArrowLeft');
		await expect(stepOfN(page)).toHaveText('2 of 4');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(stepOfN(page)).toHaveText('4 of 4');
		// → after the lesson's last step opens the next lesson; ← goes back into the one before.
		await expect(page.getByRole('button', { name: 'Next lesson →' })).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(lessonSelect(page)).toHaveValue('density');
		await expect(stepOfN(page)).toHaveText('1 of 4');
		await expect(caption(page)).toContainText(stepOf('density', 1).caption);
		await expect(page.getByRole('button', { name: '← Previous lesson' })).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(lessonSelect(page)).toHaveValue('stacks');
		await expect(stepOfN(page)).toHaveText('4 of 4');
		// Page Down and Page Up, which most clickers send, do the same.
		await page.keyboard.press('PageDown');
		await expect(lessonSelect(page)).toHaveValue('density');
		await page.keyboard.press('PageUp');
		await expect(lessonSelect(page)).toHaveValue('stacks');
		await expect(caption(page)).toContainText(stepOf('stacks', 4).caption);
		// R goes back to the lesson's first step.
		await page.keyboard.press('r');
		await expect(stepOfN(page)).toHaveText('1 of 4');
		await expect(lessonSelect(page)).toHaveValue('stacks');
	});

	test('at the end of the course → stays and says so', async ({ page }) => {
		// The course ends with the last lesson's last step.
		const last = LESSONS.at(-1)!;
		await openLive(page, `/?present&lesson=${last.id}&step=${last.steps.length}`);
		await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[aria-live="polite"][aria-atomic="true"].sr-only')).toHaveText(
			'This is the last step of the last lesson.'
		);
		await expect(lessonSelect(page)).toHaveValue(last.id);
		await expect(stepOfN(page)).toHaveText(`${last.steps.length} of ${last.steps.length}`);
	});
});

test('with the quiz open, the arrows leave the lesson behind it alone: the quiz’s host stays', async ({
	page
}) => {
	await openLive(page, '/?present&lesson=stacks&step=2');
	await page.getByRole('button', { name: 'Quiz' }).click();
	const host = page.locator('[data-quiz-host]');
	await expect(host).toContainText('16 cores');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys for presenting' })).toBeVisible();
	await page.keyboard.press('Escape');
	// Still the lesson's step 2 under the quiz: VirtualBox, not step 3's ESXi.
	await expect(host).toContainText('Oracle VirtualBox');
	await page.getByRole('button', { name: 'Lessons' }).click();
	await expect(stepOfN(page)).toHaveText('2 of 4');
});

test('on a 390 px phone, presentation mode is no wider than the screen: the sandbox, every lesson step, the quiz', async ({
	page
}) => {
	// Every step of the course, one after another, on a machine that may be busy.
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const width = () => page.evaluate(() => document.documentElement.scrollWidth);
	await openLive(page, '/?present');
	expect(await width(), 'the sandbox').toBeLessThanOrEqual(390);
	// A clicker's → walks the course: each step of each lesson, then on to the next lesson.
	await openLive(page, `/?present&lesson=${LESSONS[0]!.id}&step=1`);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	for (const lesson of LESSONS)
		for (const [i, step] of lesson.steps.entries()) {
			const what = `${lesson.id} step ${i + 1}`;
			await expect(lessonSelect(page), what).toHaveValue(lesson.id);
			await expect(stepOfN(page), what).toHaveText(`${i + 1} of ${lesson.steps.length}`);
			await expect(caption(page), what).toContainText(step.caption);
			await drawn(page);
			expect(await width(), what).toBeLessThanOrEqual(390);
			await page.keyboard.press('ArrowRight');
		}
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(page.locator('[data-question-of]')).toBeVisible();
	expect(await width(), 'quiz').toBeLessThanOrEqual(390);
});

test('a long scenario name takes one line of the presenting header, cut, not eight', async ({
	page
}) => {
	const name = 'A very long scenario name that a teacher typed for a class '.repeat(3).trim();
	await openLive(page, `/?present&s=${v1Link({ scenario: { ...defaultScenario(), name } })}`);
	const shown = page.locator('header .scenario .clip');
	await expect(shown).toHaveText(name);
	// Cut with "…" inside the header, the rename button still beside it.
	expect(await shown.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(page.getByRole('button', { name: /^Rename the scenario/ })).toBeInViewport();
	const lines = await page.locator('header .tagline').evaluate((el) => {
		const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
		return Math.round(el.getBoundingClientRect().height / lineHeight);
	});
	expect(lines).toBe(1);
	// The header stays two rows of buttons at most at a projector's width.
	const header = await page.locator('header').boundingBox();
	expect(header!.height).toBeLessThan(110);
});

test('the boot race has a colour key: every phase on a track, in the colour the track draws it', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?lesson=boot-race&step=2');
	const race = page.getByTestId('boot-race');
	const step = race.getByRole('button', { name: 'Step ›' });
	while (await step.isEnabled()) await step.click();
	const legend = page.getByTestId('race-legend');
	await expect(legend).toBeVisible();
	const keyed = await legend
		.locator('li')
		.evaluateAll((lis) =>
			lis.map((li) => [
				li.getAttribute('data-phase')!,
				getComputedStyle(li.querySelector('.swatch')!).backgroundColor
			])
		);
	expect(keyed.map(([, text]) => text)).not.toContain('');
	// The tracks' filled segments, by phase, with their colours.
	const trackColours = await race
		.locator('.fill .seg')
		.evaluateAll((segs) =>
			segs
				.map((s) => getComputedStyle(s).backgroundColor)
				.filter((c, i, all) => all.indexOf(c) === i)
		);
	expect(new Set(keyed.map(([, colour]) => colour))).toEqual(new Set(trackColours));
	await expect(legend).toContainText('Image pull');
	await expect(legend).toContainText('Firmware');
	await expect(legend).toContainText('App start');
});

const rootPx = (page: Page) =>
	page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('presentation text size: A+ and A− step it, the + and − keys too, and this browser keeps it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openLive(page, '/?present');
	expect(await rootPx(page)).toBe(20);
	await page.getByRole('button', { name: 'Larger text' }).click();
	await expect.poll(() => rootPx(page)).toBe(23);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('+');
	await expect.poll(() => rootPx(page)).toBe(26);
	await page.keyboard.press('-');
	await expect.poll(() => rootPx(page)).toBe(23);
	await expect(page.getByRole('group', { name: 'Text size 115 %' })).toBeVisible();
	// Kept across a reload, and for presenting only: the normal page keeps its size.
	await page.reload();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect.poll(() => rootPx(page)).toBe(23);
	await page.keyboard.press('p');
	await expect.poll(() => rootPx(page)).toBe(16);
	// Smallest: A− stops there.
	await page.keyboard.press('p');
	const smaller = page.getByRole('button', { name: 'Smaller text' });
	while (await smaller.isEnabled()) await smaller.click();
	await expect.poll(() => rootPx(page)).toBe(16);
	// The keys list says how.
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys for presenting' })).toContainText(
		'Larger or smaller text'
	);
});

test('presenting a lesson, the sandbox waits under the Sandbox button', async ({ page }) => {
	await openLive(page, '/?present&lesson=density&step=2');
	await expect(page.locator('#host-dropzone')).toHaveCount(0);
	const sandbox = page.getByRole('button', { name: 'Sandbox', exact: true });
	await expect(sandbox).toHaveAttribute('aria-expanded', 'false');
	await sandbox.click();
	await expect(page.locator('#host-dropzone')).toBeVisible();
	await expect(sandbox).toHaveAttribute('aria-expanded', 'true');
	// Without a lesson or the quiz, presenting shows the sandbox as before.
	await page.getByRole('button', { name: 'Leave lesson' }).click();
	await expect(page.getByRole('button', { name: 'Workloads' })).toBeVisible();
	await expect(page.locator('#host-dropzone')).toBeVisible();
});
