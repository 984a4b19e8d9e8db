import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Property, fuzz and docs tests do real work: give them room on a busy 2-core machine.
		testTimeout: 30_000,
		expect: { requireAssertions: true }
	}
});
