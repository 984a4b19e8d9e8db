import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
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
});
