/**
 * Deploys, with the service worker in charge: a second build served on the same origin by a
 * server this spec owns (a copy of the build with a new version, changed as each deploy needs).
 * Items 9–11 of issue 12: a partial deploy keeps the last complete version; a server error is
 * answered from the cache; a tab left open across a deploy still loads its lazy parts and is
 * offered a reload.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ownPort } from '../fixtures/helpers';
import {
	buildVersion,
	nextDeploy,
	removeDeploy,
	serveStatic,
	type StaticHost
} from '../fixtures/staticServer';

// These specs are about the service worker: allow it (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** The first visit: the page, then a service worker in control with this build cached whole. */
async function firstVisit(page: Page, origin: string) {
	await page.goto(`${origin}/`);
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
}

const cacheNames = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('overhead-sandbox-')));

/** Ask the browser to look for a new service worker now, and wait until that check is over. */
const checkForUpdate = (page: Page) =>
	page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		try {
			await registration?.update();
		} catch {
			// A worker that fails to install rejects the update: the old one stays.
		}
		const installing = registration?.installing;
		if (installing)
			await new Promise<void>((done) => {
				const check = () => {
					if (installing.state === 'activated' || installing.state === 'redundant') done();
				};
				installing.addEventListener('statechange', check);
				check();
			});
	});

/** The chunk of the QR dialog, a part the page loads only when asked. */
function qrChunk(dir: string): string {
	const chunks = join(dir, '_app/immutable/chunks');
	const file = readdirSync(chunks).find((f) =>
		readFileSync(join(chunks, f), 'utf8').includes('Scan to open this scenario')
	);
	if (!file) throw new Error('no QR dialog chunk in the build');
	return `/_app/immutable/chunks/${file}`;
}

let host: StaticHost;
let context: BrowserContext;
let origin: string;
const deploys: string[] = [];

test.beforeEach(async ({ browser }, info) => {
	const port = ownPort(info.workerIndex, 10);
	origin = `http://127.0.0.1:${port}`;
	host = await serveStatic(port);
	context = await browser.newContext();
});

test.afterEach(async () => {
	await context.close();
	await host.close();
	for (const dir of deploys.splice(0)) removeDeploy(dir);
});

test('a partial deploy never replaces the last complete version, online or offline', async () => {
	const page = await context.newPage();
	await firstVisit(page, origin);
	const before = await cacheNames(page);
	expect(before).toEqual([`overhead-sandbox-${buildVersion()}`]);

	// The new version's page needs a start-up file the server does not have yet.
	const broken = nextDeploy((dir, sw) => {
		const index = readFileSync(join(dir, 'index.html'), 'utf8');
		const start = /_app\/immutable\/entry\/start\.[\w-]+\.js/.exec(index)![0];
		const missing = start.replace(/start\.[\w-]+\.js$/, 'start.NOT-UPLOADED-YET.js');
		writeFileSync(join(dir, 'index.html'), index.replaceAll(start, missing));
		return sw.replace(start, missing);
	});
	deploys.push(broken);
	host.root = broken;
	await checkForUpdate(page);
	// The new worker could not cache the new version whole, so it never took over.
	expect(await cacheNames(page)).toEqual(before);

	await page.reload();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Overhead Sandbox', level: 1 })).toBeVisible();
	await context.setOffline(true);
	await page.reload();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.locator('[data-figure="memory"]')).toContainText('of 64 GiB');
});

test('a server error is answered from the cache while the app is cached', async () => {
	const page = await context.newPage();
	await firstVisit(page, origin);
	// A file of ours outside the build, fetched once while the server works.
	expect(await page.evaluate(async () => (await fetch('/_app/version.json')).status)).toBe(200);
	host.failWith = 503;
	await page.reload();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await expect(page.locator('[data-figure="memory"]')).toContainText('of 64 GiB');
	expect(await page.evaluate(async () => (await fetch('/_app/version.json')).status)).toBe(200);
});

test('a tab left open across a deploy still opens its QR code, and is offered a reload', async () => {
	const page = await context.newPage();
	await firstVisit(page, origin);
	const qr = qrChunk(host.root);
	// The next deploy has new file names: this version's QR chunk is gone from the server.
	const next = nextDeploy((dir, sw) => {
		rmSync(join(dir, qr));
		return sw.replace(`\`/${qr.slice(1)}\`,`, '').replace(`e+\`${qr}\`,`, '');
	});
	deploys.push(next);
	expect(existsSync(join(next, qr))).toBe(false);
	host.root = next;
	await checkForUpdate(page);
	await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toContainText(
		'Reload to use it'
	);
	// The old tab's lazy part comes from the previous version's cache, kept for it.
	await page.getByRole('button', { name: 'QR code' }).click();
	await expect(page.getByRole('dialog', { name: 'Scan to open this scenario' })).toBeVisible();
	await page.getByRole('button', { name: 'Close' }).click();

	await page.getByRole('button', { name: 'Reload' }).click();
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	expect(await cacheNames(page)).toContain(`overhead-sandbox-${buildVersion(next)}`);
});

test('a lazy part that no longer loads says a new version is ready, never fails silently', async ({
	browser
}) => {
	// No service worker: the server alone, whose new deploy lacks this version's QR chunk.
	const bare = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await bare.newPage();
		await page.goto(`${origin}/`);
		await page.locator('html[data-live]').waitFor({ state: 'attached' });
		const qr = qrChunk(host.root);
		const next = nextDeploy((dir, sw) => {
			rmSync(join(dir, qr));
			return sw;
		});
		deploys.push(next);
		host.root = next;
		await page.getByRole('button', { name: 'QR code' }).click();
		const message = page.getByRole('status').filter({ hasText: 'A new version' });
		await expect(message).toContainText('the QR code could not be loaded');
		await expect(message.getByRole('button', { name: 'Reload' })).toBeVisible();
	} finally {
		await bare.close();
	}
});
