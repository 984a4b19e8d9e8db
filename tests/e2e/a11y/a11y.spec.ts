/**
 * axe on every mode the app has, each scanned once: the sandbox (host settings, a card's settings,
 * an overflowing group, the charts with their tables and a tooltip), each dialog, presentation,
 * each lesson teaching view and the quiz, compare, the embed and a phone-width page. Where the page
 * around a part was scanned already, the scan is scoped to that part (a dialog, the lesson panel).
 * Any violation fails: the rule is that no mode goes unscanned, not that scans are skipped.
 */
import { LESSONS, TEACH_VIEWS } from '../../../src/lib/teach/lessons';
import { expectNoViolations } from '../fixtures/axe';
import { scrollToCharts, showCharts } from '../fixtures/helpers';
import { expect, test, type App } from '../fixtures/app';
import type { Locator } from '@playwright/test';

const charts = (app: App) => app.page.getByTestId('charts');

/** Open every chart's data table in `section`. */
async function openTables(section: Locator) {
	await showCharts(
		section.page(),
		(await section.page().getByTestId('charts').count()) > 1 ? 8 : 4
	);
	const show = section.getByRole('button', { name: 'Show data table' });
	await expect(show).toHaveCount(4);
	while ((await show.count()) > 0) await show.first().click();
	await expect(section.getByRole('table')).toHaveCount(4);
}

/** Scroll each chart of `section` on screen in turn (off screen they are not rendered). */
async function showEveryChart(section: Locator) {
	for (const figure of await section.locator('figure[data-chart-id]').all()) {
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('svg[data-chart]')).toBeVisible();
	}
}

test('the sandbox with every part open: host settings, a node, a card’s settings, an overflowing group, the charts’ tables and a tooltip', async ({
	app
}) => {
	const { page } = app;
	await app.open();
	for (const topic of ['memory-network', 'kubernetes']) {
		const details = page.locator(`[data-topic=${topic}]`);
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
			await details.locator('summary').click();
	}
	const node = page.locator('[data-topic=kubernetes]');
	await node.getByRole('switch', { name: 'This host is a Kubernetes node' }).check();
	await node.getByText('What the platform reserves, and why').click();
	await expect(node.locator('[data-reservation=memoryReserved]')).toBeVisible();
	await app.card('nginx as microVMs').getByText('Settings', { exact: true }).click();
	await expect(
		app.card('nginx as microVMs').getByRole('textbox', { name: 'CPU demand (cores)' })
	).toBeVisible();
	await app.setCount('nginx as VMs', 500);
	await expect(page.getByText(/does not fit/).first()).toBeVisible();
	await openTables(charts(app));
	await showEveryChart(charts(app));
	await charts(app).locator('[data-chart-id=density] [data-key][tabindex="0"]').focus();
	await expectNoViolations(page, 'the sandbox with everything open');
});

test('every dialog: explain, share (QR, embed), presenter keys, import in each phase, the workload editor', async ({
	app
}) => {
	const { page } = app;
	const dialog = 'dialog[open]';
	await app.open();

	await page.getByRole('button', { name: 'Explain memory in use' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoViolations(page, 'the explain dialog', dialog);
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'QR code' }).click();
	const qr = page.getByRole('dialog', { name: 'Scan to open this scenario' });
	await expect(qr.getByRole('img', { name: /QR code/ })).toBeVisible();
	await expectNoViolations(page, 'the QR code dialog', dialog);
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const embed = page.getByRole('dialog', { name: 'Embed in a course page' });
	await expect(embed.getByLabel('HTML to paste')).toHaveValue(/^<iframe /);
	await expectNoViolations(page, 'the Embed dialog', dialog);
	await page.keyboard.press('Escape');
	await expect(embed).toBeHidden();

	await page.getByRole('button', { name: 'Import from text' }).click();
	const imp = page.getByRole('dialog', { name: /Import a compose file/ });
	await expect(imp).toBeVisible();
	await expectNoViolations(page, 'the import dialog, empty', dialog);
	await imp
		.getByLabel(/Paste a compose file/)
		.fill(
			'services:\n  web: { image: nginx }\n  api: { image: ghcr.io/acme/api, mem_reservation: 300m }\n'
		);
	await imp.getByRole('button', { name: 'Read it' }).click();
	await expect(imp.getByRole('table')).toBeVisible();
	await expectNoViolations(page, 'the import dialog’s mapping report', dialog);
	await imp.getByRole('button', { name: 'Cancel' }).click();
	await page.getByRole('button', { name: 'Import from text' }).click();
	await imp.getByLabel(/Paste a compose file/).fill('a: [unclosed');
	await imp.getByRole('button', { name: 'Read it' }).click();
	await expect(imp.getByRole('alert')).toContainText('Nothing was changed');
	await expectNoViolations(page, 'the import dialog’s error', dialog);
	await imp.getByRole('button', { name: 'Close' }).click();

	await page.getByRole('button', { name: '+ Your own workload' }).click();
	const editor = page.getByRole('dialog', { name: /Your own workload/ });
	// The editor loads on first use: scan it once it is open.
	await expect(editor).toBeVisible();
	await expectNoViolations(page, 'the workload editor, choosing a start', dialog);
	await editor.getByLabel('Name').fill('Checkout');
	await editor.getByRole('button', { name: 'Create' }).click();
	await expect(editor.getByRole('heading')).toHaveText('Your own workload: Checkout');
	await editor.getByText('Measurements from a real system').click();
	await expectNoViolations(page, 'the workload editor with measurements open', dialog);
	await editor.getByRole('button', { name: 'Done' }).click();

	await page.getByRole('button', { name: 'Present' }).click();
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys for presenting' })).toBeVisible();
	await expectNoViolations(page, 'the presenter’s keys', dialog);
});

