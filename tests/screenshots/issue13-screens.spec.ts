import { expect, test, type Page } from '@playwright/test';

/**
 * Every screen issue 13 changed, at a laptop, a projector, a desktop and a phone: into
 * $SHOTS_DIR (default screenshots/issue13, git-ignored). `npm run screenshots`, after `npm run build`.
 */
const dir = process.env.SHOTS_DIR ?? 'screenshots/issue13';
const SIZES = [
	[1280, 800],
	[1024, 768],
	[1920, 1080],
	[390, 844]
] as const;

async function open(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}
const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });
async function setCount(page: Page, name: string, n: number) {
	const field = card(page, name).getByRole('spinbutton').first();
	await field.fill(String(n));
	await field.press('Enter');
}

for (const [width, height] of SIZES) {
	const shot = (page: Page, name: string) =>
		page.screenshot({ path: `${dir}/${name}-${width}x${height}.png` });

	test(`sandbox at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		await shot(page, 'home');
		await card(page, 'nginx as VMs').locator('summary').click();
		await card(page, 'nginx as VMs').scrollIntoViewIfNeeded();
		await shot(page, 'card-settings');
		await card(page, 'nginx as VMs')
			.getByRole('button', { name: /Explain the memory/ })
			.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await shot(page, 'explain-instance');
		await page
			.getByRole('dialog')
			.getByRole('button', { name: /^Explain Guest kernel/ })
			.click();
		await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText(
			'Guest kernel'
		);
		await shot(page, 'explain-part');
		await page.keyboard.press('Escape');
	});

	test(`host OS, overfull host and long name at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		await page.getByRole('combobox', { name: 'Host OS' }).selectOption('windows');
		await expect(page.locator('[data-switched]')).toBeVisible();
		await page.getByRole('combobox', { name: 'Host OS' }).scrollIntoViewIfNeeded();
		await shot(page, 'host-os-switched');
		await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
		await setCount(page, 'nginx as VMs', 500);
		await page.locator('[data-figure="fits"]').scrollIntoViewIfNeeded();
		await shot(page, 'overfull');
		await page.getByRole('button', { name: /^Rename the scenario/ }).click();
		await page.keyboard.type(
			'A very long scenario name that a teacher typed in full, about nginx on a big host, for class 3B'
		);
		await page.keyboard.press('Enter');
		await page.evaluate(() => window.scrollTo(0, 0));
		await shot(page, 'long-name');
	});

	test(`compare at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		await page.getByRole('button', { name: 'Compare A/B' }).click();
		await setCount(page, 'nginx as VMs', 40);
		await expect(page.locator('[data-room="more"]')).toBeVisible();
		await page.locator('[data-room="more"]').scrollIntoViewIfNeeded();
		await shot(page, 'compare');
	});

	test(`charts at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		const charts = page.getByTestId('charts');
		await charts.scrollIntoViewIfNeeded();
		await expect(charts.locator('svg[data-chart]')).toHaveCount(4);
		await charts.screenshot({ path: `${dir}/charts-${width}x${height}.png` });
		const startup = page.locator('[data-chart-id="startup"]');
		await startup.getByRole('radio', { name: 'Log' }).check();
		await expect(startup.locator('[data-log-note]')).toBeVisible();
		await startup.screenshot({ path: `${dir}/startup-log-${width}x${height}.png` });
		const density = page.locator('[data-chart-id="density"]');
		await density.getByRole('radio', { name: 'Linear' }).check();
		await density.screenshot({ path: `${dir}/density-linear-${width}x${height}.png` });
	});
}

test('memory chart at 200,000 VMs, and an empty host’s disk chart, at 1280×800', async ({
	page
}) => {
	await open(page, 1280, 800);
	await page.getByRole('button', { name: 'Big 2-socket server' }).click();
	await setCount(page, 'nginx as VMs', 200_000);
	const memory = page.locator('[data-chart-id="memory"]');
	await memory.scrollIntoViewIfNeeded();
	await expect(memory.locator('[data-summary]')).toContainText('TiB');
	await memory.screenshot({ path: `${dir}/memory-200k-1280x800.png` });
	for (const name of ['nginx as VMs', 'nginx as microVMs', 'nginx as containers'])
		await card(page, name)
			.getByRole('button', { name: /^Remove/ })
			.click();
	const disk = page.locator('[data-chart-id="disk"]');
	await disk.scrollIntoViewIfNeeded();
	await disk.screenshot({ path: `${dir}/disk-empty-1280x800.png` });
});

test('presenting the host drawing at 1024×768', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?present');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.screenshot({ path: `${dir}/present-1024x768.png` });
});
