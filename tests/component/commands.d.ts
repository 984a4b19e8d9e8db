/** The component project's own browser commands (vite.config.ts, `test.browser.commands`). */
declare module 'vitest/browser' {
	interface BrowserCommands {
		/** Emulate `prefers-reduced-motion: reduce` (true) or no preference (false) in the test's page. */
		reduceMotion: (reduce: boolean) => Promise<void>;
	}
}

export {};
