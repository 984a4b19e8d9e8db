/** Importing the files people have: a compose file dropped or chosen, pasted YAML, hostile input; the mapping report, and VMs in one click. */
import { expect, test, type Page } from '@playwright/test';
import { settled } from '../fixtures/helpers';

const COMPOSE = `name: shop
services:
  web:
    image: nginx:1.27
    deploy:
      replicas: 2
  db:
    image: postgres:16
    mem_reservation: 1g
  cache:
    image: redis:7.2
  api:
    image: ghcr.io/acme/shop-api:1.4
    deploy:
      resources:
        reservations: { memory: 256M, cpus: '0.25' }
`;

const BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
services: *f
`;

const cards = (page: Page) => page.locator('li.card');
const dialog = (page: Page) => page.getByRole('dialog', { name: /Import a compose file/ });

/** Drop `text` as a file named `name` anywhere on the page. */
async function dropFile(page: Page, name: string, content: string | number[]) {
	const dataTransfer = await page.evaluateHandle(
		([n, c]) => {
			const dt = new DataTransfer();
			const body = typeof c === 'string' ? c : new Uint8Array(c);
			dt.items.add(new File([body], n));
			return dt;
		},
		[name, content] as const
	);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await settled(page);
	await expect(cards(page)).toHaveCount(3);
});

test('a dropped compose file (web + db + cache + api) shows its mapping report, then adds named groups as one undoable step', async ({
	page
}) => {
	const fitWorkload = page.locator('section.fit').getByLabel('Workload');
	await fitWorkload.selectOption('redis');
	await dropFile(page, 'compose.yml', COMPOSE);
	const d = dialog(page);
	await expect(d).toBeVisible();
	const table = d.getByRole('table');
	for (const [service, runsAs] of [
		['web', 'nginx'],
		['db', 'PostgreSQL.*own workload'],
		['cache', 'Redis'],
		['api', 'own workload, new']
	])
		await expect(table.getByRole('row', { name: new RegExp(`^${service}`) })).toContainText(
			new RegExp(runsAs!, 'i')
		);
	await expect(d.getByText('Other guesses')).toBeVisible();
	// Nothing changes before accepting.
	await expect(cards(page)).toHaveCount(3);

	await d.getByRole('button', { name: 'Add to this scenario' }).click();
	await expect(d).toBeHidden();
	await expect(cards(page)).toHaveCount(7);
	for (const name of ['web', 'db', 'cache', 'api'])
		await expect(cards(page).filter({ hasText: name }).first()).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: 'Count of web' })).toHaveValue('2');
	// What fits follows the import, as it follows a grabbed chip: its first service's workload.
	await expect(fitWorkload).toHaveValue('nginx');
	// The own workload is in the palette, draggable as any kind.
	await expect(
		page.getByRole('button', { name: 'api VM: grab to place on the host', exact: true })
	).toBeVisible();

	// One click shows the same set as VMs; one undo each step back.
	const banner = page.getByRole('status').filter({ hasText: 'Added 4 groups' });
	await expect(banner).toBeVisible();
	await banner.getByRole('button', { name: 'Show as VMs' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'They run as VMs' })).toBeVisible();
	await expect(cards(page).filter({ hasText: 'web' })).toContainText(/VM/);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(cards(page)).toHaveCount(7);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(cards(page)).toHaveCount(3);
});

test('pasted YAML can replace the groups on the host, shown as microVMs', async ({ page }) => {
	await page.getByRole('button', { name: 'Import from text' }).click();
	const d = dialog(page);
	await d.getByLabel(/Paste a compose file/).fill(COMPOSE);
	await d.getByRole('button', { name: 'Read it' }).click();
	await d.getByRole('radio', { name: 'microVMs' }).check();
	await d.getByRole('button', { name: 'Replace the groups on the host' }).click();
	await expect(cards(page)).toHaveCount(4);
	await expect(page.locator('header [data-scenario-name]')).toContainText('shop');
	await expect(page.getByRole('status').filter({ hasText: 'They run as microVMs' })).toBeVisible();
});

test('a YAML bomb and a binary file each give a plain message, and the scenario stays', async ({
	page
}) => {
	await dropFile(page, 'bomb.yaml', BOMB);
	const d = dialog(page);
	await expect(d.getByRole('alert')).toContainText('expands without bound');
	await expect(d.getByRole('alert')).toContainText('Nothing was changed');
	await d.getByRole('button', { name: 'Close' }).click();
	await expect(cards(page)).toHaveCount(3);

	await dropFile(page, 'photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	await expect(d.getByRole('alert')).toContainText('This is not a text file');
	await expect(d.getByRole('alert')).toContainText('PNG image');
	await d.getByRole('button', { name: 'Close' }).click();
	await expect(cards(page)).toHaveCount(3);
});

test('the Import file button reads a Kubernetes manifest and a too-large file is refused unread', async ({
	page
}) => {
	const manifest = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 3
  template:
    spec:
      initContainers:
        - name: migrate
          image: busybox
      containers:
        - name: api
          image: node:20
          resources: { requests: { memory: 300Mi, cpu: 250m } }
`;
	await page.getByLabel('Import a scenario file').setInputFiles({
		name: 'api.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from(manifest)
	});
	const d = dialog(page);
	await expect(d.getByRole('row', { name: /^api/ })).toContainText('3');
	await d.getByText(/Left out/).click();
	await expect(d).toContainText(/init container/i);
	await d.getByRole('button', { name: 'Cancel' }).click();
	await expect(cards(page)).toHaveCount(3);

	await page.getByLabel('Import a scenario file').setInputFiles({
		name: 'huge.yml',
		mimeType: 'application/yaml',
		buffer: Buffer.alloc(3 * 1024 * 1024, 'a')
	});
	await expect(d.getByRole('alert')).toContainText('The file is too large');
	await expect(cards(page)).toHaveCount(3);
});
