/**
 * A group on the host, in the built app: its card's settings fit the card at every width, groups
 * and the scenario are renamed in place (and the link keeps the names), and What fits follows the
 * sizing a group was given.
 */
import { expect, test } from '../fixtures/app';
import type { Locator, Page } from '@playwright/test';
import { decodeLink } from '../../../src/lib/scenario/link';
import { formatMiB } from '../../../src/lib/model';

const summary = (page: Page) => page.locator('#host-dropzone-summary');
const fit = (page: Page) => page.getByRole('region', { name: 'What fits on an empty host' });

/** The scenario's name and its first group's label, as the page's link holds them. */
function linkedNames(page: Page): (string | undefined)[] {
	const s = new URL(page.url()).searchParams.get('s');
	const d = s ? decodeLink(s) : null;
	if (!d?.ok) return [];
	return [d.state.scenario.name, d.state.scenario.groups[0]?.label];
}
/** Whether `inner`'s box lies inside `outer`'s (to a pixel). */
async function inside(inner: Locator, outer: Locator) {
	const [a, b] = [(await inner.boundingBox())!, (await outer.boundingBox())!];
	return (
		a.x >= b.x - 1 &&
		a.y >= b.y - 1 &&
		a.x + a.width <= b.x + b.width + 1 &&
		a.y + a.height <= b.y + b.height + 1
	);
}

test('a card’s settings stay inside the card and take clicks at 1280, 1920, 1024 and 390 px', async ({
	app,
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await app.open();
	const vm = app.card('nginx as VMs');
	await vm.locator('summary').click();
	const fields = [
		vm.getByRole('spinbutton').nth(1),
		vm.getByRole('spinbutton').nth(2),
		vm.getByRole('combobox'),
		vm.getByRole('button', { name: /^Remove/ })
	];
	const ram = fields[1]!;
	for (const width of [1280, 1920, 1024, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
		// Polled: a layout that follows the width in script settles a frame later.
		for (const f of fields) await expect.poll(() => inside(f, vm), `at ${width} px`).toBe(true);
		// A click where the RAM field is lands on the RAM field, not on the next card.
		await ram.blur();
		await expect(ram).not.toBeFocused();
		await ram.scrollIntoViewIfNeeded();
		const box = (await ram.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(ram, `at ${width} px`).toBeFocused();
	}
});

test('groups and the scenario are renamed in place, undoably, and the link keeps both names', async ({
	app,
	page
}) => {
	await app.open();
	const rename = app.card('nginx as VMs').getByRole('button', { name: /^Rename group/ });
	await rename.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.type('front-end tier');
	await page.keyboard.press('Enter');
	await expect(app.card('front-end tier')).toBeVisible();
	await expect(app.card('front-end tier').getByRole('button', { name: /^Rename/ })).toBeFocused();
	await app.setCount('front-end tier', 500);
	await expect(summary(page)).toContainText('“front-end tier” does not fit');

	// Escape keeps the old name; an empty name goes back to the default one.
	await page.getByRole('button', { name: /^Rename the scenario/ }).click();
	await page.keyboard.type('Lab 3');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-scenario-name]')).toHaveText(/nginx three ways/);
	await page.getByRole('button', { name: /^Rename the scenario/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Lab 3: density');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-scenario-name]')).toHaveText(/Lab 3: density/);

	// Written into the link (after its short write delay), so a reload keeps both names.
	await expect.poll(() => linkedNames(page)).toEqual(['Lab 3: density', 'front-end tier']);
	await page.reload();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.locator('[data-scenario-name]')).toHaveText(/Lab 3: density/);
	await expect(app.card('front-end tier')).toBeVisible();

	// Undo brings the old names back, one step at a time.
	await page.getByRole('button', { name: /^Rename group front-end tier/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('web');
	await page.keyboard.press('Enter');
	await expect(app.card('web')).toBeVisible();
	await page.getByRole('button', { name: '↶ Undo' }).click();
	await expect(app.card('front-end tier')).toBeVisible();
});

test('what fits follows the RAM a group was given, and says which sizing it used', async ({
	app,
	page
}) => {
	await app.open();
	const vmRow = fit(page).locator('tr[data-kind="vm"]');
	const count = async () => Number((await vmRow.locator('.num').textContent())!.replace(/,/g, ''));
	const before = await count();
	await expect(fit(page).locator('[data-sizing="vm"]')).toHaveText(
		/^Default sizing: 1 GiB RAM, 1 vCPU\b/
	);
	const vm = app.card('nginx as VMs');
	await vm.locator('summary').click();
	const ram = vm.getByRole('spinbutton').nth(2);
	await ram.fill('512');
	await ram.press('Enter');
	await expect(fit(page).locator('[data-sizing="vm"]')).toHaveText(
		/^Sized as “nginx as VMs”: 512 MiB RAM, 1 vCPU\b/
	);
	await expect.poll(count).toBeGreaterThan(before);
	// Bigger VMs: fewer fit, counted with the card's own per-VM figure.
	await ram.fill('2048');
	await ram.press('Enter');
	await expect(fit(page).locator('[data-sizing="vm"]')).toHaveText(
		/^Sized as “nginx as VMs”: 2 GiB RAM, 1 vCPU\b/
	);
	await expect.poll(count).toBeLessThan(before);
	const each = (await vm.locator('.facts').textContent())!.match(/([\d.,]+ [KMGT]iB) each/)![1]!;
	// What fits gives the exact MiB, so its division can be redone; rounded, it is the card's figure.
	const why = fit(page).locator('tr.why').first();
	await expect(why).toContainText(/each VM needs [\d,]+ MiB/);
	const exact = Number(
		(await why.textContent())!.match(/each VM needs ([\d,]+) MiB/)![1]!.replaceAll(',', '')
	);
	expect(formatMiB(exact)).toBe(each);
});
