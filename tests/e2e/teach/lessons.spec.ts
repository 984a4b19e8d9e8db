import { expect, test, type Page } from '@playwright/test';
import { HYPERVISOR_INFO } from '../../../src/lib/model';
import { LESSONS, type LessonStep } from '../../../src/lib/teach/lessons';
import { LINK_IN_URL, settled } from '../fixtures/helpers';

/** Open the sandbox and wait until the page is live (it has written its first link). */
async function open(page: Page) {
	await page.goto('/');
	await expect(page).toHaveURL(LINK_IN_URL);
}

const caption = (page: Page) => page.locator('[data-caption]');
/** The scenario's name in the header (its text, not the rename button beside it). */
const scenarioName = (page: Page) => page.locator('header .scenario .clip');
const card = (page: Page, id: string) => page.locator(`li.card[data-group="${id}"]`);

/** The sandbox shows exactly the step's scenario: its name, its groups and their counts. */
async function expectStep(page: Page, step: LessonStep, n: number, of: number) {
	await expect(page.locator('[data-step-of]')).toHaveText(`${n} of ${of}`);
	await expect(caption(page)).toContainText(step.caption);
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

for (const [k, lesson] of LESSONS.entries()) {
	test(`lesson ${k + 1}, ${lesson.title}: every step opens its scenario with its caption`, async ({
		page
	}) => {
		await open(page);
		await page.getByRole('button', { name: 'Lessons' }).click();
		await page.locator(`button[data-lesson="${lesson.id}"]`).click();
		const n = lesson.steps.length;
		for (const [i, step] of lesson.steps.entries()) {
			await expectStep(page, step, i + 1, n);
			if (i < n - 1) await page.getByRole('button', { name: 'Next →' }).click();
		}
		// After the last step Next goes on to the next lesson; after the last lesson's, nowhere.
		if (k < LESSONS.length - 1)
			await expect(page.getByRole('button', { name: 'Next lesson →' })).toBeEnabled();
		else await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
		// Previous goes back, reopening the step before.
		await page.getByRole('button', { name: '← Previous' }).click();
		await expectStep(page, lesson.steps[n - 2]!, n - 1, n);
	});
}

test('Back and Forward walk through the lesson steps shown, and out of the lesson', async ({
	page
}) => {
	const lesson = LESSONS[0]!;
	const n = lesson.steps.length;
	await open(page);
	await page.getByRole('button', { name: 'Lessons' }).click();
	await page.locator(`button[data-lesson="${lesson.id}"]`).click();
	await expectStep(page, lesson.steps[0]!, 1, n);
	await settled(page);
	await page.getByRole('button', { name: 'Next →' }).click();
	await expectStep(page, lesson.steps[1]!, 2, n);
	await settled(page);
	await page.getByRole('button', { name: 'Next →' }).click();
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

test('a teacher’s own step survives in the copied link and opens in a fresh browser', async ({
	page,
	browser
}) => {
	await page.goto('/?lesson=stacks&step=4');
	const count = card(page, 'vm').getByRole('spinbutton');
	await count.fill('7');
	await count.press('Enter');
	await expect(page.getByText('The sandbox has changed since this step opened')).toBeVisible();
	await page.getByRole('button', { name: 'Save this sandbox as my own step' }).click();
	await page.getByLabel('Caption for your step').fill('Seven VMs: count the guest kernels.');
	await page.getByRole('button', { name: 'Save step' }).click();
	await expect(page.locator('[data-step-of]')).toHaveText('5 of 5');
	await expect(caption(page)).toContainText('Your step: Seven VMs: count the guest kernels.');

	await settled(page);
	const link = page.url();
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
	page
}) => {
	await open(page);
	await expect(scenarioName(page)).toHaveText('nginx three ways');
	await page.getByRole('button', { name: 'Lessons' }).click();
	await page.locator('button[data-lesson="density"]').click();
	await page.getByRole('button', { name: 'Next →' }).click();
	await page.getByRole('button', { name: 'Leave lesson' }).click();
	await expect(page.locator('[data-caption]')).toHaveCount(0);
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

test('at 1024×768 the lesson caption, its buttons and its teaching view are visible without scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	for (const lesson of LESSONS) {
		await page.goto(`/?lesson=${lesson.id}&step=1`);
		await expect(caption(page)).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Next →' })).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Leave lesson' })).toBeInViewport();
		await expect(page.locator('[data-view]')).toBeInViewport({ ratio: 0.5 });
	}
});
