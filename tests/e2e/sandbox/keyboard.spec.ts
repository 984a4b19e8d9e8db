/**
 * The main tasks with the keyboard alone: after the page loads, every input here is a key press
 * (Tab, Shift+Tab, Enter, Space, arrows, Delete, Escape, typing). `toBeFocused` only checks
 * where the focus is; nothing is clicked, filled or focused by the test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { NGINX_VMS } from '../fixtures/helpers';

const chip = (page: Page, name: string) =>
	page.getByRole('button', { name: `${name}: grab to place on the host` });
const host = (page: Page) => page.locator('#host-dropzone');
const card = (scope: Page | Locator, name: string) => scope.locator('li.card', { hasText: name });
const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);
const presenting = (page: Page) =>
	page.evaluate(() => document.documentElement.classList.contains('presenting'));

/**
 * Press Tab (or Shift+Tab) until `target` has the focus; fail clearly after `max` presses.
 * Returns how many presses it took. The focus is checked on the element itself (re-found only if
 * the page replaced it): a role query after every press would cost more than the press.
 */
async function tabTo(
	page: Page,
	target: Locator,
	{ back = false, max = 150 }: { back?: boolean; max?: number } = {}
): Promise<number> {
	const key = back ? 'Shift+Tab' : 'Tab';
	await expect(target, `the element to ${key} to exists`).toHaveCount(1);
	let element = (await target.elementHandle())!;
	const isFocused = async (): Promise<boolean> => {
		const on = await element.evaluate((el) =>
			el.isConnected ? el === document.activeElement : null
		);
		if (on !== null) return on;
		await element.dispose();
		element = (await target.elementHandle())!;
		return element.evaluate((el) => el === document.activeElement);
	};
	try {
		for (let presses = 0; presses <= max; presses++) {
			if (await isFocused()) return presses;
			if (presses < max) await page.keyboard.press(key);
		}
	} finally {
		await element.dispose();
	}
	const at = await page.evaluate(() => {
		const el = document.activeElement;
		return el
			? `${el.tagName.toLowerCase()} “${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}”`
			: 'nothing';
	});
	throw new Error(`${max} presses of ${key} did not reach ${target}; the focus is on ${at}`);
}

/** The focus indicator as computed: an outline or a box-shadow. */
const ring = (target: Locator) =>
	target.evaluate((el) => {
		const s = getComputedStyle(el);
		return {
			outline:
				s.outlineStyle === 'none'
					? 'none'
					: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
			outlineWidthPx: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
			boxShadow: s.boxShadow,
			focusVisible: el.matches(':focus-visible')
		};
	});

/** The focused element shows a visible indicator it did not show without the focus. */
async function expectFocusIndicator(target: Locator, unfocused: Awaited<ReturnType<typeof ring>>) {
	await expect(target).toBeFocused();
	const focused = await ring(target);
	expect(focused.focusVisible, 'matches :focus-visible').toBe(true);
	const hasRing = focused.outlineWidthPx >= 2 || focused.boxShadow !== 'none';
	expect(hasRing, `outline or box-shadow on focus: ${JSON.stringify(focused)}`).toBe(true);
	expect(
		focused.outline !== unfocused.outline || focused.boxShadow !== unfocused.boxShadow,
		`the indicator differs from the unfocused look: ${JSON.stringify({ focused, unfocused })}`
	).toBe(true);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('li.card')).toHaveCount(3);
	// The prerendered HTML shows before the page is live: wait until it is, or input is lost.
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
});

test('placing an instance: grab a palette chip with Enter, reach the host, drop with Enter', async ({
	page
}) => {
	const redis = chip(page, 'Redis cache VM');
	const memoryBefore = (await figure(page, 'memory').textContent())!;
	await expect(figure(page, 'vcpus')).toHaveText('8 of 64');

	const chipUnfocused = await ring(redis);
	const hostUnfocused = await ring(host(page));
	await tabTo(page, redis);
	await expectFocusIndicator(redis, chipUnfocused);

	await page.keyboard.press('Enter');
	await expect(redis).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[aria-live="polite"]')).toContainText('Grabbed a Redis cache VM');
	// An arrow key takes the grabbed workload to the host.
	await page.keyboard.press('ArrowRight');
	await expect(host(page)).toBeFocused();
	await expectFocusIndicator(host(page), hostUnfocused);
	await expect(host(page)).toHaveAttribute('aria-label', /Press Enter or Space to drop here/);
	await page.keyboard.press('Enter');

	await expect(card(page, 'Redis cache VMs')).toBeVisible();
	await expect(card(page, 'Redis cache VMs').getByRole('spinbutton')).toHaveValue('1');
	await expect(page.locator('li.card')).toHaveCount(4);
	await expect(figure(page, 'vcpus')).toHaveText('9 of 64');
	await expect(figure(page, 'memory')).not.toHaveText(memoryBefore);
	await expect(page.locator('[aria-live="polite"]')).toContainText('Placed a Redis cache VM');
	await expect(redis).toHaveAttribute('aria-pressed', 'false');

	// Again, the long way: grab with Space, walk back with Shift+Tab and forward with Tab, drop with Space.
	await tabTo(page, redis, { back: true });
	await page.keyboard.press('Space');
	await expect(redis).toHaveAttribute('aria-pressed', 'true');
	await tabTo(page, host(page));
	await page.keyboard.press('Space');
	await expect(card(page, 'Redis cache VMs').getByRole('spinbutton')).toHaveValue('2');
	await expect(figure(page, 'vcpus')).toHaveText('10 of 64');

	// Escape puts a grabbed workload back: nothing is placed.
	await tabTo(page, redis, { back: true });
	await page.keyboard.press('Enter');
	await expect(redis).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(redis).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('[aria-live="polite"]')).toContainText('nothing placed');
	await expect(card(page, 'Redis cache VMs').getByRole('spinbutton')).toHaveValue('2');
});

