/**
 * Every "?" accounts for the number beside it (issue 20): over random hosts × kinds × workloads,
 * the terms of each memory layer's explanation (one instance's, and the host's whole row), of
 * one instance's memory and of memory, vCPUs, CPU time, pods' requests and disk in use add up to the explained value, and
 * no input appears that does not apply to the host.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYERS, RESOURCES, evaluate, type Scenario } from '$lib/model';
import { explain, type Explanation } from '$lib/model/explain';
import { sumOfTerms } from '$lib/model/explain/terms';
import { PROPERTY_TIMEOUT_MS, RUNS, scenarioArb } from './helpers/arbitraries';

/** Within rounding: the explanation shows figures to 0.1 MiB; the sums must hold far tighter. */
function addsUp(e: Explanation | undefined, what: string): void {
	expect(e, what).toBeDefined();
	const sum = sumOfTerms(e!.inputs);
	const tol = 1e-6 * Math.max(1, Math.abs(e!.value));
	expect(
		Math.abs(sum - e!.value),
		`${what}: terms ${e!.inputs.map((i) => `${i.label}=${i.adds ?? '·'}`).join(', ')} add up to ${sum}, not ${e!.value}`
	).toBeLessThanOrEqual(tol);
	// A figure above zero is made of something the reader can see.
	if (e!.value > 1e-9)
		expect(
			e!.inputs.some((i) => (i.adds ?? 0) !== 0),
			what
		).toBe(true);
}

const labels = (e: Explanation | undefined) => (e?.inputs ?? []).map((i) => i.label).join(' | ');

describe('explain(any valid scenario)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
	it('each layer of each instance, and each instance’s whole memory, is the sum of its terms, with no pause container off a node', () => {
		fc.assert(
			fc.property(scenarioArb, (s: Scenario) => {
				const r = evaluate(s);
				for (const g of r.groups.filter((x) => x.supported)) {
					for (const layer of LAYERS) {
						const e = explain(s, { type: 'layer', groupId: g.id, layer });
						addsUp(e, `${g.kind} ${g.workload} ${layer}`);
						expect(e!.value).toBeCloseTo(g.memory.perInstance[layer], 9);
						// A pod's pause container only on a Kubernetes node.
						if (!s.host.kubernetes) expect(labels(e)).not.toMatch(/Pause/);
					}
					addsUp(explain(s, { type: 'instance', groupId: g.id }), `${g.kind} instance`);
				}
			}),
			RUNS
		);
	});

	it('each row of the host’s memory by layer is the sum of its terms, the host’s own and each group’s, naming nothing that does not apply', () => {
		fc.assert(
			fc.property(scenarioArb, (s: Scenario) => {
				const r = evaluate(s);
				const rows = LAYERS.map((layer) => {
					const e = explain(s, { type: 'hostLayer', layer });
					addsUp(e, `host ${layer}`);
					expect(e!.value).toBeCloseTo(r.memory.byLayer[layer], 6);
					return labels(e);
				}).join(' | ');
				// No hidden Linux VM where none runs; no kubelet or allocatable memory off a node.
				if (!r.utilityVm) expect(rows).not.toMatch(/hidden|WSL|VMM of/);
				if (!s.host.kubernetes) expect(rows).not.toMatch(/kubelet|allocatable/);
			}),
			// Each run evaluates the scenario once per layer: a third of the runs covers as much.
			{ numRuns: Math.max(20, Math.round(RUNS.numRuns / 3)) }
		);
	});

	it('memory, vCPUs, CPU time, pods’ requests and disk in use are the sum of what uses them', () => {
		fc.assert(
			fc.property(scenarioArb, (s: Scenario) => {
				for (const resource of RESOURCES.filter((x) => x !== 'limit'))
					addsUp(explain(s, { type: 'limit', resource }), resource);
			}),
			RUNS
		);
	});
});
