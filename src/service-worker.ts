/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Offline: after the first visit the whole static build (the app, `static/` and the prerendered
 * page) is in a cache named for this build, so a class on bad Wi-Fi can still run every lesson.
 * Pages: network first, falling back to the cached page (any `?s=…&lesson=…` opens offline).
 * The build's files: cache first (they belong to this version). Anything else: network first.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `overhead-sandbox-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const PRECACHED = new Set(ASSETS);
/** The prerendered app page that answers every navigation when offline. */
const APP_PAGE = prerendered.find((p) => p === `${base}/` || p === base) ?? `${base}/`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHED.has(APP_PAGE) ? ASSETS : [...ASSETS, APP_PAGE]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith('overhead-sandbox-')) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

/** How long a page request may take before the cached page answers (bad classroom Wi-Fi). */
const PAGE_TIMEOUT_MS = 4000;

/** Pages: the network when it answers in time, else the cached app page (its script reads ?s=…). */
async function page(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const network = fetch(request);
	const timeout = new Promise<null>((r) => setTimeout(() => r(null), PAGE_TIMEOUT_MS));
	const response = await Promise.race([network.catch(() => null), timeout]);
	if (response) {
		if (response.ok && new URL(request.url).pathname === APP_PAGE)
			await cache.put(APP_PAGE, response.clone());
		return response;
	}
	const cached =
		(await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(APP_PAGE));
	if (cached) return cached;
	return network.catch(
		() => new Response('Offline, and this page was never loaded.', { status: 503 })
	);
}

/** The build's own files: from the cache (they belong to this version). */
async function asset(path: string, request: Request): Promise<Response> {
	const cached = await (await caches.open(CACHE)).match(path);
	return cached ?? fetch(request);
}

/** Anything else of ours: the network, keeping a copy for when it is gone. */
async function other(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (e) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(page(request));
	else if (PRECACHED.has(url.pathname)) event.respondWith(asset(url.pathname, request));
	else event.respondWith(other(request));
});