test('removing a group with Delete on its card or Enter on its × button; Ctrl+Z brings it back', async ({
	page
}) => {
	const microVMs = card(page, 'nginx as microVMs');
	await tabTo(page, microVMs);
	await expect(microVMs).toHaveAttribute('aria-label', /Press Delete to remove/);
	const vcpusBefore = (await figure(page, 'vcpus').textContent())!;
	await page.keyboard.press('Delete');
	await expect(page.locator('li.card')).toHaveCount(2);
	await expect(microVMs).toHaveCount(0);
	// The focus stays in the list, on the card that took its place.
	await expect(card(page, 'nginx as containers')).toBeFocused();
	await expect(figure(page, 'vcpus')).not.toHaveText(vcpusBefore);
	await expect(page.locator('[aria-live="polite"]')).toContainText(
		'Removed nginx as microVMs from the host'
	);

	await page.keyboard.press('Control+z');
	await expect(page.locator('li.card')).toHaveCount(3);
	await expect(microVMs).toBeVisible();
	await expect(figure(page, 'vcpus')).toHaveText(vcpusBefore);

	// The × button does the same with Enter.
	const remove = page.getByRole('button', { name: 'Remove nginx as containers' });
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	await expect(card(page, 'nginx as containers')).toHaveCount(0);
	await expect(page.locator('li.card')).toHaveCount(2);
	// It was the last card: the focus goes to the one before.
	await expect(microVMs).toBeFocused();
	await page.keyboard.press('Control+z');
	await expect(card(page, 'nginx as containers')).toBeVisible();
	await expect(page.locator('li.card')).toHaveCount(3);
});

test('resizing the host: the Memory slider moves with arrows and PageUp, CPU cores is typed', async ({
	page
}) => {
	const slider = page.getByRole('slider', { name: 'Memory slider' });
	const field = page.getByLabel('Memory', { exact: true });
	const vmFit = page.locator('tr[data-kind="vm"] td.num');
	await expect(field).toHaveValue('64');
	await expect(vmFit).toHaveText(String(NGINX_VMS));

	// Arrow keys move it a step at a time: ten steps down, fewer VMs fit.
	await tabTo(page, slider);
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => Number(await field.inputValue())).toBeLessThan(64);
	await expect.poll(async () => Number(await vmFit.textContent())).toBeLessThan(NGINX_VMS);
	await expect(figure(page, 'memory')).toContainText(`of ${await field.inputValue()} GiB`);
	await expect(slider).toHaveAttribute('aria-valuetext', `${await field.inputValue()} GiB`);

	// PageUp moves it a page at a time, past where it started: more VMs fit.
	const lowered = Number(await field.inputValue());
	await page.keyboard.press('PageUp');
	await expect.poll(async () => Number(await field.inputValue())).toBeGreaterThan(64);
	await expect.poll(async () => Number(await vmFit.textContent())).toBeGreaterThan(NGINX_VMS);
	expect(Number(await field.inputValue())).toBeGreaterThan(lowered);
	await expect(figure(page, 'memory')).toContainText(`of ${await field.inputValue()} GiB`);
	await expect(slider).toHaveAttribute('aria-valuetext', `${await field.inputValue()} GiB`);
	await expect(slider).toBeFocused();

	// Type a value into the CPU cores field (it comes before the memory slider) and press Enter.
	const cores = page.getByLabel('CPU cores', { exact: true });
	await expect(cores).toHaveValue('16');
	await expect(figure(page, 'vcpus')).toHaveText('8 of 64'); // 16 cores × 4 vCPUs per core
	await tabTo(page, cores, { back: true });
	await page.keyboard.press('Control+a');
	await page.keyboard.type('24');
	await page.keyboard.press('Enter');
	await expect(cores).toHaveValue('24');
	await expect(figure(page, 'vcpus')).toHaveText('8 of 96');
	await expect(page.getByRole('slider', { name: 'CPU cores slider' })).toHaveAttribute(
		'aria-valuetext',
		'24 cores'
	);
	// Typing a letter into the field is typing, not a shortcut: presentation mode stays off.
	expect(await presenting(page)).toBe(false);
});

