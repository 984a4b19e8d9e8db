/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Offline, and safe across deploys. Installing caches this build whole (the app, `static/` and
 * the prerendered page) under a name for this version; if any file is missing — a deploy still
 * copying, or a broken one — the install fails and the last complete version stays in charge.
 *
 * - Pages: this version's cached page (it reads `?s=…&lesson=…` itself), so what the person sees
 *   is always a complete version; a new version arrives by installing a new worker whole.
 * - The build's files: from the cache of any version kept, so a tab left open on the previous
 *   version still loads its lazy parts after a deploy; the previous version's cache is kept.
 * - Anything else of ours: the network, falling back to a cached copy when the network fails or
 *   answers with an error (a 5xx while the app is cached).
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'overhead-sandbox-';
const CACHE = `${PREFIX}${version}`;
/** Where the order in which versions took over is kept, to know which one came before. */
const HISTORY = 'overhead-sandbox:versions';
const HISTORY_KEY = `${base}/__versions__`;
/** Versions whose files stay cached: this one and the one before (for tabs still open on it). */
const KEEP_VERSIONS = 2;

const ASSETS = [...build, ...files, ...prerendered];
const PRECACHED = new Set(ASSETS);
/** The prerendered app page that answers every navigation. */
const APP_PAGE = prerendered.find((p) => p === `${base}/` || p === base) ?? `${base}/`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			try {
				// All or nothing: one missing file fails the install, and the old version stays.
				await cache.addAll(PRECACHED.has(APP_PAGE) ? ASSETS : [...ASSETS, APP_PAGE]);
			} catch (e) {
				await caches.delete(CACHE);
				throw e;
			}
			await sw.skipWaiting();
		})()
	);
});

/** The versions that took over, oldest first, with this one last. */
async function versionsWith(current: string): Promise<string[]> {
	const store = await caches.open(HISTORY);
	const saved = await store.match(HISTORY_KEY);
	let list: string[];
	try {
		list = saved ? ((await saved.json()) as string[]) : [];
	} catch {
		list = [];
	}
	list = [...list.filter((v) => v !== current), current];
	await store.put(HISTORY_KEY, new Response(JSON.stringify(list)));
	return list;
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keep = new Set((await versionsWith(CACHE)).slice(-KEEP_VERSIONS));
			keep.add(HISTORY);
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && !keep.has(key)) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** A cached copy from this version first, else from a version kept. */
async function cached(request: Request | string): Promise<Response | undefined> {
	return (await (await caches.open(CACHE)).match(request)) ?? (await caches.match(request));
}

/** Pages: this version's page, complete by construction; the network only if it is not cached. */
async function page(request: Request): Promise<Response> {
	const hit = await cached(APP_PAGE);
	if (hit) return hit;
	try {
		return await fetch(request);
	} catch {
		return new Response('Offline, and this page was never loaded.', { status: 503 });
	}
}

/** The build's files, ours and earlier versions': cache first (a hashed file never changes). */
async function asset(request: Request): Promise<Response> {
	const hit = await cached(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
	return response;
}

/** Anything else of ours: the network; a cached copy when it fails or answers with an error. */
async function other(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) {
			if (response.type === 'basic')
				await (await caches.open(CACHE)).put(request, response.clone());
			return response;
		}
		return (await cached(request)) ?? response;
	} catch (e) {
		const hit = await cached(request);
		if (hit) return hit;
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(page(request));
	else if (PRECACHED.has(url.pathname) || url.pathname.startsWith(`${base}/_app/immutable/`))
		event.respondWith(asset(request));
	else event.respondWith(other(request));
});
