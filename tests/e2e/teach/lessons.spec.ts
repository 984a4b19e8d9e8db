import { expect, test } from '../fixtures/app';
import type { Page } from '@playwright/test';
import { HYPERVISOR_INFO } from '../../../src/lib/model';
import { LESSONS, type LessonStep } from '../../../src/lib/teach/lessons';
import { settled } from '../fixtures/helpers';
import { drawn, expectNoScroll, expectOnScreen, smallText } from './screen';

/** The scenario's name in the header (its text, not the rename button beside it). */
const scenarioName = (page: Page) => page.locator('header .scenario .clip');
const card = (page: Page, id: string) => page.locator(`li.card[data-group="${id}"]`);
const next = (page: Page) => page.getByRole('button', { name: 'Next →' });

/** The sandbox shows exactly the step's scenario: its name, its groups and their counts. */
async function expectStep(page: Page, step: LessonStep, n: number, of: number) {
	await expect(page.locator('[data-step-of]')).toHaveText(`${n} of ${of}`);
	await expect(page.locator('[data-caption]')).toContainText(step.caption);
	await expect(scenarioName(page)).toHaveText(step.scenario.name);
	await expect(page.locator('li.card')).toHaveCount(step.scenario.groups.length);
	for (const g of step.scenario.groups)
		await expect(card(page, g.id).getByRole('spinbutton')).toHaveValue(String(g.count));
	await expect(page.locator('[data-view]')).toHaveAttribute('data-view', step.show ?? '');
	// A bare-metal hypervisor (ESXi) is the host's OS: the select says "none" rather than an OS.
	await expect(page.getByRole('combobox', { name: 'Host OS' })).toHaveValue(
		HYPERVISOR_INFO[step.scenario.host.hypervisor].hostOses === null
			? 'bare-metal'
			: step.scenario.host.os
	);
}

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

/**
 * Presented on a projector: no scrolling either way, the caption, the step buttons and the view's
 * key parts inside the window, and no text in the teaching panel under 20px.
 */
async function expectStepFits(page: Page, what: string, show: string) {
	await drawn(page);
	await expectNoScroll(page, what);
	await expectOnScreen(page.locator('[data-caption]'), `${what}, caption`);
	await expectOnScreen(page.locator('.teach .nav button, .teach [data-step-of]'), `${what}, steps`);
	await expectOnScreen(page.locator(`[data-view] :is(${KEY_PARTS[show]})`), `${what}, ${show}`);
	expect(await smallText(page.locator('section.teach')), `${what}: small text`).toEqual([]);
}

/** Turn presentation mode on or off with its button, and wait until the page has. */
async function present(page: Page, on: boolean) {
	await page.getByRole('button', { name: on ? 'Present' : 'Exit presentation' }).click();
	await expect(page.locator('html.presenting')).toHaveCount(on ? 1 : 0);
}

test.describe('every lesson at 1024×768, picked from the list and walked step by step', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	for (const [k, lesson] of LESSONS.entries()) {
		test(`${lesson.title}: each step opens its scenario with its caption, and presented it fits the screen`, async ({
			app,
			page
		}) => {
			// Every step checked twice over (and, for the race, every phase stepped through) on a
			// machine that may be busy.
			test.setTimeout(120_000);
			const n = lesson.steps.length;
			await app.open('/');
			await page.getByRole('button', { name: 'Lessons' }).click();
			await page.locator(`button[data-lesson="${lesson.id}"]`).click();
			await expectStep(page, lesson.steps[0]!, 1, n);
			// Not presenting, the caption, its buttons and its teaching view show without scrolling.
			await expect(app.caption).toBeInViewport();
			await expect(next(page)).toBeInViewport();
			await expect(page.getByRole('button', { name: 'Leave lesson' })).toBeInViewport();
			await expect(page.locator('[data-view]')).toBeInViewport({ ratio: 0.5 });

			// Presented from here on with reduced motion: the boot race steps rather than animates.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			for (const [i, step] of lesson.steps.entries()) {
				const what = `${lesson.id} step ${i + 1}`;
				if (i > 0) {
					await next(page).click();
					await expectStep(page, step, i + 1, n);
				}
				await present(page, true);
				await expect(page.locator('[data-step-of]')).toHaveText(`${i + 1} of ${n}`);
				await expect(app.caption).toContainText(step.caption);
				await expect(page.locator(`[data-view="${step.show}"]`)).toBeVisible();
				await expectStepFits(page, what, step.show!);

				if (step.show === 'bootRace') {
					// The boot race played to its finish: the winner and the result are on screen too.
					const race = page.getByTestId('boot-race');
					const stepButton = race.getByRole('button', { name: 'Step ›' });
					while (await stepButton.isEnabled()) await stepButton.click();
					const first = (await race.getAttribute('data-finish-order'))!.split(' ')[0]!;
					await expect(race.locator(`[data-lane="${first}"]`)).toHaveAttribute(
						'data-phase',
						'ready'
					);
					await expect(race.locator(`[data-lane="${first}"] [data-status]`)).toContainText('1st');
					await expect(page.getByTestId('race-announcement')).toContainText('Every lane is ready:');
					await expectStepFits(page, `${what}, finished`, step.show);
				}
				await present(page, false);
			}
			// After the last step Next goes on to the next lesson; after the last lesson's, nowhere.
			if (k < LESSONS.length - 1)
				await expect(page.getByRole('button', { name: 'Next lesson →' })).toBeEnabled();
			else await expect(next(page)).toBeDisabled();
			// Previous goes back, reopening the step before.
			await page.getByRole('button', { name: '← Previous' }).click();
			await expectStep(page, lesson.steps[n - 2]!, n - 1, n);
		});
	}
});

