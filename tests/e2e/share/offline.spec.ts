import { expect, test, type Page } from '@playwright/test';
import { ownPort, scrollToCharts } from '../fixtures/helpers';
import { serveStatic } from '../fixtures/staticServer';

// These specs are about the service worker: allow it (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * Offline for real: the app is served by a server this test owns, which it then shuts down (and the
 * browser is put offline too), so every request after that can only be answered by the service
 * worker's cache.
 */
async function waitForOfflineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
	// The install step filled a versioned cache with the app page and the build.
	const cached = await page.evaluate(async () => {
		const name = (await caches.keys()).find((k) => k.startsWith('overhead-sandbox-'));
		if (!name) return [];
		return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
	});
	expect(cached).toContain('/');
	expect(cached.some((p) => p.startsWith('/_app/immutable/'))).toBe(true);
}

test('after one visit the app opens, runs a lesson and recomputes with no network', async ({
	browser
}, info) => {
	const port = ownPort(info.workerIndex);
	const origin = `http://127.0.0.1:${port}`;
	const server = await serveStatic(port);
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/`);
		await expect(page.getByRole('heading', { name: 'Overhead Sandbox', level: 1 })).toBeVisible();
		await waitForOfflineReady(page);

		await server.close();
		await context.setOffline(true);

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Overhead Sandbox', level: 1 })).toBeVisible();
		const memory = page.locator('[data-figure="memory"]');
		await expect(memory).toContainText('of 64 GiB');
		const slider = page.getByRole('slider', { name: 'Memory slider' });
		await slider.focus();
		await slider.press('ArrowLeft');
		await expect(memory).not.toContainText('of 64 GiB');
		// The charts' code loads lazily, as they come near the screen: it is in the cache as well.
		await scrollToCharts(page);
		await expect(page.getByTestId('charts')).toBeVisible();

		// A lesson link never opened before, in presentation mode.
		await page.goto(`${origin}/?lesson=boot-race&present`);
		await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
		await expect(page.getByTestId('boot-race')).toBeVisible();
		await page.getByRole('button', { name: 'Step ›' }).click();
		await expect(page.getByTestId('boot-race')).not.toHaveAttribute('data-t-ms', '0');
	} finally {
		await context.close();
		await server.close();
	}
});
