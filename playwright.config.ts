import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

/** The preview server's port: E2E_PORT when set (two checkouts testing side by side), else 4173. */
const port = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// JSON goes to reports/, not test-results/ (Playwright empties that at start).
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		screenshot: 'only-on-failure',
		// A fresh context per test would install the service worker and precache the whole build each
		// time (a fifth of a page's start, and CPU beside the test). The specs of the service worker
		// itself (share/offline, share/deploy) allow it with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
			}
		}
	],
	// Serves the static build: run `npm run build` first (npm test does).
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI
	}
});