test('Back and Forward walk through the lesson steps shown, and out of the lesson', async ({
	app,
	page
}) => {
	const lesson = LESSONS[0]!;
	const n = lesson.steps.length;
	await app.open('/');
	await page.getByRole('button', { name: 'Lessons' }).click();
	await page.locator(`button[data-lesson="${lesson.id}"]`).click();
	await expectStep(page, lesson.steps[0]!, 1, n);
	await settled(page);
	await next(page).click();
	await expectStep(page, lesson.steps[1]!, 2, n);
	await settled(page);
	await next(page).click();
	await expectStep(page, lesson.steps[2]!, 3, n);
	await settled(page);
	await page.goBack();
	await expectStep(page, lesson.steps[1]!, 2, n);
	await page.goBack();
	await expectStep(page, lesson.steps[0]!, 1, n);
	// Before the lesson began: no lesson, the starting sandbox.
	await page.goBack();
	await expect(page.locator('[data-step-of]')).toHaveCount(0);
	await expect(scenarioName(page)).not.toHaveText(lesson.steps[0]!.scenario.name);
	await page.goForward();
	await expectStep(page, lesson.steps[0]!, 1, n);
	await page.goForward();
	await expectStep(page, lesson.steps[1]!, 2, n);
});

test('a lesson step link opens that step, then the link carries the lesson instead', async ({
	page
}) => {
	await page.goto('/?lesson=density&step=3');
	const step = LESSONS.find((l) => l.id === 'density')!.steps[2]!;
	await expectStep(page, step, 3, 4);
	await expect(page.locator('[data-density="vms"] [data-fit]')).not.toHaveText('50');
	await expect(page.locator('[data-density="cts"] [data-fit]')).toHaveText('50');
	await expect(page.locator('[data-shortage]')).toContainText('VM of “nginx as VMs” does not fit');
	await settled(page);
	const url = new URL(page.url());
	expect(url.searchParams.get('lesson')).toBeNull();
	expect(url.searchParams.get('s')).toMatch(/^v\d+\./);
	// Reloading the written link keeps the step.
	await page.reload();
	await expectStep(page, step, 3, 4);
});

test('a step number out of range opens the nearest step', async ({ page }) => {
	await page.goto('/?lesson=layers&step=99');
	await expect(page.locator('[data-step-of]')).toHaveText('4 of 4');
	await page.goto('/?lesson=layers&step=zero');
	await expect(page.locator('[data-step-of]')).toHaveText('1 of 4');
});

test('a link to an unknown lesson says so and opens the sandbox as usual', async ({ page }) => {
	await page.goto('/?lesson=no-such-lesson&step=2');
	await expect(page.getByText('which this version does not have')).toBeVisible();
	await expect(page.locator('[data-caption]')).toHaveCount(0);
});

test('a teacher’s own step is still there after the next lesson and back, and its link opens it in a fresh browser', async ({
	app,
	page,
	browser
}) => {
	await app.openLessonStep('stacks', 4);
	const count = card(page, 'vm').getByRole('spinbutton');
	await count.fill('7');
	await count.press('Enter');
	await expect(page.getByText('The sandbox has changed since this step opened')).toBeVisible();
	await page.getByRole('button', { name: 'Save this sandbox as my own step' }).click();
	await page.getByLabel('Caption for your step').fill('Seven VMs: count the guest kernels.');
	await page.getByRole('button', { name: 'Save step' }).click();
	await expect(page.locator('[data-step-of]')).toHaveText('5 of 5');
	await expect(app.caption).toContainText('Your step: Seven VMs: count the guest kernels.');
	await settled(page);
	const link = page.url();

	// On to the next lesson and back: the teacher's step is still the last one.
	const lessonSelect = page.locator('section.teach h2 select');
	await page.getByRole('button', { name: 'Next lesson →' }).click();
	await expect(lessonSelect).toHaveValue('density');
	await page.getByRole('button', { name: '← Previous lesson' }).click();
	await expect(lessonSelect).toHaveValue('stacks');
	await expect(page.locator('[data-step-of]')).toHaveText('5 of 5');
	await expect(app.caption).toContainText('Your step: Seven VMs: count the guest kernels.');

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.locator('[data-step-of]')).toHaveText('5 of 5');
	await expect(other.locator('[data-caption]')).toContainText(
		'Seven VMs: count the guest kernels.'
	);
	await expect(card(other, 'vm').getByRole('spinbutton')).toHaveValue('7');
	// Stepping away and back reopens the teacher's scenario.
	await other.getByRole('button', { name: '← Previous' }).click();
	await expect(card(other, 'vm').getByRole('spinbutton')).toHaveValue('10');
	await other.getByRole('button', { name: 'Next →' }).click();
	await expect(card(other, 'vm').getByRole('spinbutton')).toHaveValue('7');
	await fresh.close();
});

test('leaving a lesson keeps the sandbox as it is, and undo walks back through the steps', async ({
	app,
	page
}) => {
	await app.open('/');
	await expect(scenarioName(page)).toHaveText('nginx three ways');
	await page.getByRole('button', { name: 'Lessons' }).click();
	await page.locator('button[data-lesson="density"]').click();
	await next(page).click();
	await page.getByRole('button', { name: 'Leave lesson' }).click();
	await expect(app.caption).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Workloads' })).toBeVisible();
	await expect(scenarioName(page)).toHaveText('Density: 10 containers, 10 VMs');
	await expect(card(page, 'vms').getByRole('spinbutton')).toHaveValue('10');
	await settled(page);
	expect(new URL(page.url()).searchParams.get('s')).toMatch(/^v\d+\./);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(scenarioName(page)).toHaveText('Density: 1 container, 1 VM');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(scenarioName(page)).toHaveText('nginx three ways');
});
