/**
 * Placing a workload from where the page opens: on a phone, a touch drag held at the window's
 * bottom edge scrolls the page down to the host and drops there; a tap on a chip says on screen
 * what to do next; and a drop lands wherever a person aims at the host (the column headed "Host",
 * the one-of-each bars), with the host lit up while anything is dragged.
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from '../fixtures/app';

const PHONE = { width: 390, height: 844 };

/** A real touch: touchstart, touchmove and touchend as the phone's screen sends them. */
const touch = (
	cdp: CDPSession,
	type: 'touchStart' | 'touchMove' | 'touchEnd',
	x: number,
	y: number
) =>
	cdp.send('Input.dispatchTouchEvent', {
		type,
		touchPoints: type === 'touchEnd' ? [] : [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }]
	});

test.describe('on a phone', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: PHONE });

	test('a workload dragged from the first screen and held at the bottom edge scrolls down to the host and lands there', async ({
		app,
		page
	}) => {
		await app.open();
		const chip = app.chip('Redis cache VM');
		await expect(chip).toBeInViewport();
		// Where the page opens, the host's drawing is below the fold.
		const host = (await app.host.boundingBox())!;
		expect(host.y).toBeGreaterThan(PHONE.height);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);

		const cdp = await page.context().newCDPSession(page);
		const c = (await chip.boundingBox())!;
		const x = c.x + c.width / 2;
		let y = c.y + c.height / 2;
		await touch(cdp, 'touchStart', x, y);
		// Down to the bottom edge in steps, as a finger moves.
		const bottom = PHONE.height - 6;
		while (y < bottom) {
			y = Math.min(bottom, y + 40);
			await touch(cdp, 'touchMove', x, y);
		}
		await expect(page.locator('html')).toHaveClass(/dragging/);
		// Held still at the edge, the page scrolls until the host's drawing is under the finger.
		await expect
			.poll(
				async () => {
					await touch(cdp, 'touchMove', x, bottom);
					return page.evaluate(
						({ px, py }) => !!document.elementFromPoint(px, py)?.closest('#host-dropzone'),
						{ px: x, py: bottom }
					);
				},
				{ timeout: 15_000 }
			)
			.toBe(true);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await expect(app.host).toHaveClass(/over/);
		await touch(cdp, 'touchEnd', x, bottom);
		await expect(app.card('Redis cache VMs')).toBeVisible();
		await expect(app.count('Redis cache VMs')).toHaveValue('1');
		expect(await app.overflowX()).toBeLessThanOrEqual(0);
	});

	test('a tapped chip says on screen, not only to a screen reader, to tap the host next; its button places it', async ({
		app,
		page
	}) => {
		await app.open();
		const hint = page.locator('[data-grab-hint]');
		await expect(hint).toHaveCount(0);
		await app.chip('Redis cache VM').tap();
		await expect(hint).toBeVisible();
		await expect(hint).toBeInViewport({ ratio: 1 });
		await expect(hint).toContainText('Redis cache VM picked up. Now tap the host to place it.');
		// "Put back" lets go; tapping the chip again grabs it again.
		await hint.getByRole('button', { name: 'Put back' }).tap();
		await expect(hint).toHaveCount(0);
		await expect(app.card('Redis cache VMs')).toHaveCount(0);
		await app.chip('Redis cache VM').tap();
		await hint.getByRole('button', { name: 'Place on the host' }).tap();
		await expect(hint).toHaveCount(0);
		await expect(app.count('Redis cache VMs')).toHaveValue('1');
		// Tap-then-tap on the host itself places a second one.
		await app.chip('Redis cache VM').tap();
		await app.host.tap();
		await expect(app.count('Redis cache VMs')).toHaveValue('2');
		await expect(hint).toHaveCount(0);
	});
});

test('a workload dropped on the column headed “Host” or on the one-of-each bars lands on the host, which lights up while dragged', async ({
	app,
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await app.open();
	await expect(app.host).not.toHaveClass(/armed/);

	// Held over the column headed "Host": the host shows it is where the drop goes.
	const column = page.locator('#host-settings');
	const chip = app.chip('Redis cache VM');
	const a = (await chip.boundingBox())!;
	const heading = (await column.getByRole('heading', { name: 'Host', exact: true }).boundingBox())!;
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + 30, a.y + 30, { steps: 4 });
	await expect(app.host).toHaveClass(/armed/);
	await page.mouse.move(heading.x + heading.width / 2, heading.y + heading.height / 2, {
		steps: 10
	});
	await expect(app.host).toHaveClass(/over/);
	await page.mouse.up();
	await expect(app.count('Redis cache VMs')).toHaveValue('1');
	await expect(app.host).not.toHaveClass(/armed/);

	// The one-of-each bars sit above the drawing: a drop there counts too.
	await app.drag(chip, page.locator('[data-strip-row="vm"]').first());
	await expect(app.count('Redis cache VMs')).toHaveValue('2');
	// And a drop well away from the host still places nothing.
	await app.drag(chip, page.getByRole('heading', { name: 'What fits on an empty host' }));
	await expect(app.count('Redis cache VMs')).toHaveValue('2');
});
