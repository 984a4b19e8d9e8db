/**
 * The first ten seconds: the question the app answers and three ways in, in view at 1280×800 and
 * above the host; each way does what it says; Hide keeps them away after a reload.
 */
import { expect, test } from '../fixtures/app';

test('at 1280×800 the question and the three ways in are in view; each works; Hide is remembered', async ({
	app,
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await app.open();
	const start = page.locator('[data-start-here]');
	await expect(start).toBeInViewport({ ratio: 1 });
	await expect(start).toContainText('how many fit on one host?');
	const ways = start.getByRole('group', { name: 'Where to begin' }).getByRole('button');
	await expect(ways).toHaveText([
		'Learning? Take a lesson',
		/^Sizing your stack\? Import a compose or Kubernetes file/,
		'or paste it',
		'Exploring? Drag a workload onto the host'
	]);
	// The host's drawing starts on the first screen too.
	expect((await app.host.boundingBox())!.y).toBeLessThan(800);

	// Exploring: the first workload chip takes the focus, ready to grab.
	await start.getByRole('button', { name: /^Exploring\?/ }).click();
	await expect(page.locator('.palette .chip').first()).toBeFocused();
	// Pasting a file opens the import dialog.
	await start.getByRole('button', { name: 'or paste it' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	// Learning: the lessons open where the palette was.
	await start.getByRole('button', { name: /^Learning\?/ }).click();
	await expect(page.getByRole('button', { name: 'Lessons' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: 'Lessons' }).click();

	await start.getByRole('button', { name: 'Hide this introduction' }).click();
	await expect(start).toHaveCount(0);
	await page.reload();
	await expect(app.host).toBeVisible();
	await expect(page.locator('[data-start-here]')).toHaveCount(0);
});
