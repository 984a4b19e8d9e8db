/**
 * Issue 13, the sandbox: each defect a new user met, checked in the built app so it stays fixed.
 * Items 1 (card settings), 3 (human names, renaming), 4 (the "?" explains its own number) and
 * 5 (what fits follows a group's sizing).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeLink } from '../../../src/lib/scenario/link';

const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });
const summary = (page: Page) => page.locator('#host-dropzone-summary');
const notes = (page: Page) => page.getByRole('region', { name: 'Notes' });
const fit = (page: Page) => page.getByRole('region', { name: 'What fits on an empty host' });

async function open(page: Page, width = 1280, height = 800) {
	await page.setViewportSize({ width, height });
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}
async function setCount(page: Page, name: string, n: number) {
	const field = card(page, name).getByRole('spinbutton').first();
	await field.fill(String(n));
	await field.press('Enter');
	await expect(field).toHaveValue(String(n));
}
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

for (const width of [1280, 1920, 1024, 390]) {
	test(`item 1: a card's settings stay inside the card and take clicks at ${width} px`, async ({
		page
	}) => {
		await open(page, width, 900);
		const vm = card(page, 'nginx as VMs');
		await vm.locator('summary').click();
		const fields = [
			vm.getByRole('spinbutton').nth(1),
			vm.getByRole('spinbutton').nth(2),
			vm.getByRole('combobox'),
			vm.getByRole('button', { name: /^Remove/ })
		];
		for (const f of fields) expect(await inside(f, vm)).toBe(true);
		// A click where the RAM field is lands on the RAM field, not on the next card.
		const ram = fields[1]!;
		await ram.scrollIntoViewIfNeeded();
		const box = (await ram.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(ram).toBeFocused();
	});
}

test('item 3: a palette-placed group has a human name in the shortage and the notes', async ({
	page
}) => {
	await open(page);
	const chip = page.getByRole('button', {
		name: 'PostgreSQL database VM: grab to place on the host'
	});
	await chip.click();
	await page.locator('#host-dropzone').click();
	await setCount(page, 'PostgreSQL database VMs', 200);
	await expect(summary(page)).toContainText('of “PostgreSQL database VMs” does not fit');
	await expect(notes(page)).toContainText('“PostgreSQL database VMs”');
	await expect(summary(page)).not.toContainText(/“g\d+”/);
	await expect(notes(page)).not.toContainText(/“g\d+”/);
});

test('item 3: groups and the scenario are renamed in place, undoably, and the link keeps it', async ({
	page
}) => {
	await open(page);
	const rename = card(page, 'nginx as VMs').getByRole('button', { name: /^Rename group/ });
	await rename.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.type('front-end tier');
	await page.keyboard.press('Enter');
	await expect(card(page, 'front-end tier')).toBeVisible();
	await expect(card(page, 'front-end tier').getByRole('button', { name: /^Rename/ })).toBeFocused();
	await setCount(page, 'front-end tier', 500);
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
	await expect(card(page, 'front-end tier')).toBeVisible();

	// Undo brings the old names back, one step at a time.
	await page.getByRole('button', { name: /^Rename group front-end tier/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('web');
	await page.keyboard.press('Enter');
	await expect(card(page, 'web')).toBeVisible();
	await page.getByRole('button', { name: '↶ Undo' }).click();
	await expect(card(page, 'front-end tier')).toBeVisible();
});

test('item 4: the "?" beside a per-instance figure breaks that very number into its parts', async ({
	page
}) => {
	await open(page);
	for (const [name, parts] of [
		['nginx as VMs', ['Hypervisor', 'Guest kernel', 'Guest OS services', 'App']],
		['nginx as containers', ['Container runtime', 'App']]
	] as const) {
		const facts = card(page, name).locator('.facts');
		const each = (await facts.textContent())!.match(/([\d.,]+ [KMGT]iB) each/)![1]!;
		await card(page, name)
			.getByRole('button', { name: /^Explain the memory of one instance/ })
			.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('.value')).toContainText(each);
		for (const p of parts) await expect(dialog.getByRole('rowheader', { name: p })).toBeVisible();
		// Each part opens its own explanation, and Back returns to the whole.
		await dialog.getByRole('button', { name: new RegExp(`^Explain ${parts[0]}:`) }).click();
		await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
			new RegExp(`^${parts[0]} memory of one nginx web server`)
		);
		await dialog.getByRole('button', { name: /^← Back to Memory of one/ }).click();
		await expect(dialog.locator('.value')).toContainText(each);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	}
});

test('item 5: what fits follows the RAM a group was given, and says which sizing it used', async ({
	page
}) => {
	await open(page);
	const vmRow = fit(page).locator('tr[data-kind="vm"]');
	const before = Number((await vmRow.locator('.num').textContent())!.replace(/,/g, ''));
	await expect(fit(page).locator('[data-sizing="vm"]')).toHaveText(
		/^Default sizing: 1 GiB RAM, 1 vCPU\b/
	);
	const vm = card(page, 'nginx as VMs');
	await vm.locator('summary').click();
	const ram = vm.getByRole('spinbutton').nth(2);
	const count = async () => Number((await vmRow.locator('.num').textContent())!.replace(/,/g, ''));
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
	await expect(fit(page).locator('tr.why').first()).toContainText(`each VM needs ${each}`);
});
