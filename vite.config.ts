import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// One `vitest run` runs both tiers (and its JSON report counts both).
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Threads sharing their module graph (isolate: false) halve the suite's time on 2 cores: the
					// model is pure, and the few tests that stub globals or timers restore them in afterEach.
					pool: 'threads',
					isolate: false,
					// Property, fuzz and docs tests do real work: give them room on a busy 2-core machine.
					testTimeout: 30_000,
					expect: { requireAssertions: true }
				}
			},
			{
				extends: true,
				test: {
					// Components mounted alone in a real Chromium: what one component shows, without the page.
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					testTimeout: 30_000,
					expect: { requireAssertions: true },
					// A failure's screenshot goes with the reports, out of the source tree (git ignores reports/).
					attachmentsDir: 'reports/component/attachments',
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							// The same Chromium and flags as the e2e tests.
							launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
						}),
						instances: [{ browser: 'chromium' }],
						// The frame the components are mounted in: a laptop's window.
						viewport: { width: 1280, height: 800 },
						screenshotDirectory: 'reports/component/screenshots',
						commands: {
							/** Emulate `prefers-reduced-motion: reduce` (true) or no preference (false). */
							reduceMotion: async ({ page }, reduce: boolean) => {
								await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
							}
						}
					}
				}
			}
		]
	}
});
