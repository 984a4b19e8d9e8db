/**
 * Properties that tie the model's functions together over random valid inputs: containers are
 * lighter than VMs, maxInstances() agrees with evaluate(), explain() explains the report's figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	LAYERS,
	PHASES,
	RESOURCES,
	WORKLOAD_IDS,
	evaluate,
	maxInstances,
	type ExplainTarget,
	type Kind,
	type Scenario
} from '$lib/model';
import { explain } from '$lib/model/explain';
import {
	PROPERTY_TIMEOUT_MS,
	RUNS,
	hostArb,
	scenarioArb,
	templateArb
} from './helpers/arbitraries';
import { badNumbers, expectClose, scenarioOf } from './helpers/model';

const timeout = PROPERTY_TIMEOUT_MS;

describe('containers are lighter than VMs', { timeout }, () => {
	it('perInstanceMiB: container ≤ microVM ≤ VM for every workload on any host (defaults, both supported)', () => {
		fc.assert(
			fc.property(hostArb, fc.constantFrom(...WORKLOAD_IDS), (host, workload) => {
				const per = (kind: Kind) => {
					const g = evaluate(scenarioOf(host, [{ id: 'g', kind, workload, count: 1 }])).groups[0]!;
					return g.supported ? g.memory.perInstanceMiB : undefined;
				};
				const [c, m, v] = [per('container'), per('microvm'), per('vm')];
				if (c !== undefined && v !== undefined) expect(c).toBeLessThanOrEqual(v);
				if (c !== undefined && m !== undefined) expect(c).toBeLessThanOrEqual(m);
				if (m !== undefined && v !== undefined) expect(m).toBeLessThanOrEqual(v);
			}),
			RUNS
		);
	});
});

describe('maxInstances(host, template) agrees with evaluate()', { timeout }, () => {
	it('N = maxInstances: N instances fit (on a host that holds its own OS), N + 1 do not, for the same reason', () => {
		fc.assert(
			fc.property(hostArb, templateArb, (host, t) => {
				const d = maxInstances(host, t);
				const at = (count: number) => evaluate(scenarioOf(host, [{ ...t, id: 'g', count }]));
				const one = at(1).groups[0]!;
				expect(d.reason.length).toBeGreaterThan(0);
				if (!one.supported) {
					expect(d.count).toBe(0);
					return;
				}
				if (d.count >= 1e9) return; // nothing runs out below the count limit
				const emptyFits = evaluate(scenarioOf(host, [])).fits;
				if (emptyFits) expect(at(d.count).fits).toBe(true);
				const over = at(d.count + 1);
				expect(over.fits).toBe(false);
				expect(over.limitedBy).toBe(d.limitedBy);
				expect(over.groups[0]!.fitCount).toBe(d.count);
			}),
			RUNS
		);
	});
});

describe('explain(scenario, target).value is the report’s figure', { timeout }, () => {
	it('for every layer, phase, disk and CPU figure of every supported group', () => {
		fc.assert(
			fc.property(scenarioArb, (s: Scenario) => {
				const r = evaluate(s);
				for (const g of r.groups) {
					const target = { groupId: g.id };
					if (!g.supported) {
						expect(explain(s, { type: 'disk', ...target })).toBeUndefined();
						continue;
					}
					for (const layer of LAYERS) {
						const e = explain(s, { type: 'layer', layer, ...target });
						expectClose(e!.value, g.memory.perInstance[layer], 1e-12, `${g.id} ${layer}`);
						expect(e!.unit).toBe('MiB');
					}
					for (const p of g.startup.phases) {
						const e = explain(s, { type: 'phase', phase: p.phase, ...target });
						expectClose(e!.value, p.ms, 1e-12, `${g.id} ${p.phase}`);
						expect(e!.unit).toBe('ms');
					}
					expectClose(explain(s, { type: 'disk', ...target })!.value, g.diskMiB.perInstance, 1e-12);
					expectClose(explain(s, { type: 'cpu', ...target })!.value, g.cpu.demandCores, 1e-12);
					// The "?" beside "1.1 GiB each": the whole per-instance figure, its parts adding up to it.
					const whole = explain(s, { type: 'instance', ...target })!;
					expectClose(whole.value, g.memory.perInstanceMiB, 1e-12, `${g.id} instance`);
					expectClose(
						whole.inputs.reduce((t, i) => t + i.value, 0),
						g.memory.perInstanceMiB,
						1e-9,
						`${g.id} instance parts`
					);
				}
				// The "?" beside a row of Memory by layer: the whole row, the host's own and each group's.
				for (const layer of LAYERS) {
					const e = explain(s, { type: 'hostLayer', layer });
					expectClose(e!.value, r.memory.byLayer[layer], 1e-12, `host ${layer}`);
				}
			}),
			RUNS
		);
	});

	it('explain(scenario, any target) holds only finite, non-negative numbers', () => {
		const targets = (s: Scenario): ExplainTarget[] => [
			...RESOURCES.map((resource) => ({ type: 'limit' as const, resource })),
			...LAYERS.map((layer) => ({ type: 'hostLayer' as const, layer })),
			...s.groups.flatMap((g) => [
				{ type: 'disk' as const, groupId: g.id },
				{ type: 'cpu' as const, groupId: g.id },
				{ type: 'instance' as const, groupId: g.id },
				...LAYERS.map((layer) => ({ type: 'layer' as const, groupId: g.id, layer })),
				...PHASES.map((phase) => ({ type: 'phase' as const, groupId: g.id, phase }))
			])
		];
		fc.assert(
			fc.property(scenarioArb, (s) => {
				for (const target of targets(s)) {
					const e = explain(s, target);
					// A term taken away from a sum adds a negative amount; every number shown is ≥ 0.
					const shown = e && {
						...e,
						inputs: e.inputs.map(({ adds, ...i }) => ({ ...i, adds: Math.abs(adds ?? 0) }))
					};
					if (shown) expect(badNumbers(shown), JSON.stringify(target)).toEqual([]);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('every catalog input an explanation cites has a source', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				for (const g of evaluate(s).groups.filter((x) => x.supported)) {
					const e = explain(s, { type: 'cpu', groupId: g.id })!;
					for (const input of e.inputs) expect(input.source).toBeTruthy();
					expect(e.sources.length).toBeGreaterThan(0);
					expect(e.formula.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 100 }
		);
	});
});
