import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Every screen issue 15 (own workloads and imports) changed, at a laptop and a projector: into
 * $SHOTS_DIR (default screenshots/issue15, git-ignored). `npm run screenshots`, after `npm run build`.
 */
const dir = process.env.SHOTS_DIR ?? 'screenshots/issue15';
const SIZES = [
	[1280, 800],
	[1024, 768]
] as const;
const COMPOSE = readFileSync('tests/unit/import/fixtures/shop-compose.yml', 'utf8');
const STATS = `CONTAINER ID   NAME         CPU %     MEM USAGE / LIMIT     MEM %     NET I/O         BLOCK I/O     PIDS
3f1c2a9b8d7e   shop-api-1   12.50%    183.4MiB / 512MiB     35.82%    1.2MB / 800kB   0B / 0B       11`;

async function open(page: Page, width: number, height: number) {
	await page.setViewportSize({ width, height });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}

async function importCompose(page: Page) {
	await page.getByRole('button', { name: 'Import from text' }).click();
	const d = page.getByRole('dialog', { name: /Import a compose file/ });
	await d.getByLabel(/Paste a compose file/).fill(COMPOSE);
	await d.getByRole('button', { name: 'Read it' }).click();
	await expect(d.getByRole('table')).toBeVisible();
	return d;
}

for (const [width, height] of SIZES) {
	const shot = (page: Page, name: string) =>
		page.screenshot({ path: `${dir}/${name}-${width}x${height}.png` });

	test(`import report, palette and editor at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		const d = await importCompose(page);
		await shot(page, 'import-report');
		await d.getByRole('button', { name: 'Add to this scenario' }).click();
		await expect(d).toBeHidden();
		await page.locator('#palette-heading').scrollIntoViewIfNeeded();
		await shot(page, 'palette');
		await page.getByRole('button', { name: /Edit your workload api/ }).click();
		const editor = page.getByRole('dialog', { name: /Your own workload/ });
		await expect(editor).toBeVisible();
		await shot(page, 'editor');
		await editor.getByText('Measurements from a real system').click();
		await editor.getByLabel(/Paste the output/).fill(STATS);
		await editor.getByRole('button', { name: 'Read the measurements' }).click();
		await editor.getByRole('button', { name: 'Only compare' }).click();
		await editor.getByRole('table').scrollIntoViewIfNeeded();
		await shot(page, 'editor-measured');
	});

	test(`new workload and import text at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		await page.getByRole('button', { name: '+ Your own workload' }).click();
		await shot(page, 'editor-new');
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Import from text' }).click();
		await shot(page, 'import-text');
	});
}

/**
 * The path the issue asks for in under a minute: a compose file, its mapping report, the stack as
 * containers, as VMs, as microVMs, and on a Kubernetes node with What fits answering for its API.
 */
const DOCS = ['1-report', '3-vms', '5-node', '7-density'];
for (const [width, height] of SIZES) {
	/** With DOCS_SHOTS set, the laptop size also goes to docs/import-path as PNG, for docs/import.md. */
	const shot = async (page: Page, name: string) => {
		await page.screenshot({ path: `${dir}/path-${name}-${width}x${height}.png` });
		if (process.env.DOCS_SHOTS && width === 1280 && DOCS.includes(name))
			await page.screenshot({ path: `docs/import-path/${name}.png` });
	};
	const said = (page: Page, text: string) =>
		expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

	test(`from a compose file to a Kubernetes node at ${width}×${height}`, async ({ page }) => {
		await open(page, width, height);
		const d = await importCompose(page);
		await shot(page, '1-report');
		await d.getByRole('button', { name: 'Replace the groups on the host' }).click();
		await expect(d).toBeHidden();
		await said(page, 'They run as containers');
		await shot(page, '2-containers');
		for (const [button, as, name] of [
			['Show as VMs', 'They run as VMs', '3-vms'],
			['Show as microVMs', 'They run as microVMs', '4-microvms'],
			['Show as containers', 'They run as containers', '']
		] as const) {
			await page.getByRole('status').getByRole('button', { name: button }).click();
			await said(page, as);
			if (name) await shot(page, name);
		}
		const node = page.locator('[data-topic=kubernetes]');
		await node.locator('summary').click();
		await node.getByRole('switch', { name: 'This host is a Kubernetes node' }).check();
		await node.getByRole('button', { name: 'GKE e2-standard-4' }).click();
		await page.locator('section.fit').getByLabel('Workload').selectOption({ label: 'api' });
		await expect(page.locator('section.fit tr[data-kind="container"]')).toBeVisible();
		await page.evaluate(() => window.scrollTo(0, 0));
		await shot(page, '5-node');
		await node.scrollIntoViewIfNeeded();
		await shot(page, '6-node-settings');
		await page.locator('[data-chart-id="density"]').scrollIntoViewIfNeeded();
		await shot(page, '7-density');
	});
}