test('presentation mode, with the charts’ tables, and presenting the boot race with host settings open', async ({
	app
}) => {
	const { page } = app;
	await page.setViewportSize({ width: 1024, height: 768 });
	await app.open('/?present');
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	// Presenting, the charts wait under their button.
	await scrollToCharts(page);
	await page.getByRole('button', { name: 'Show charts' }).click();
	await openTables(charts(app));
	await showEveryChart(charts(app));
	await expectNoViolations(page, 'presentation mode with the charts');

	await app.openLessonStep('boot-race', 1, { present: true });
	await page.getByRole('button', { name: 'Step ›' }).click();
	await page.getByRole('button', { name: 'Host settings' }).click();
	await expectNoViolations(page, 'presenting the boot race', 'main', 'header');
});

test('the lesson picker, every teaching view and the quiz', async ({ app }) => {
	const { page } = app;
	await app.open();
	await page.getByRole('button', { name: 'Lessons' }).click();
	await expect(page.locator('button[data-lesson]')).toHaveCount(LESSONS.length);
	await expectNoViolations(page, 'the lesson picker', 'section.teach');

	// The first step that shows each view; the page around it is the sandbox scanned above.
	for (const view of TEACH_VIEWS) {
		const at = LESSONS.flatMap((l) =>
			l.steps.map((s, i) => ({ id: l.id, step: i + 1, show: s.show }))
		).find((s) => s.show === view);
		expect(at, `a lesson step shows the ${view} view`).toBeDefined();
		await app.openLessonStep(at!.id, at!.step);
		await expect(page.locator('[data-view]')).toHaveAttribute('data-view', view);
		await expectNoViolations(page, `lesson ${at!.id}, step ${at!.step} (${view})`, 'section.teach');
	}
	await page.getByRole('button', { name: 'Quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
	const question = page.locator('[data-question="fit-containers"]');
	await question.getByRole('spinbutton').fill('100');
	await question.getByRole('button', { name: 'Reveal' }).click();
	await expect(question.locator('[data-answer]')).toBeVisible();
	await expectNoViolations(page, 'the quiz, answered', 'section.quiz');
});

test('compare mode, with both sides’ charts and data tables', async ({ app }) => {
	const { page } = app;
	await app.open();
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	// Make the sides differ, so the deltas show their better/worse colours.
	await page
		.locator('.side')
		.nth(1)
		.locator('li.card', { hasText: 'nginx as VMs' })
		.getByRole('button', { name: 'One more' })
		.click();
	await expect(page.locator('tr[data-delta="vcpus"] td.diff')).toHaveText(/\+/);
	await showCharts(app.page, 8);
	await expect(charts(app)).toHaveCount(2);
	for (const side of [0, 1]) {
		await openTables(charts(app).nth(side));
		await showEveryChart(charts(app).nth(side));
	}
	await expectNoViolations(page, 'compare mode with every data table open');
});

test('the embed, and an embedded lesson step', async ({ app }) => {
	const { page } = app;
	await page.setViewportSize({ width: 800, height: 500 });
	await app.open('/?embed');
	await expect(page.getByRole('link', { name: 'Open in Overhead Sandbox ↗' })).toBeVisible();
	await expectNoViolations(page, '/?embed');
	await page.goto('/?embed&lesson=density&step=2');
	await expect(page.locator('[data-step-of]')).toHaveText(/^2 of /);
	await expectNoViolations(page, 'the embedded density lesson, step 2', 'section.teach');
});

test('a phone-width page (390 px), with the charts’ tables open', async ({ app }) => {
	const { page } = app;
	await page.setViewportSize({ width: 390, height: 844 });
	await app.open();
	await expect(app.host).toBeVisible();
	await openTables(charts(app));
	await showEveryChart(charts(app));
	await expectNoViolations(page, 'the page at 390 px with the charts’ data tables open');
});

test('a scan that finds a violation fails: an image with no text alternative, added to the page', async ({
	app
}) => {
	const { page } = app;
	await app.open();
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.id = 'no-alt';
		img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
		document.body.append(img);
	});
	await expect(expectNoViolations(page, 'an image with no alt', '#no-alt')).rejects.toThrow(
		/image-alt/
	);
});
