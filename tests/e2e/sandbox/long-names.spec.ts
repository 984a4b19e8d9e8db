/** Real service names (microservices-demo's) are long single words: cards keep them whole and no view widens the page. */
import { expect, test } from '../fixtures/app';
import { HOST } from '../fixtures/persistenceHelpers';

const NAMES = [
	'currencyservice',
	'productcatalogservice',
	'recommendationservice',
	'checkoutservice'
];
const scenario = {
	version: 1,
	name: 'microservices-demo',
	host: { ...HOST, engine: 'containerd' },
	groups: NAMES.map((label, i) => ({
		id: `g${i}`,
		kind: 'container',
		workload: 'nginx',
		count: 1,
		label
	}))
};

test('long service names: each card shows its name on one line, unbroken, and the page is no wider than the window at 1280 and 1024 px', async ({
	app
}) => {
	const { page } = app;
	await app.open({ scenario });
	for (const width of [1280, 1024]) {
		await page.setViewportSize({ width, height: 800 });
		await expect.poll(() => app.overflowX(), `${width} px`).toBeLessThanOrEqual(0);
		for (const name of NAMES) {
			const text = app.card(name).locator('.name .text');
			await expect(text).toHaveText(name);
			// One line box: a name broken mid-word would have two.
			const lines = await text.evaluate((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines, `${name} at ${width} px`).toBe(1);
		}
	}
});
