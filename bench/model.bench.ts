/**
 * The pure model's speed: evaluate() on 1,000 and 10,000 groups; evaluate() on one group of count 10 vs
 * 100,000 (the cost must not grow with the count); maxInstances() for every kind × workload.
 * Prints one JSON Suite on stdout for scripts/bench.mjs.
 */
import { DEFAULT_HOST, KINDS, WORKLOAD_IDS, type Template } from '../src/lib/model';
import { importBundled } from './bundle';
import { measure, measureEach, row, timedRow, type Stats, type Suite } from './measure';
import { manyGroups, oneGroup } from './scenarios';

const EVALUATE_1000_BUDGET_MS = 0.5;
const EVALUATE_10000_BUDGET_MS = 5;
const COUNT_RATIO_BUDGET = 1.5;

const progress = (what: string) => console.error(`  timing ${what}…`);

// Time the model as the browser runs it: bundled and minified, as in the build.
const { evaluate, maxInstances } =
	await importBundled<typeof import('../src/lib/model')>('src/lib/model/index.ts');

progress('evaluate on 1,000 groups');
const many = manyGroups(1000);
const evaluateMany = measure(() => evaluate(many), { warmup: 200, samples: 500 });

progress('evaluate on 10,000 groups');
const tenThousand = manyGroups(10_000);
const evaluateTenThousand = measure(() => evaluate(tenThousand), { warmup: 30, samples: 100 });

progress('evaluate on one group of count 10 and of count 100,000');
const [count10, count100k] = measureEach(
	[oneGroup(10), oneGroup(100_000)].map((s) => () => evaluate(s)),
	{ warmup: 2000, samples: 500, batch: 20 }
) as [Stats, Stats];

const pairs: Template[] = KINDS.flatMap((kind) =>
	WORKLOAD_IDS.map((workload) => ({ kind, workload }))
);
progress(`maxInstances for ${pairs.length} kind × workload pairs`);
const sweep = measure(() => pairs.map((t) => maxInstances(DEFAULT_HOST, t)), {
	warmup: 200,
	samples: 300
});
const perPair = measureEach(
	pairs.map((t) => () => maxInstances(DEFAULT_HOST, t)),
	{ warmup: 200, samples: 200, batch: 10 }
);

const suite: Suite = {
	title: 'Model (node, pure TypeScript)',
	about:
		'The model is bundled and minified with rolldown (as Vite builds the app) and timed in ' +
		'node. `evaluate` of 1,000 and of 10,000 groups cycles through every kind × workload × count 1–3 on a 128-core, ' +
		'2 TiB host (all that can run there fit). Count 10 vs 100,000: one group of `hello` ' +
		'microVMs on the largest host the model accepts, so both counts fit and only the count ' +
		'differs. `maxInstances` runs on the default host.',
	rows: [
		timedRow('evaluate, 1,000 groups', evaluateMany, 'ms', EVALUATE_1000_BUDGET_MS),
		timedRow('evaluate, 10,000 groups', evaluateTenThousand, 'ms', EVALUATE_10000_BUDGET_MS),
		timedRow('evaluate, 1 group of count 10', count10, 'µs'),
		timedRow('evaluate, 1 group of count 100,000', count100k, 'µs'),
		row(
			'evaluate, count 100,000 ÷ count 10',
			count100k.median / count10.median,
			count100k.p95 / count10.p95,
			'×',
			COUNT_RATIO_BUDGET
		),
		timedRow(`maxInstances, all ${pairs.length} kind × workload pairs in a row`, sweep, 'µs')
	],
	details: [
		{
			title: 'maxInstances per kind × workload, default host',
			rows: pairs.map((t, i) => timedRow(`${t.kind} × ${t.workload}`, perPair[i]!, 'µs'))
		}
	]
};

process.stdout.write(JSON.stringify(suite) + '\n');
