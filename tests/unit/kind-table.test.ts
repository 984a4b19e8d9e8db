/**
 * kindTable() evaluates each kind once; its other image cache's start-up and its density come
 * from the kind's template without further evaluations. Its output must be what evaluating each
 * answer on its own gives: one instance alone, alone again with the other cache, and maxInstances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	kindTable,
	maxInstances,
	WORKLOAD_IDS,
	type ImageCache,
	type Scenario,
	type Template
} from '$lib/model';
import { PROPERTY_TIMEOUT_MS, RUNS, scenarioArb } from './helpers/arbitraries';

/** One instance of `template` alone on the scenario's host with this image cache, as evaluate() starts it. */
function startupAlone(scenario: Scenario, template: Template, imageCache: ImageCache) {
	const g = evaluate({
		version: 1,
		name: '',
		host: { ...scenario.host, imageCache },
		groups: [{ ...template, id: 'k', count: 1 }],
		workloads: scenario.workloads
	}).groups[0]!;
	return { phases: g.startup.phases, readyMs: g.startup.readyMs };
}

/** The scenario with one of its groups picked as the one the person looks at (or none). */
const arb = fc.tuple(scenarioArb, fc.constantFrom(...WORKLOAD_IDS), fc.nat(12), fc.boolean());

describe('kindTable(scenario, workload) equals each answer evaluated on its own', () => {
	it(
		'start-up warm and cold, density and the report alone, for every kind',
		() => {
			fc.assert(
				fc.property(arb, ([scenario, workload, pick, prefer]) => {
					const preferId = prefer ? scenario.groups[pick]?.id : undefined;
					const table = kindTable(scenario, workload, preferId);
					for (const k of table) {
						const t = k.sizing.template;
						expect(k.startup.warm).toEqual(startupAlone(scenario, t, 'warm'));
						expect(k.startup.cold).toEqual(startupAlone(scenario, t, 'cold'));
						expect(k.density).toEqual(maxInstances(scenario.host, t, scenario.workloads));
						const alone = evaluate({
							version: 1,
							name: '',
							host: scenario.host,
							groups: [{ ...t, id: 'k', count: 1 }],
							workloads: scenario.workloads
						});
						expect(JSON.stringify(k.alone.report)).toBe(JSON.stringify(alone));
						expect({ phases: k.startup.phases, readyMs: k.startup.readyMs }).toEqual(
							k.startup[scenario.host.imageCache]
						);
					}
				}),
				// Each run evaluates 25 times: fewer runs than the other properties.
				{ ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 5) }
			);
		},
		PROPERTY_TIMEOUT_MS
	);
});
