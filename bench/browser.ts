/**
 * Shared set-up for the benchmarks that run in a real Chromium: a fresh static build, a preview
 * server on a private port, and a browser launched the way the Playwright tests launch it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

/** Chromium's flags and path for every browser bench (Playwright's and Lighthouse's launches alike). */
export { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium';

/** Build the static app once per suite, unless BENCH_NO_BUILD is set (bench.mjs builds first). */
export function ensureBuild(): void {
	if (process.env.BENCH_NO_BUILD && existsSync('build/index.html')) return;
	console.error('  building the static app…');
	const run = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (run.status !== 0) throw new Error('npm run build failed');
}

/** Serve build/ on `port`; resolves once the server answers. */
export async function startPreview(port: number): Promise<ChildProcess> {
	// Room in the request header for long share links (a 10,000-group scenario's is ~50 KB).
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true,
		env: { ...process.env, NODE_OPTIONS: '--max-http-header-size=262144' }
	});
	const url = `http://localhost:${port}/`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return server;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stopPreview(server);
	throw new Error(`preview server did not answer on ${url}`);
}

export function stopPreview(server: ChildProcess): void {
	if (server.pid) {
		try {
			process.kill(-server.pid);
		} catch {
			server.kill();
		}
	}
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Bring the charts near the screen, where they load and draw (src/lib/charts/NearScreen.svelte),
 * and wait for their section, as a person scrolling down to them would.
 */
export async function scrollToCharts(page: Page): Promise<void> {
	await page
		.locator('[data-charts-place]')
		.evaluateAll((places) => places.forEach((p) => p.scrollIntoView()));
	await page.locator('[data-testid="charts"]').first().waitFor();
}
