/**
 * Issue 13, the charts and compare: items 6 (A/B compare), 3 (renaming the sides), 9 (log
 * startup axis), 10 (memory at 200,000 VMs), 20 (phone labels) and 22 (capacity label, empty disk).
 */
import { expect, test, type Page } from '@playwright/test';

// Marks move with CSS transitions; measured positions must be where they end.
test.use({ reducedMotion: 'reduce' });

const card = (page: Page, name: string) => page.locator('li.card', { hasText: name });
const chart = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"]`).first();

async function open(page: Page, width = 1280, height = 800) {
	await page.setViewportSize({ width, height });
	await page.goto('/');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}
async function setCount(page: Page, name: string, n: number, nth = 0) {
	const field = card(page, name).nth(nth).getByRole('spinbutton').first();
	await field.fill(String(n));
	await field.press('Enter');
	await expect(field).toHaveValue(String(n));
}

test('item 6: compare names the workload, reads ratios in words, and says what runs out', async ({
	page
}) => {
	await open(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	const delta = page.getByRole('region', { name: 'B compared with A' });
	for (const kind of ['VMs', 'microVMs', 'containers'])
		await expect(
			delta.getByRole('rowheader', { name: `nginx web server ${kind} that fit on an empty host` })
		).toBeVisible();
	// A: 300 VMs, far over; B: only the containers. B's memory is a tiny share of A's.
	await page.getByRole('radio', { name: 'Edit A' }).check();
	await setCount(page, 'nginx as VMs', 300, 0);
	await card(page, 'nginx as VMs')
		.nth(1)
		.getByRole('button', { name: /^Remove/ })
		.click();
	await card(page, 'nginx as microVMs')
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

test('item 3: the A and B sides are renamed in place, and the charts follow', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'Compare A/B' }).click();
	await page.getByRole('button', { name: /^Rename side B/ }).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('With containers only');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^B: With containers only/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^A: nginx three ways/ })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Charts — B: With containers only' })
	).toBeAttached();
	await page.keyboard.press('Control+z');
	await expect(page.getByRole('heading', { name: /^B: nginx three ways/ })).toBeVisible();
});

test('item 9: on the log time axis each phase is its own bar from the axis start, never stacked', async ({
	page
}) => {
	await open(page);
	const startup = chart(page, 'startup');
	await startup.scrollIntoViewIfNeeded();
	await startup.getByRole('radio', { name: 'Log' }).check();
	await expect(startup.locator('[data-log-note]')).toBeVisible();
	const vmBars = startup.locator('rect[data-key^="vm|"]');
	await expect(vmBars).toHaveCount(6); // five phases and the total
	const xs = await vmBars.evaluateAll((els) => els.map((e) => e.getAttribute('x')));
	expect(new Set(xs).size).toBe(1);
	const ys = await vmBars.evaluateAll((els) => els.map((e) => e.getAttribute('y')));
	expect(new Set(ys).size).toBe(6);
	// A log axis has no 0.
	const ticks = await startup.locator('svg g[aria-hidden] text').allTextContents();
	expect(ticks).not.toContain('0');
	expect(ticks).toContain('1 s');
});

test('item 10: at 200,000 VMs the memory bars reach their total and keep every layer', async ({
	page
}) => {
	await open(page);
	await page.getByRole('button', { name: 'Big 2-socket server' }).click();
	await setCount(page, 'nginx as VMs', 200_000);
	const memory = chart(page, 'memory');
	await memory.scrollIntoViewIfNeeded();
	await expect(memory.locator('[data-summary]')).toContainText('TiB');
	const segments = memory.locator('rect[data-key^="g1|"]');
	const drawn = await segments.evaluateAll((els) =>
		els.map((e) => ({
			label: e.getAttribute('aria-label') ?? '',
			left: e.getBoundingClientRect().left,
			width: e.getBoundingClientRect().width
		}))
	);
	// Pixels per MiB from the axis: the 0 and 200,000 GiB ticks.
	const at = async (text: string) => {
		const b = (await memory
			.locator('svg text', { hasText: new RegExp(`^${text}$`) })
			.boundingBox())!;
		return b.x + b.width / 2;
	};
	const [x0, x200k] = [await at('0'), await at('200,000 GiB')];
	const pxPerMiB = (x200k - x0) / (200_000 * 1024);
	expect(drawn.length).toBeGreaterThanOrEqual(5);
	// Every layer is drawn at its own size (before, the last ones vanished and the bar stopped
	// near 65,000 GiB while its label said 220 TiB).
	for (const s of drawn) {
		const mib = Number(s.label.match(/: ([\d,.]+) MiB/)![1]!.replace(/,/g, ''));
		const want = mib * pxPerMiB;
		expect(Math.abs(s.width - want), s.label).toBeLessThan(1 + 0.01 * want);
	}
	const right = Math.max(...drawn.map((s) => s.left + s.width));
	expect(right).toBeGreaterThan(x200k);
});

test('item 20: on a 390 px phone, no chart label is cut off or cut short', async ({ page }) => {
	await open(page, 390, 844);
	for (const id of ['memory', 'density']) {
		const c = chart(page, id);
		await c.scrollIntoViewIfNeeded();
		const svg = c.locator('svg[data-chart]');
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
	const rowNames = await chart(page, 'memory').locator('svg text').allTextContents();
	expect(rowNames).toContain('Host software');
	expect(rowNames.filter((t) => t.endsWith('…'))).toEqual([]);
});

test('item 22: the capacity label is clear of every line; an empty host’s disk has no axis', async ({
	page
}) => {
	await open(page);
	const density = chart(page, 'density');
	await density.scrollIntoViewIfNeeded();
	await density.getByRole('radio', { name: 'Linear' }).check();
	const crossed = await density.locator('svg[data-chart]').evaluate((svg) => {
		const label = [...svg.querySelectorAll('.rule text')][0] as SVGTextElement;
		const b = label.getBoundingClientRect();
		const hits: string[] = [];
		for (const path of svg.querySelectorAll<SVGPathElement>('path.line')) {
			if (!path.getAttribute('d') || path.closest('defs')) continue;
			const m = path.getScreenCTM()!;
			const len = path.getTotalLength();
			for (let d = 0; d <= len; d += 1) {
				const p = path.getPointAtLength(d).matrixTransform(m);
				if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) {
					hits.push(path.getAttribute('stroke') ?? '?');
					break;
				}
			}
		}
		return hits;
	});
	expect(crossed).toEqual([]);

	for (const name of ['nginx as VMs', 'nginx as microVMs', 'nginx as containers'])
		await card(page, name)
			.getByRole('button', { name: /^Remove/ })
			.click();
	const disk = chart(page, 'disk');
	await disk.scrollIntoViewIfNeeded();
	await expect(disk).toContainText('Place a workload to see its disk.');
	const texts = await disk.locator('svg text').allTextContents();
	expect(texts.filter((t) => /MiB|GiB/.test(t))).toEqual([]);
});
