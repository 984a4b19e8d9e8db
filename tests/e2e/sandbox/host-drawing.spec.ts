/**
 * The host and the first look, in the built app: the host OS and hypervisor agree, the drawing
 * tells a VM from a container on first sight with readable labels, a card dragged off the host
 * leaves no stray selection, and a long scenario name keeps clear of the header's buttons.
 */
import { expect, test } from '../fixtures/app';
import type { Page } from '@playwright/test';
import { defaultScenario, evaluate, formatMiB } from '../../../src/lib/model';
import { EDGE_PX } from '../../../src/lib/sandbox/draggable';

async function openAt(app: { page: Page; open: () => Promise<void> }, width = 1280, height = 800) {
	await app.page.setViewportSize({ width, height });
	await app.open();
}

test('the host OS offers only hypervisors that run on it, says when it switched, and undo puts both back', async ({
	app,
	page
}) => {
	await openAt(app);
	const os = page.getByRole('combobox', { name: 'Host OS' });
	const hv = page.getByRole('combobox', { name: 'Hypervisor' });
	await os.selectOption('windows');
	await expect(page.locator('[data-switched]')).toHaveText(
		/KVM \(QEMU\) does not run on Windows: the hypervisor is now Microsoft Hyper-V\./
	);
	await expect(hv).toHaveValue('hyperv');
	await expect(app.card('nginx as VMs')).not.toHaveClass(/bad/);
	await os.selectOption('macos');
	const options = await hv.locator('option').allTextContents();
	expect(options.join('|')).toMatch(/Apple Virtualization framework/);
	expect(options.join('|')).toMatch(/Parallels/);
	expect(options.join('|')).toMatch(/VMware Fusion/);
	expect(options.join('|')).not.toMatch(/ESXi|KVM|Hyper-V/);
	await expect(hv).toHaveValue('apple-vz');
	await expect(app.card('nginx as VMs')).not.toHaveClass(/bad/);
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

test('on first sight at 1280×800 and 1024×768, a VM and a container are told apart and the drawing’s labels are readable', async ({
	app,
	page
}) => {
	await openAt(app);
	const vmBar = page.locator('[data-strip-row="vm"] .bar');
	const ctBar = page.locator('[data-strip-row="container"] .bar');
	for (const [width, height] of [
		[1280, 800],
		[1024, 768]
	] as const) {
		await page.setViewportSize({ width, height });
		await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
		await expect(vmBar).toBeInViewport({ ratio: 1 });
		await expect(ctBar).toBeInViewport({ ratio: 1 });
		const [vm, ct] = [(await vmBar.boundingBox())!, (await ctBar.boundingBox())!];
		expect(vm.width / ct.width, `at ${width}×${height}`).toBeGreaterThan(10);
		const label = page.locator('#host-dropzone .band-label').first();
		expect(
			parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize)),
			`at ${width}×${height}`
		).toBeGreaterThanOrEqual(15);
	}
	await expect(page.locator('[data-strip-sentence]')).toContainText(
		/One of “nginx as VMs” \(.+ in use and .+ reserved but idle\) takes as much of the host’s memory as about [\d,]+ of “nginx as containers”/
	);
	// The drawing gives the instances the room; the free memory is summarised, not drawn.
	await expect(app.host).toContainText('not drawn to scale');
	await page.getByLabel('Whole host to scale').check();
	await expect(app.host).not.toContainText('not drawn to scale');
});

test('dragging a card off the host removes it, selects no text, keeps the scroll and shows a grabbing hand', async ({
	app,
	page
}) => {
	await openAt(app);
	const from = app.card('nginx as microVMs');
	await from.scrollIntoViewIfNeeded();
	await expect(from).toHaveCSS('cursor', 'grab');
	const a = (await from.locator('.facts').boundingBox())!;
	const scrollBefore = await page.evaluate(() => window.scrollY);
	await page.mouse.move(a.x + 5, a.y + 5);
	await page.mouse.down();
	await page.mouse.move(a.x + 40, a.y + 40, { steps: 4 });
	await expect(page.locator('html')).toHaveClass(/dragging/);
	// Across the text of the results column, short of the window's edge (held at an edge, a drag
	// scrolls the page on purpose: phone-drag.spec.ts); no text is selected and nothing scrolls.
	await page.mouse.move(1150, 790 - EDGE_PX, { steps: 12 });
	expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
	await page.mouse.up();
	await expect(app.card('nginx as microVMs')).toHaveCount(0);
	expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
	expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
});

test('a long scenario name stays on one line and clear of the header’s buttons', async ({
	app,
	page
}) => {
	await openAt(app, 1024, 768);
	await page.getByRole('button', { name: /^Rename the scenario/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type(
		'A'.repeat(20) + ' very long name that a teacher typed for class 3B, in full'
	);
	await page.keyboard.press('Enter');
	const name = page.locator('[data-scenario-name] .text');
	await expect(name).toHaveAttribute('title', /very long name/);
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
});

test('a Kubernetes node’s reservation is drawn and named as the platform’s, apart from idle guest RAM, in the drawing and the legend; the names sit clear of each other', async ({
	app,
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const s = defaultScenario();
	s.host = { ...s.host, kubernetes: { platform: 'gke' } };
	const r = evaluate(s);
	const reserved = r.memory.hostLevel.idle;
	expect(reserved).toBeGreaterThan(0);
	await app.open({ scenario: s });
	await page.getByLabel('Whole host to scale').check();
	const legend = page.locator('[data-legend="reserved"]');
	await expect(legend).toHaveText(`Reserved by the platform ${formatMiB(reserved)}`);
	// Idle guest RAM (the VMs') keeps its own entry, without the reservation in it.
	await expect(page.locator('[data-legend="idle"]')).toHaveText(
		`Allocated but idle ${formatMiB(r.memory.byLayer.idle - reserved)}`
	);
	// The drawing's piece uses the reservation's own pattern, named in its tooltip.
	const piece = app.host.locator('[data-host-layer="reserved"]');
	await expect(piece).toHaveAttribute('fill', /hatch-reserved/);
	await expect(piece.locator('title')).toContainText(
		'Reserved by the platform (Google Kubernetes Engine'
	);
	// The legend's swatch is the drawing's stripes: upright, where idle's slant.
	const swatch = (key: string) =>
		page
			.locator(`[data-legend="${key}"] .swatch`)
			.evaluate((el) => getComputedStyle(el).backgroundImage);
	expect(await swatch('reserved')).toMatch(/90deg/);
	expect(await swatch('idle')).toMatch(/45deg/);
	// No two band names overlap.
	const boxes = await app.host
		.locator('.label-back')
		.evaluateAll((els) =>
			els
				.map((e) => e.getBoundingClientRect())
				.map((b) => ({ top: b.top, bottom: b.bottom, left: b.left, right: b.right }))
		);
	expect(boxes.length).toBeGreaterThanOrEqual(3);
	for (const [i, a] of boxes.entries())
		for (const b of boxes.slice(i + 1))
			expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).toBe(
				true
			);
});
