/**
 * The one Chromium every test and bench launches: the e2e tests (playwright.config.ts), the
 * component tests (vite.config.ts) and the browser benchmarks (bench/browser.ts).
 */
import { existsSync } from 'node:fs';

/**
 * $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present, else undefined (Playwright's
 * own browser, after `npx playwright install chromium`).
 */
export const chromiumPath = (): string | undefined =>
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that keep Chromium quiet on a closed network and in a container. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
