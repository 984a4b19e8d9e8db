/** A phone (390×844): a tap on a chip and a tap on the host place an instance, and nothing scrolls sideways. */
import { expect, test } from '../fixtures/app';

test('at 390 px, tap a chip then tap the host to place an instance; the page never scrolls sideways', async ({
	app
}) => {
	await app.page.setViewportSize({ width: 390, height: 844 });
	await app.open();
	await expect(app.host).toBeVisible();
	await app.drop('Hello web app container');
	await expect(app.card('Hello web app containers')).toBeVisible();
	expect(await app.overflowX()).toBeLessThanOrEqual(0);
});

test('at 390 px, the widest teaching view (the isolation spectrum) fits the screen', async ({
	app
}) => {
	await app.page.setViewportSize({ width: 390, height: 844 });
	await app.openLessonStep('spectrum', 1);
	await expect(app.page.locator('[data-spectrum]')).toBeVisible();
	expect(await app.overflowX()).toBeLessThanOrEqual(0);
});
