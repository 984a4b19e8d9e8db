import { expect, test, type Locator, type Page } from '@playwright/test';
import { NGINX_VMS, QEMU_FORMULA } from '../fixtures/helpers';

const chip = (page: Page, name: string) =>
	page.getByRole('button', { name: `${name}: grab to place on the host` });
const host = (page: Page) => page.locator('#host-dropzone');
const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });

/** A real pointer drag: press, move in steps past the threshold, release over the target. */
async function dragTo(page: Page, from: Locator, to: Locator) {
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 20, { steps: 4 });
	// Release over the target's visible part (a tall host may run past the window's bottom).
	const bottom = page.viewportSize()!.height - 8;
	const y = Math.max(b.y + 8, Math.min(b.y + b.height / 2, bottom));
	await page.mouse.move(b.x + b.width / 2, y, { steps: 10 });
	await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('li.card')).toHaveCount(3);
	// The prerendered HTML shows before the page is live: wait until it is, or input is lost.
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
});

test('dragging a palette item onto the host with the mouse places an instance and changes the figures', async ({
	page
}) => {
	const memoryBefore = await page.locator('[data-figure="memory"]').textContent();
	await dragTo(page, chip(page, 'Redis cache VM'), host(page));
	await expect(card(page, 'Redis cache VMs')).toBeVisible();
	await expect(card(page, 'Redis cache VMs').getByRole('spinbutton')).toHaveValue('1');
	await expect(page.locator('[data-figure="memory"]')).not.toHaveText(memoryBefore!);
	await expect(page.locator('[data-figure="vcpus"]')).toHaveText('9 of 64');

	// A second drop of the same workload and kind joins the same group.
	await dragTo(page, chip(page, 'Redis cache VM'), host(page));
	await expect(card(page, 'Redis cache VMs').getByRole('spinbutton')).toHaveValue('2');
});

test('the keyboard alone can grab, drop and cancel', async ({ page }) => {
	const item = chip(page, 'PostgreSQL database container');
	await item.focus();
	await page.keyboard.press('Enter');
	await expect(item).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[aria-live="polite"]')).toContainText(
		'Grabbed a PostgreSQL database container'
	);
	await page.keyboard.press('ArrowRight');
	await expect(host(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(card(page, 'PostgreSQL database containers')).toBeVisible();
	await expect(page.locator('[aria-live="polite"]')).toContainText(
		'Placed a PostgreSQL database container'
	);

	// Grab another, then Escape: nothing is placed.
	await chip(page, 'Python API VM').focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Escape');
	await expect(chip(page, 'Python API VM')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('li.card')).toHaveCount(4);
});

test('a Windows app as a container on a Linux host is refused with the reason', async ({
	page
}) => {
	await dragTo(page, chip(page, 'Legacy Windows app (IIS) container'), host(page));
	await expect(page.getByRole('alert')).toContainText('needs a Windows kernel');
	await expect(page.locator('li.card')).toHaveCount(3);

	// As a VM it is accepted.
	await dragTo(page, chip(page, 'Legacy Windows app (IIS) VM'), host(page));
	await expect(card(page, 'Legacy Windows app (IIS) VMs')).toBeVisible();
});

test('moving the memory slider updates the what-fits panel', async ({ page }) => {
	const vmCount = page.locator('tr[data-kind="vm"] td.num');
	await expect(vmCount).toHaveText(String(NGINX_VMS));
	const slider = page.getByRole('slider', { name: 'Memory slider' });
	await slider.focus();
	for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft');
	const after = Number(await vmCount.textContent());
	expect(after).toBeLessThan(NGINX_VMS);
	expect(after).toBeGreaterThanOrEqual(0);
	// The slider drag is one undo step.
	await page.getByRole('button', { name: /Undo/ }).click();
	await expect(vmCount).toHaveText(String(NGINX_VMS));
});

test('undo and redo restore every edit, from buttons and keys', async ({ page }) => {
	await card(page, 'nginx as VMs').getByRole('button', { name: 'One more' }).click();
	await expect(card(page, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('5');
	await page.keyboard.press('Control+z');
	await expect(card(page, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('4');
	await page.keyboard.press('Control+Shift+z');
	await expect(card(page, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('5');
	await page.getByRole('button', { name: /Undo/ }).click();
	await expect(card(page, 'nginx as VMs').getByRole('spinbutton')).toHaveValue('4');
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByRole('button', { name: /Undo/ })).toBeEnabled();
});

test('a group is removed with Delete or by dragging it off the host, and undo brings it back', async ({
	page
}) => {
	await card(page, 'nginx as microVMs').focus();
	await page.keyboard.press('Delete');
	await expect(page.locator('li.card')).toHaveCount(2);
	await page.keyboard.press('Control+z');
	await expect(page.locator('li.card')).toHaveCount(3);

	await dragTo(page, card(page, 'nginx as containers').locator('.name'), page.locator('h1'));
	await expect(page.locator('li.card')).toHaveCount(2);
	await expect(card(page, 'nginx as containers')).toHaveCount(0);
});

test('overflow is named: too many VMs says which one does not fit and why', async ({ page }) => {
	const count = card(page, 'nginx as VMs').getByRole('spinbutton');
	await count.fill('100');
	await count.press('Enter');
	await expect(page.locator('#host-dropzone-summary')).toContainText(
		/The \d+(st|nd|rd|th) VM of “nginx as VMs” does not fit: it needs .* more memory/
	);
	await expect(page.locator('[data-figure="fits"]')).toContainText('No — memory runs out');
	await expect(page.locator('rect.overflow')).toHaveCount(1);
});

test('a typed value out of range is clamped with a message', async ({ page }) => {
	const cores = page.getByLabel('CPU cores', { exact: true });
	await cores.fill('0');
	await cores.press('Enter');
	await expect(page.getByText('CPU cores goes from 1 to 4,096 cores; set to 1.')).toBeVisible();
	await expect(cores).toHaveValue('1');
	await cores.fill('lots');
	await cores.press('Enter');
	await expect(page.getByText('“lots” is not a number')).toBeVisible();
});

test('explain shows the formula, the inputs and the sources of a figure', async ({ page }) => {
	await card(page, 'nginx as VMs')
		.getByRole('button', { name: /Explain the memory/ })
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	// The whole figure by its parts; the hypervisor's part has its own formula and sources.
	await dialog.getByRole('button', { name: /^Explain Hypervisor/ }).click();
	await expect(dialog).toContainText(QEMU_FORMULA);
	await expect(dialog).toContainText('KubeVirt renderresources.go');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
