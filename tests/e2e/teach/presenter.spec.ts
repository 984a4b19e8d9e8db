import { expect, test, type Page } from '@playwright/test';
import { defaultScenario } from '../../../src/lib/model';
import { LESSONS, lessonById } from '../../../src/lib/teach/lessons';
import { v1Link } from '../fixtures/helpers';

/**
 * Presenting to a class (issue 13): a clicker that walks across lessons, a 390 px phone, a long
 * scenario name, the boot race's colour key, the text size, and the sandbox kept out of a
 * lesson's one screen.
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

test.describe('a clicker walks across lessons (item 13)', () => {
	test('→ after a lesson’s last step opens the next lesson; ← goes back into the one before', async ({
		page
	}) => {
		await openLive(page, '/?present&lesson=stacks&step=4');
		await expect(stepOfN(page)).toHaveText('4 of 4');
		await expect(page.getByRole('button', { name: 'Next lesson →' })).toBeVisible();
		await page.locator('body').click({ position: { x: 5, y: 5 } });
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
	});

	test('at either end of the course the arrows stay and say so', async ({ page }) => {
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
		await openLive(page, '/?present&lesson=stacks&step=1');
		await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowLeft');
		await expect(stepOfN(page)).toHaveText('1 of 4');
		await expect(lessonSelect(page)).toHaveValue('stacks');
	});

	test('a teacher’s own step is still there on coming back from the next lesson', async ({
		page
	}) => {
		await openLive(page, '/?lesson=stacks&step=4');
		await page.getByRole('button', { name: 'Save this sandbox as my own step' }).click();
		await page.getByLabel('Caption for your step').fill('My own last word.');
		await page.getByRole('button', { name: 'Save step' }).click();
		await expect(stepOfN(page)).toHaveText('5 of 5');
		await page.getByRole('button', { name: 'Next lesson →' }).click();
		await expect(lessonSelect(page)).toHaveValue('density');
		await page.getByRole('button', { name: '← Previous lesson' }).click();
		await expect(stepOfN(page)).toHaveText('5 of 5');
		await expect(caption(page)).toContainText('Your step: My own last word.');
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

test('a 390 px phone: presentation mode is no wider than the screen (item 20)', async ({
	page
}) => {
	// Thirteen pages, one after another, on a machine that may be busy.
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	const width = () => page.evaluate(() => document.documentElement.scrollWidth);
	for (const url of [
		'/?present',
		...['stacks', 'density', 'layers', 'boot-race', 'vms-win', 'laptop'].flatMap((id) => [
			`/?present&lesson=${id}&step=1`,
			`/?present&lesson=${id}&step=4`
		])
	]) {
		await openLive(page, url);
		expect(await width(), url).toBeLessThanOrEqual(390);
	}
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(page.locator('[data-question-of]')).toBeVisible();
	expect(await width(), 'quiz').toBeLessThanOrEqual(390);
});

test('a long scenario name takes one line of the presenting header, cut, not eight (item 21)', async ({
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

test('the boot race has a colour key: every phase on a track, in the colour the track draws it (item 22)', async ({
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
	const drawn = await race
		.locator('.fill .seg')
		.evaluateAll((segs) =>
			segs
				.map((s) => getComputedStyle(s).backgroundColor)
				.filter((c, i, all) => all.indexOf(c) === i)
		);
	expect(new Set(keyed.map(([, colour]) => colour))).toEqual(new Set(drawn));
	await expect(legend).toContainText('Image pull');
	await expect(legend).toContainText('Firmware');
	await expect(legend).toContainText('App start');
});

test.describe('presentation text size', () => {
	const rootPx = (page: Page) =>
		page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

	test('A+ and A− step the text size, the + and − keys too, and this browser keeps it', async ({
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
});
