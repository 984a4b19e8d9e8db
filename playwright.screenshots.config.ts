import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: the same browser and server as the tests, for the screenshot specs. */
export default defineConfig({
	...base,
	testDir: 'tests/screenshots',
	reporter: [['list']]
});
