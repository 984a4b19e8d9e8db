/**
 * Issue 13, the host and the first look: items 11 (every resource over capacity), 15 (wording),
 * 16 (host OS and hypervisor agree), 18 (first impression), 19 (dragging), 21 (long names) and
 * 22 (label size, rounding).
 */
import { expect, test, type Page } from '@playwright/test';

const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });
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

test('item 11: an overfull host flags every resource over capacity, in words too', async ({
	page
}) => {
	await open(page);
	await setCount(page, 'nginx as VMs', 500);
	for (const f of ['memory', 'vcpus', 'cpu', 'disk']) {
		const dd = page.locator(`[data-figure="${f}"]`);
		await expect(dd).toHaveClass(/bad/);
		await expect(dd).toContainText('over capacity');
	}
	await expect(page.locator('[data-figure="fits"]')).toHaveText(
		'No — memory runs out first; disk, vCPUs and CPU time are over capacity too'
	);
});

test('item 15: plain words and formatted numbers', async ({ page }) => {
	await open(page);
	await setCount(page, 'nginx as containers', 1_000_000);
	await expect(page.locator('#host-dropzone')).toContainText('each column 25,000 instances');
	await expect(page.locator('[data-figure="memory"]')).toContainText(/\([\d,]{5,} %\)/);
	await page.getByRole('textbox', { name: 'CPU cores' }).fill('1');
	await page.getByRole('textbox', { name: 'CPU cores' }).press('Enter');
	await expect(page.locator('[data-figure="cpu"]')).toContainText('of 1 core');
	await expect(page.locator('[data-figure="fits"]')).not.toContainText(/\bcpu\b/);
	for (const cell of await fit(page).locator('tr[data-kind] td:last-child').allTextContents())
		expect(cell.trim()).not.toBe('limit');
	// An explanation's title and inputs: labels, not model ids; shares as percentages.
	await card(page, 'nginx as VMs')
		.getByRole('button', { name: /^Explain the memory/ })
		.click();
	await page
		.getByRole('dialog')
		.getByRole('button', { name: /^Explain Hypervisor/ })
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^Hypervisor memory of one/);
	await expect(dialog).not.toContainText(/\bratio\b|guestKernel|binsLibs|hostOs/);
});

test('item 16: the host OS offers only hypervisors that run on it, and says when it switched', async ({
	page
}) => {
	await open(page);
	const os = page.getByRole('combobox', { name: 'Host OS' });
	const hv = page.getByRole('combobox', { name: 'Hypervisor' });
	await os.selectOption('windows');
	await expect(page.locator('[data-switched]')).toHaveText(
		/KVM \(QEMU\) does not run on Windows: the hypervisor is now Microsoft Hyper-V\./
	);
	await expect(hv).toHaveValue('hyperv');
	await expect(card(page, 'nginx as VMs')).not.toHaveClass(/bad/);
	await os.selectOption('macos');
	const options = await hv.locator('option').allTextContents();
	expect(options.join('|')).toMatch(/Apple Virtualization framework/);
	expect(options.join('|')).toMatch(/Parallels/);
	expect(options.join('|')).toMatch(/VMware Fusion/);
	expect(options.join('|')).not.toMatch(/ESXi|KVM|Hyper-V/);
	await expect(hv).toHaveValue('apple-vz');
	await expect(card(page, 'nginx as VMs')).not.toHaveClass(/bad/);
	await expect(page.locator('[data-estimated]')).toContainText('estimates');
	// Undo puts both the OS and the hypervisor back, in one step.
	await page.locator('[data-switched]').getByRole('button', { name: 'Undo' }).click();
	await expect(os).toHaveValue('windows');
	await expect(hv).toHaveValue('hyperv');
	// ESXi is a bare-metal choice: no host OS.
	await os.selectOption('bare-metal');
	await expect(hv).toHaveValue('esxi');
	await expect(page.locator('[data-bare-metal]')).toContainText('in place of a host OS');
	expect(await hv.locator('option').allTextContents()).toEqual(['ESXi — type 1 (bare metal)']);
});

