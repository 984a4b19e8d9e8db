/**
 * Bundle a module the way the app ships it — with rolldown, the bundler Vite builds the app with,
 * minified, one ES module — and import the result. Timing the model through tsx instead would
 * time tsx's development transforms (CommonJS export getters, `keepNames` wrappers), which cost
 * about 3× and never reach a browser.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundle `entry` (a path from the project root) and import it. */
export async function importBundled<T>(entry: string): Promise<T> {
	const file = join(mkdtempSync(join(tmpdir(), 'overhead-bench-')), 'bundle.mjs');
	await build({
		input: join(ROOT, entry),
		platform: 'neutral',
		logLevel: 'warn',
		output: { file, format: 'esm', minify: true }
	});
	return (await import(pathToFileURL(file).href)) as T;
}