test('sharing: Copy link with Enter fills the clipboard; the QR and Embed dialogs open with Enter and close with Escape', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));

	const copy = page.getByRole('button', { name: 'Copy link' });
	await tabTo(page, copy);
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?s=v3\./);
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();

	const qr = page.getByRole('button', { name: 'QR code' });
	await tabTo(page, qr);
	await page.keyboard.press('Enter');
	const qrDialog = page.getByRole('dialog', { name: 'Scan to open this scenario' });
	await expect(qrDialog).toBeVisible();
	await expect(qrDialog.getByRole('img', { name: /QR code/ })).toBeVisible();
	// The modal dialog holds the focus.
	await expect.poll(() => qrDialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(qrDialog).toBeHidden();
	await expect(qr).toBeFocused();

	const embed = page.getByRole('button', { name: 'Embed', exact: true });
	await tabTo(page, embed);
	await page.keyboard.press('Enter');
	const embedDialog = page.getByRole('dialog', { name: 'Embed in a course page' });
	await expect(embedDialog).toBeVisible();
	await expect(embedDialog.getByLabel('HTML to paste')).toBeFocused();
	await expect(embedDialog.getByLabel('HTML to paste')).toHaveValue(/^<iframe src=".*\?s=v3\./);
	await page.keyboard.press('Escape');
	await expect(embedDialog).toBeHidden();
	await expect(embed).toBeFocused();
});

test('comparing: Compare A/B with Enter, then the arrow keys switch which side is edited', async ({
	page
}) => {
	// Tabbing across the page twice is ~100 key presses: room for a loaded 2-core machine.
	test.setTimeout(90_000);
	await tabTo(page, page.getByRole('button', { name: 'Compare A/B' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toBeVisible();
	await expect(page.locator('tr[data-delta="memory"] td.diff')).toContainText('±0');

	// B is edited after duplicating, and the focus moves from the vanished button to its radio.
	const editA = page.getByRole('radio', { name: 'Edit A' });
	const editB = page.getByRole('radio', { name: 'Edit B' });
	await expect(editB).toBeChecked();
	await expect(editB).toBeFocused();
	// The side radios move with the arrows.
	await page.keyboard.press('ArrowLeft');
	await expect(editA).toBeChecked();
	await expect(editA).toBeFocused();
	await expect(page.locator('.editing')).toHaveText('Editing side A');
	await page.keyboard.press('ArrowRight');
	await expect(editB).toBeChecked();
	await expect(page.locator('.editing')).toHaveText('Editing side B');

	// Place on B with the keyboard: the grabbed workload's arrow goes to B's host.
	const redis = chip(page, 'Redis cache VM');
	await tabTo(page, redis);
	await page.keyboard.press('Enter');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#host-b-dropzone')).toBeFocused();
	await page.keyboard.press('Enter');
	const sides = page.locator('.side');
	await expect(card(sides.nth(1), 'Redis cache VMs')).toBeVisible();
	await expect(card(sides.nth(0), 'Redis cache VMs')).toHaveCount(0);
	await expect(page.locator('tr[data-delta="vcpus"] td.diff')).toHaveText(/\+1/);

	// Stop comparing: the focus lands on Compare A/B, which takes the vanished button's place.
	await tabTo(page, page.getByRole('button', { name: 'Stop comparing' }), { back: true });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'B compared with A' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Compare A/B' })).toBeFocused();
});

test('presenting: P turns presentation mode on and off, and so does Enter on its button', async ({
	page
}) => {
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
	expect(await presenting(page)).toBe(true);
	await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
	expect(await presenting(page)).toBe(false);

	const present = page.getByRole('button', { name: 'Present' });
	await tabTo(page, present);
	await page.keyboard.press('Enter');
	const exit = page.getByRole('button', { name: 'Exit presentation' });
	await expect(exit).toBeVisible();
	expect(await presenting(page)).toBe(true);
	// The same button, relabelled, keeps the focus: Enter again leaves.
	await expect(exit).toBeFocused();
	// ? opens the keys list, Escape closes it, still presenting.
	await page.keyboard.press('?');
	const keys = page.getByRole('dialog', { name: 'Keys for presenting' });
	await expect(keys).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(keys).toBeHidden();
	expect(await presenting(page)).toBe(true);
	await tabTo(page, exit);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
	expect(await presenting(page)).toBe(false);
	await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
});
