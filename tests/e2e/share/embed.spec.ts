import { expect, test } from '@playwright/test';
import { defaultScenario } from '../../../src/lib/model';
import { linkOf, settled, v1Link } from '../fixtures/helpers';
import { HOST } from '../fixtures/persistenceHelpers';

test('?embed shows the host and the key figures without editing controls, and links back', async ({
	page
}) => {
	// The start page writes no link until an edit: open the starting scenario as one.
	await page.goto(`/?s=${v1Link({ scenario: defaultScenario() })}`);
	const link = await linkOf(page);

	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto(`/?s=${new URL(link).searchParams.get('s')}&embed`);
	// The link the embedded page holds now (the same state, written back).
	const s = new URL(await linkOf(page)).searchParams.get('s')!;
	const back = page.getByRole('link', { name: 'Open in Overhead Sandbox ↗' });
	await expect(back).toBeVisible();
	await expect(page.locator('#host-dropzone')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
	for (const name of ['Copy link', 'Present', 'Compare A/B', 'Lessons', '↶ Undo'])
		await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
	await expect(page.getByRole('complementary', { name: 'Host settings' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Workloads' })).toHaveCount(0);
	await expect(page.getByTestId('charts')).toHaveCount(0);

	// The link back opens the full app with the same state, in a new tab.
	const href = new URL((await back.getAttribute('href'))!);
	expect(href.searchParams.get('s')).toBe(s);
	expect(href.searchParams.has('embed')).toBe(false);
	await expect(back).toHaveAttribute('target', '_blank');
});

test('an embedded lesson step shows its caption and the boot race', async ({ page }) => {
	await page.goto('/?lesson=boot-race&embed');
	await expect(page.getByText(/Press play\. The VM goes firmware/)).toBeVisible();
	await expect(page.getByTestId('boot-race')).toBeVisible();
	// The link back opens the full app on the same lesson step.
	const href = await page
		.getByRole('link', { name: 'Open in Overhead Sandbox ↗' })
		.getAttribute('href');
	expect(new URL(href!).searchParams.has('embed')).toBe(false);
	await page.goto(href!);
	await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
	await expect(page.getByText(/Press play\. The VM goes firmware/)).toBeVisible();
	await expect(page.getByTestId('boot-race')).toBeVisible();
});

test('the Embed dialog holds an <iframe> of the current link, escaped, and copies it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	// The prerendered page shows before it is live: a file chosen before then would be lost.
	await settled(page);
	// A scenario whose name would break naive markup.
	const name = 'Tom’s "lab" <3 & more';
	const file = {
		format: 'overhead-sandbox-scenario',
		version: 1,
		scenario: {
			version: 1,
			name,
			host: { ...HOST, cpuOvercommit: 4 },
			groups: [{ id: 'g1', kind: 'container', workload: 'nginx', count: 3 }]
		}
	};
	await page.getByLabel('Import a scenario file').setInputFiles({
		name: 'lab.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(page.locator('.tagline')).toContainText(name);
	const link = await linkOf(page);

	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
	await expect(dialog).toBeVisible();
	const code = await dialog.getByLabel('HTML to paste').inputValue();
	const s = new URL(link).searchParams.get('s')!;
	expect(code).toBe(
		`<iframe src="${new URL(link).origin}/?s=${s}&amp;embed" width="800" height="500" ` +
			`title="Overhead Sandbox: Tom’s &quot;lab&quot; &lt;3 &amp; more" loading="lazy"></iframe>`
	);
	// Parsed as HTML, the snippet is one iframe with the right title and the embed link.
	const parsed = await page.evaluate((html) => {
		const t = document.createElement('template');
		t.innerHTML = html;
		const f = t.content.firstElementChild as HTMLIFrameElement;
		return { count: t.content.childElementCount, title: f.title, src: f.getAttribute('src') };
	}, code);
	expect(parsed).toEqual({ count: 1, title: `Overhead Sandbox: ${name}`, src: `${link}&embed` });

	await dialog.getByRole('button', { name: 'Copy' }).click();
	await expect(dialog.getByRole('status')).toContainText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('the embedded page works inside an iframe of another page', async ({ page }) => {
	// The start page writes no link until an edit: open the starting scenario as one.
	await page.goto(`/?s=${v1Link({ scenario: defaultScenario() })}`);
	const link = await linkOf(page);
	await page.setContent(
		`<h1>Course page</h1><iframe src="${link}&embed" width="800" height="500" title="Overhead Sandbox"></iframe>`
	);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('#host-dropzone')).toBeVisible();
	await expect(frame.getByRole('link', { name: 'Open in Overhead Sandbox ↗' })).toBeVisible();
});