for (const [width, height] of [
	[1280, 800],
	[1024, 768]
] as const) {
	test(`item 18: at ${width}×${height} a VM and a container are told apart on first sight`, async ({
		page
	}) => {
		await open(page, width, height);
		const vmBar = page.locator('[data-strip-row="vm"] .bar');
		const ctBar = page.locator('[data-strip-row="container"] .bar');
		await expect(vmBar).toBeInViewport({ ratio: 1 });
		await expect(ctBar).toBeInViewport({ ratio: 1 });
		const [vm, ct] = [(await vmBar.boundingBox())!, (await ctBar.boundingBox())!];
		expect(vm.width / ct.width).toBeGreaterThan(10);
		await expect(page.locator('[data-strip-sentence]')).toContainText(
			/One of “nginx as VMs” \(.+\) uses as much memory as about [\d,]+ of “nginx as containers”/
		);
		// The drawing gives the instances the room; the free memory is summarised, not drawn.
		await expect(page.locator('#host-dropzone')).toContainText('not drawn to scale');
		await page.getByLabel('Whole host to scale').check();
		await expect(page.locator('#host-dropzone')).not.toContainText('not drawn to scale');
	});
}

test('item 19: dragging a card off the host selects no text and shows a grabbing hand', async ({
	page
}) => {
	await open(page);
	const from = card(page, 'nginx as microVMs');
	await from.scrollIntoViewIfNeeded();
	await expect(from).toHaveCSS('cursor', 'grab');
	const a = (await from.locator('.facts').boundingBox())!;
	const scrollBefore = await page.evaluate(() => window.scrollY);
	await page.mouse.move(a.x + 5, a.y + 5);
	await page.mouse.down();
	await page.mouse.move(a.x + 40, a.y + 40, { steps: 4 });
	await expect(page.locator('html')).toHaveClass(/dragging/);
	await page.mouse.move(a.x + 200, 790, { steps: 12 });
	expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
	await page.mouse.up();
	await expect(card(page, 'nginx as microVMs')).toHaveCount(0);
	expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
	expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
});

test('item 21: a long scenario name stays on one line and clear of the header’s buttons', async ({
	page
}) => {
	await open(page, 1024, 768);
	await page.getByRole('button', { name: /^Rename the scenario/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type(
		'A'.repeat(20) + ' very long name that a teacher typed for class 3B, in full'
	);
	await page.keyboard.press('Enter');
	const name = page.locator('[data-scenario-name] .text');
	const box = (await name.boundingBox())!;
	expect(box.height).toBeLessThan(30);
	for (const b of await page.locator('header button').all()) {
		const o = await b.boundingBox();
		if (!o) continue; // not shown (a closed menu's items)
		const apart =
			o.x >= box.x + box.width ||
			o.x + o.width <= box.x ||
			o.y >= box.y + box.height ||
			o.y + o.height <= box.y;
		expect(apart, (await b.getAttribute('aria-label')) ?? '').toBe(true);
	}
	await expect(name).toHaveAttribute('title', /very long name/);
});

test('item 22: host drawing labels are readable; a typed 2.7 cores says it rounds to 3', async ({
	page
}) => {
	await open(page);
	const label = page.locator('#host-dropzone .band-label').first();
	expect(
		parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))
	).toBeGreaterThanOrEqual(15);
	const cores = page.getByRole('textbox', { name: 'CPU cores' });
	await cores.fill('2.7');
	await cores.press('Enter');
	await expect(cores).toHaveValue('3');
	await expect(
		page.getByRole('status').filter({ hasText: '2.7 cores rounds to 3 cores' })
	).toBeVisible();
	const vm = card(page, 'nginx as VMs');
	await vm.locator('summary').click();
	await vm.getByRole('spinbutton').nth(1).fill('2.5');
	await vm.getByRole('spinbutton').nth(1).press('Enter');
	await expect(vm.getByRole('status')).toContainText('2.5 vCPUs rounds to 3 vCPUs');
	await expect(vm.getByRole('spinbutton').nth(1)).toHaveValue('3');
});
