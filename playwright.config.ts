import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present,
 * else undefined (Playwright's own browser, after `npx playwright install chromium`).
 */
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// JSON goes to reports/, not test-results/ (Playwright empties that at start).
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: 'http://localhost:4173',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-dev-shm-usage'
					]
				}
			}
		}
	],
	// Serves the static build: run `npm run build` first (npm test does).
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		url: 'http://localhost:4173',
		reuseExistingServer: !process.env.CI
	}
});
