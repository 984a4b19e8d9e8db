/**
 * The importers' speed: reading a compose file and a manifest of ordinary size, the largest
 * input accepted (2 MiB of manifests, read up to the 1,000-document cap), refusing an alias bomb,
 * and reading pasted `docker stats` output. Bundled and minified like the build (the YAML library
 * included), timed in node. Prints one JSON Suite on stdout for scripts/bench.mjs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { measure, timedRow, type Suite } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SMALL_BUDGET_MS = 20;
/** Well inside the worker's 30 s time limit on a busy machine. */
const LARGEST_BUDGET_MS = 5000;

async function bundled<T>(entry: string): Promise<T> {
	const file = join(mkdtempSync(join(tmpdir(), 'overhead-bench-import-')), 'bundle.mjs');
	await build({
		input: join(ROOT, entry),
		platform: 'neutral',
		logLevel: 'warn',
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		output: { file, format: 'esm', minify: true }
	});
	return (await import(pathToFileURL(file).href)) as T;
}

const progress = (what: string) => console.error(`  timing ${what}…`);
const fixture = (name: string) =>
	readFileSync(join(ROOT, 'tests/unit/import/fixtures', name), 'utf8');

const { readStack } =
	await bundled<typeof import('../src/lib/import/read')>('src/lib/import/read.ts');
const { readMeasurement } = await bundled<typeof import('../src/lib/import/measure')>(
	'src/lib/import/measure/index.ts'
);

const compose = fixture('shop-compose.yml');
const manifest = fixture('three-tier.yaml');
const pod = (i: number) =>
	`---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web-${i} }\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources: { requests: { memory: 64Mi, cpu: 100m } }\n`;
let largest = '';
for (let i = 0; largest.length + pod(i).length <= 2 * 1024 * 1024; i++) largest += pod(i);
const bomb = `services:\n  a: &a ["x","x","x","x","x","x","x","x","x"]\n${'bcdefghi'
	.split('')
	.map((c, i) => `  ${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)
	.join('\n')}\n`;
const stats = [
	'CONTAINER ID   NAME   CPU %   MEM USAGE / LIMIT   MEM %   NET I/O   BLOCK I/O   PIDS',
	...Array.from(
		{ length: 200 },
		(_, i) =>
			`${(0xabcdef000000 + i).toString(16)}   app-${i}   1.25%   123.4MiB / 7.667GiB   1.57%   1.2MB / 3.4MB   0B / 12.3kB   7`
	)
].join('\n');

progress('a compose file and a three-tier manifest');
const composeStats = measure(() => readStack(compose), { warmup: 50, samples: 200 });
const manifestStats = measure(() => readStack(manifest), { warmup: 50, samples: 200 });
progress(`the largest accepted input (${(largest.length / 1024 / 1024).toFixed(2)} MiB)`);
const largestStats = measure(() => readStack(largest), { warmup: 1, samples: 5 });
progress('refusing an alias bomb');
const bombStats = measure(() => readStack(bomb), { warmup: 20, samples: 100 });
progress('200 rows of docker stats');
const statsStats = measure(() => readMeasurement(stats), { warmup: 50, samples: 200 });

const suite: Suite = {
	title: 'Importers (node, bundled)',
	about:
		'readStack on the test fixtures (a six-service compose file, a seven-object manifest), on ' +
		'the largest input accepted (2 MiB of Deployments, read up to the 1,000-document cap) — ' +
		'which the page runs in a Web Worker — and on a nine-level alias bomb it refuses; ' +
		'readMeasurement on 200 rows of docker stats.',
	rows: [
		timedRow('readStack, compose file', composeStats, 'ms', SMALL_BUDGET_MS),
		timedRow('readStack, three-tier manifest', manifestStats, 'ms', SMALL_BUDGET_MS),
		timedRow('readStack, 2 MiB of manifests', largestStats, 'ms', LARGEST_BUDGET_MS),
		timedRow('readStack, alias bomb refused', bombStats, 'ms', SMALL_BUDGET_MS),
		timedRow('readMeasurement, 200 rows of docker stats', statsStats, 'ms', SMALL_BUDGET_MS)
	]
};
console.log(JSON.stringify(suite));
