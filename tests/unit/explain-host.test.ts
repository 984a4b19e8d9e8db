/** explain() for the host's settings and a Kubernetes node's figures: the same values the model uses. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	defaultScenario,
	evaluate,
	formatMiB,
	NETWORK_MODES,
	type Host,
	type Scenario
} from '$lib/model';
import { explain, NODE_FIGURES } from '$lib/model/explain';
import { allocatable } from '$lib/model/kubernetesNode';
import { nodeOf } from '$lib/model/kubernetesHost';

const withHost = (host: Partial<Host>, s: Scenario = defaultScenario()): Scenario => ({
	...s,
	host: { ...s.host, ...host }
});

describe('explain(network)', () => {
	it.each(['bridge', 'host'] as const)(
		'explain(containerNetwork %s) = the cited extra cost per I/O of that mode',
		(mode) => {
			const e = explain(withHost({ containerNetwork: mode }), { type: 'network' })!;
			expect(e.value).toBe(NETWORK_MODES[mode].ioOverheadPct.value);
			expect(e.title).toContain(NETWORK_MODES[mode].name);
			expect(e.sources).toContain('felter-2015');
		}
	);
	it('follows the catalog: a changed cost changes the explanation', () => {
		const c = NETWORK_MODES.bridge.ioOverheadPct as { value: number };
		const old = c.value;
		try {
			c.value = 7.5;
			expect(explain(defaultScenario(), { type: 'network' })!.formula).toContain(
				'costs 7.5 % more CPU'
			);
		} finally {
			c.value = old;
		}
	});
});

describe('explain(guestMemory)', () => {
	it('on touch, promised beyond the host: names the swap and OOM risk with the report’s figures', () => {
		const s = withHost({ guestMemory: 'onTouch', memoryMiB: 4096 });
		const r = evaluate(s);
		expect(r.memory.promisedMiB).toBeGreaterThan(r.memory.capacityMiB);
		const e = explain(s, { type: 'guestMemory' })!;
		expect(e.value).toBe(r.memory.promisedMiB);
		expect(e.formula).toContain(formatMiB(r.memory.usedMiB));
		expect(e.formula).toMatch(/swaps or its out-of-memory killer/);
	});
	it('reserved up front: the promise is resident', () => {
		const e = explain(defaultScenario(), { type: 'guestMemory' })!;
		expect(e.formula).toMatch(/is resident/);
	});
});

describe('explain(utilityVm)', () => {
	const mac = (extra: Partial<Host> = {}) =>
		withHost(
			{ os: 'macos', hypervisor: 'apple-vz', ...extra },
			{
				...defaultScenario(),
				groups: [{ id: 'g1', kind: 'container', workload: 'redis', count: 2 }]
			}
		);
	it('explain(utilityVm) = the report’s limit; default by share, else as set', () => {
		for (const s of [mac(), mac({ utilityVmMemoryMiB: 4096 })]) {
			const e = explain(s, { type: 'utilityVm' })!;
			expect(e.value).toBe(evaluate(s).utilityVm!.limitMiB);
		}
		expect(explain(mac({ utilityVmMemoryMiB: 4096 }), { type: 'utilityVm' })!.formula).toMatch(
			/^Set to 4 GiB/
		);
	});
});

describe('explain(node figure)', () => {
	const eks: Host = { ...DEFAULT_HOST, kubernetes: { platform: 'eks', maxPods: 29 } };
	it.each(NODE_FIGURES)('explain(node %s) exists on a node and not on a plain host', (figure) => {
		expect(explain(withHost(eks), { type: 'node', figure })).toBeDefined();
		expect(explain(defaultScenario(), { type: 'node', figure })).toBeUndefined();
	});
	it('explain(node memoryReserved on EKS) = 11 MiB × max pods + 255 MiB, as the node figure', () => {
		// Bottlerocket reserves by the max pods it runs with (eks-reserved-override): the setting.
		const rocket: Host = {
			...eks,
			kubernetes: { platform: 'eks', maxPods: 29, image: 'bottlerocket' }
		};
		const e = explain(withHost(rocket), { type: 'node', figure: 'memoryReserved' })!;
		expect(e.value).toBe(allocatable(nodeOf(rocket)!).reserved.memoryMiB.value);
		expect(e.value).toBe(11 * 29 + 255);
		expect(e.sources).toContain('eks-ami-reserved');
		// The node's own size is the person's setting, not a citation.
		expect(e.inputs.find((i) => i.label === 'Max pods')?.origin).toBe('setting');
	});
	it('an interpolated AKS CPU reservation is said to be an estimate', () => {
		const aks: Host = { ...DEFAULT_HOST, cpuCores: 6, kubernetes: { platform: 'aks' } };
		expect(explain(withHost(aks), { type: 'node', figure: 'cpuReserved' })!.estimate).toBe(true);
	});
});
