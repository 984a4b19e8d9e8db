/**
 * The charts where the page lays them out: compare mode (its deltas in words and what runs out,
 * the sides renamed in place with their charts' heading) and a 390 px phone. Each chart's own
 * drawing (log axis, huge counts, labels at any width, the empty disk) is tested on the mounted
 * component in tests/component/charts/.
 */
import { expect, test } from '../fixtures/app';
import { showCharts } from '../fixtures/helpers';

// Marks move with CSS transitions; measured positions must be where they end.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

test('compare names the workload, reads ratios in words, and says what runs out', async ({
	app,
	page
}) => {
	await app.open();
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	const delta = page.getByRole('region', { name: 'B compared with A' });
	for (const kind of ['VMs', 'microVMs', 'containers'])
		await expect(
			delta.getByRole('rowheader', { name: `nginx web server ${kind} that fit on an empty host` })
		).toBeVisible();
	// A: 300 VMs, far over; B: only the containers. B's memory is a tiny share of A's.
	await page.getByRole('radio', { name: 'Edit A' }).check();
	// Comparing, each group has a card per side: A's is the first.
	const countA = app.card('nginx as VMs').first().getByRole('spinbutton').first();
	await countA.fill('300');
	await countA.press('Enter');
	await expect(countA).toHaveValue('300');
	for (const name of ['nginx as VMs', 'nginx as microVMs'])
		await app
			.card(name)
			.nth(1)
			.getByRole('button', { name: /^Remove/ })
			.click();
	const memory = delta.locator('tr[data-delta="memory"] td').last();
	await expect(memory).toHaveText(/^[\d,]+× less$/);
	for (const cell of await delta.locator('tr[data-delta] td:last-child').allTextContents())
		expect(cell).not.toMatch(/×0\b/);
	await expect(delta.locator('[data-room="runs-out"] td').first()).toHaveText(
		'memory (already over)'
	);
	await expect(delta.locator('[data-room="more"] td').first()).toHaveText(
		'none: not everything fits now'
	);
	await expect(delta.locator('[data-room="runs-out"] td').last()).toHaveText(
		/^(memory|disk|vCPUs|CPU time)$/
	);
	await expect(delta.locator('[data-room="more"] td').last()).toHaveText(
		/^[\d,]+ more “nginx as containers”$/
	);
});

test('comparing, a side is renamed in place, its charts’ heading follows, and undo takes it back', async ({
	app,
	page
}) => {
	await app.open();
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await page.getByRole('button', { name: /^Rename side B/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('With containers only');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^B: With containers only/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^A: nginx three ways/ })).toBeVisible();
	await showCharts(page, 8);
	await expect(
		page.getByRole('heading', { name: 'Charts — B: With containers only' })
	).toBeAttached();
	await page.keyboard.press('Control+z');
	await expect(page.getByRole('heading', { name: /^B: nginx three ways/ })).toBeVisible();
});

test('on a 390 px phone, the charts fit the window and no label is cut off or cut short', async ({
	app,
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await app.open();
	await showCharts(page);
	for (const id of ['memory', 'density']) {
		const c = page.locator(`[data-chart-id="${id}"]`).first();
		await c.scrollIntoViewIfNeeded();
		const svg = c.locator('svg[data-chart]');
		const box = (await svg.boundingBox())!;
		expect(box.x + box.width, `${id} chart's right edge`).toBeLessThanOrEqual(390);
		const outside = await svg.evaluate((s) => {
			const box = s.getBoundingClientRect();
			return [...s.querySelectorAll('text')]
				.filter((t) => t.textContent && t.getClientRects().length > 0)
				.filter((t) => {
					const b = t.getBoundingClientRect();
					return b.left < box.left - 1 || b.right > box.right + 1;
				})
				.map((t) => t.textContent);
		});
		expect(outside, id).toEqual([]);
	}
	const rowNames = await page
		.locator('[data-chart-id="memory"]')
		.first()
		.locator('svg text')
		.allTextContents();
	expect(rowNames).toContain('Host software');
	expect(rowNames.filter((t) => t.endsWith('…'))).toEqual([]);
});
