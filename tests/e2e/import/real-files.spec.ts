/**
 * The real public files (tests/fixtures/real) imported as a person would: dropped on the page,
 * read in the mapping report — every service named with the memory and CPU the model gives it —
 * then put on the host, which the page scrolls to, titled after the file. No view is wider than
 * the window at 1280 and 1024 px, and a phone (390 px) never scrolls sideways.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { settled } from '../fixtures/helpers';

const fixture = (name: string) =>
	readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');

/** Fixture, the name the file has in its repository, its services, and its title once applied. */
const FILES: [fixture: string, fileName: string, services: string[], title: string][] = [
	[
		'microservices-demo.yaml',
		'kubernetes-manifests.yaml',
		[
			'emailservice',
			'checkoutservice',
			'recommendationservice',
			'frontend',
			'paymentservice',
			'productcatalogservice',
			'cartservice',
			'loadgenerator',
			'currencyservice',
			'shippingservice',
			'redis-cart',
			'adservice'
		],
		'emailservice, checkoutservice, recommendationservice and 9 more'
	],
	[
		'guestbook-all-in-one.yaml',
		'guestbook-all-in-one.yaml',
		['redis-master', 'redis-replica', 'frontend'],
		'guestbook-all-in-one'
	],
	[
		'voting-app-compose.yml',
		'docker-compose.yml',
		['votes', 'result', 'worker', 'redis', 'db'],
		'votes, result, worker and 2 more'
	],
	[
		'voting-app-stack.yml',
		'docker-stack.yml',
		['redis', 'db', 'vote', 'result', 'worker', 'visualizer'],
		'redis, db, vote and 3 more'
	],
	[
		'voting-app-k8s.yaml',
		'k8s-specifications.yaml',
		['db', 'redis', 'result', 'vote', 'worker'],
		'k8s-specifications'
	],
	[
		'awesome-wordpress-mysql.yaml',
		'compose.yaml',
		['db', 'wordpress', 'phpmyadmin'],
		'db, wordpress and phpmyadmin'
	],
	[
		'awesome-react-express-mongodb.yaml',
		'compose.yaml',
		['frontend', 'Backend', 'db'],
		'frontend, Backend and db'
	],
	[
		'awesome-nginx-golang-postgres.yaml',
		'compose.yaml',
		['backend', 'db', 'proxy'],
		'backend, db and proxy'
	],
	[
		'awesome-prometheus-grafana.yaml',
		'compose.yaml',
		['prometheus', 'grafana'],
		'prometheus and grafana'
	],
	[
		'awesome-elasticsearch-logstash-kibana.yaml',
		'compose.yaml',
		['elasticsearch', 'logstash', 'kibana'],
		'elasticsearch, logstash and kibana'
	]
];

const dialog = (page: Page) => page.getByRole('dialog', { name: /Import a compose file/ });

async function dropFile(page: Page, name: string, content: string) {
	const dataTransfer = await page.evaluateHandle(
		([n, c]) => {
			const dt = new DataTransfer();
			dt.items.add(new File([c], n));
			return dt;
		},
		[name, content] as const
	);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** The page's width beyond the window, px (0 when nothing is wider). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** MiB in a figure such as “215 MiB” or “1.2 GiB”. */
const mib = (text: string) => {
	const m = /([\d.,]+)\s*(MiB|GiB)/.exec(text);
	if (!m) return NaN;
	return Number(m[1]!.replace(/,/g, '')) * (m[2] === 'GiB' ? 1024 : 1);
};

for (const [file, fileName, services, title] of FILES) {
	test(`${file}: every service named with its modelled memory, put on the host, no page wider than the window`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await settled(page);
		await dropFile(page, fileName, fixture(file));
		const d = dialog(page);
		const table = d.getByRole('table');
		await expect(table).toBeVisible();
		for (const service of services) {
			const row = table.locator(`tr[data-item="${service}"]`);
			await expect(row.getByRole('rowheader')).toContainText(service);
			const memory = (await row.locator('[data-memory]').textContent()) ?? '';
			expect(mib(memory), `${service}: ${memory}`).toBeGreaterThan(0);
		}
		for (const width of [1280, 1024, 390]) {
			await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
			expect(await overflow(page), `dialog at ${width} px`).toBeLessThanOrEqual(0);
		}

		await page.setViewportSize({ width: 1280, height: 800 });
		await d.getByRole('button', { name: 'Replace the groups on the host' }).click();
		await expect(d).toBeHidden();
		await expect(page.locator('header [data-scenario-name]')).toContainText(title);
		for (const service of services)
			await expect(page.locator('li.card').filter({ hasText: service }).first()).toBeAttached();
		// The page brings the person to the host with the imported groups on it.
		await expect(page.locator('#host-dropzone-heading')).toBeFocused();
		await expect(page.locator('#host-dropzone-heading')).toBeInViewport();
		// What fits follows the import: its first service's workload.
		await expect(page.locator('section.fit').getByLabel('Workload')).not.toHaveValue('nginx');
		for (const width of [1280, 1024, 390]) {
			await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
			expect(await overflow(page), `page at ${width} px`).toBeLessThanOrEqual(0);
		}
	});
}

test('microservices-demo: redis-cart is modelled from its 200 Mi request, and the palette keeps own workloads in one row', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await settled(page);
	const palette = page.locator('section.palette li');
	const rowsBefore = await palette.count();
	await dropFile(page, 'kubernetes-manifests.yaml', fixture('microservices-demo.yaml'));
	const d = dialog(page);
	const cart = d.locator('tr[data-item="redis-cart"]');
	await expect(cart).toContainText('request');
	expect(mib((await cart.locator('[data-memory]').textContent()) ?? '')).toBeGreaterThanOrEqual(
		200
	);
	for (const [w, h] of [
		[1280, 800],
		[1024, 768],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `/work/wt-notes/shots/h20i/import-report-${w}x${h}.png` });
	}
	// The same reason is said once, with the services it applies to.
	await d.getByText(/Where the memory and CPU come from/).click();
	await expect(
		d
			.locator('li')
			.filter({ hasText: /^emailservice, checkoutservice, frontend/ })
			.first()
	).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 800 });
	await d.getByRole('button', { name: 'Add to this scenario' }).click();
	await expect(d).toBeHidden();
	// Twelve own workloads, one palette row for them.
	await expect(palette).toHaveCount(rowsBefore + 1);
	const pick = page.getByRole('combobox', { name: /Your own workloads \(12\)/ });
	await pick.selectOption({ label: 'redis-cart' });
	await expect(
		page.getByRole('button', {
			name: 'redis-cart container: grab to place on the host',
			exact: true
		})
	).toBeVisible();
	await page.screenshot({ path: '/work/wt-notes/shots/h20i/after-import-1280x800.png' });
});
