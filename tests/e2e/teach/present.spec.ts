import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1024, height: 768 } });

const presenting = (page: Page) =>
	page.evaluate(() => document.documentElement.classList.contains('presenting'));
const px = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('?present opens the projector view: large type, the clutter hidden', async ({ page }) => {
	await page.goto('/?present');
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	expect(await presenting(page)).toBe(true);
	// Body text and the small print of the figures at least 20 px at 1024 × 768.
	for (const selector of ['html', '[data-figure="memory"]', 'dt', 'th', 'button'])
		expect(await px(page, selector), selector).toBeGreaterThanOrEqual(20);
	// Host settings, palette, share menu and notes are out of the way; the host and figures stay.
	await expect(page.getByRole('complementary', { name: 'Host settings' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Workloads' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
	await expect(page.locator('#host-dropzone')).toBeVisible();
	// Nothing spills sideways at projector width.
	const overflowX = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflowX).toBeLessThanOrEqual(0);

	// What is hidden comes back on request.
	await page.getByRole('button', { name: 'Host settings' }).click();
	await expect(page.getByRole('complementary', { name: 'Host settings' })).toBeVisible();
	await page.getByRole('button', { name: 'Workloads' }).click();
	await expect(page.getByRole('heading', { name: 'Workloads' })).toBeVisible();

	// Leaving takes `present` out of the link.
	await page.getByRole('button', { name: 'Exit presentation' }).click();
	expect(await presenting(page)).toBe(false);
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
});

test('the P key turns presentation mode on and off, but not while typing in a field', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	expect(await presenting(page)).toBe(true);
	await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(true);
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();

	const memory = page.getByLabel('Memory', { exact: true });
	await memory.focus();
	await page.keyboard.press('p');
	expect(await presenting(page)).toBe(false);
});

test('? shows the keys; Escape closes them', async ({ page }) => {
	await page.goto('/?present');
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keys for presenting' });
	await expect(dialog).toBeVisible();
	for (const action of ['Next lesson step', 'Play or pause the boot race', 'Full screen on or off'])
		await expect(dialog).toContainText(action);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: 'Keys' }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('Space plays and pauses the boot race, R resets it', async ({ page }) => {
	await page.goto('/?lesson=boot-race&present');
	const race = page.getByTestId('boot-race');
	await expect(race).toBeVisible();
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press(' ');
	await expect(race).toHaveAttribute('data-playing', 'true');
	await expect.poll(async () => Number(await race.getAttribute('data-t-ms'))).toBeGreaterThan(0);
	await page.keyboard.press(' ');
	await expect(race).toHaveAttribute('data-playing', 'false');
	await page.keyboard.press('r');
	await expect(race).toHaveAttribute('data-t-ms', '0');
	// R reset the race, not the lesson.
	await expect(page.locator('[data-step-of]')).toHaveText(/^1 of /);
});

test('the full-screen button asks the browser for full screen', async ({ page }) => {
	await page.goto('/?present');
	const button = page.getByRole('button', { name: 'Full screen' });
	await expect(button).toBeVisible();
	await button.click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
	await page.getByRole('button', { name: 'Exit presentation' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});
