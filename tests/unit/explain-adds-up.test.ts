/**
 * The "?"s issue 20 found that did not account for the number beside them, each checked against
 * the figure it explains: the inputs that add up to it, none that does not apply, words that fit
 * the kind, and sentences whose rounded figures a reader can redo.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	defaultScenario,
	evaluate,
	maxInstances,
	type Group,
	type Host
} from '$lib/model';
import { ENGINE_INFO, GVISOR, HYPERVISOR_INFO, WINDOWS_CONTAINERS } from '$lib/model/catalog';
import { NODE_AGENTS, PER_POD } from '$lib/model/catalog/kubernetes';
import { explain, type Explanation } from '$lib/model/explain';
import { sumOfTerms } from '$lib/model/explain/terms';
import { expectClose, scenarioOf } from './helpers/model';

const gke: Host = {
	...DEFAULT_HOST,
	engine: 'containerd',
	cpuCores: 4,
	memoryMiB: 16 * 1024,
	kubernetes: { platform: 'gke' }
};
const pods: Group[] = [
	{ id: 'runc', kind: 'container', workload: 'nginx', count: 3 },
	{ id: 'gvisor', kind: 'gvisor', workload: 'nginx', count: 2 },
	{ id: 'kata', kind: 'kata', workload: 'nginx', count: 1 }
];
const onNode = scenarioOf(gke, pods);
const shim = ENGINE_INFO.containerd.perContainerMiB.value;
const pause = PER_POD.pauseMiB.value;
const labels = (e: Explanation | undefined) => (e?.inputs ?? []).map((i) => i.label);

function addsUp(e: Explanation | undefined, value: number): Explanation {
	expect(e).toBeDefined();
	expectClose(e!.value, value, 1e-12, 'value');
	expectClose(sumOfTerms(e!.inputs), value, 1e-9, `terms of ${e!.title}`);
	return e!;
}

describe('a pod’s runtime layer on a Kubernetes node counts its pause container', () => {
	it('runc: the shim and the pause container, 10.5 + 1 = 11.5 MiB (was explained as 10.5)', () => {
		const e = addsUp(
			explain(onNode, { type: 'layer', groupId: 'runc', layer: 'runtime' }),
			shim + pause
		);
		expect(labels(e)).toContain('Pause container of the pod');
	});
	it('gVisor: shim, Sentry and Gofer, and the pause container (was 1 MiB short)', () => {
		addsUp(
			explain(onNode, { type: 'layer', groupId: 'gvisor', layer: 'runtime' }),
			shim + GVISOR.sentryMiB.value + pause
		);
	});
	it('Kata: the 1 MiB is the pause container, not “no such layer”', () => {
		const e = addsUp(explain(onNode, { type: 'layer', groupId: 'kata', layer: 'runtime' }), pause);
		expect(e.formula).not.toMatch(/no such layer/);
	});
	it('off a node there is no pause container to name', () => {
		const e = explain(scenarioOf(DEFAULT_HOST, pods), {
			type: 'layer',
			groupId: 'runc',
			layer: 'runtime'
		});
		addsUp(e, ENGINE_INFO.docker.perContainerMiB.value);
		expect(labels(e).join()).not.toMatch(/Pause/);
	});
});

describe('a node’s host layers name what they hold', () => {
	it('the engine layer is containerd and the node’s agents: 60 + 220 = 280 MiB (was 60 listed)', () => {
		const agents = NODE_AGENTS.reduce((s, a) => s + a.memoryMiB.value, 0);
		const e = addsUp(
			explain(onNode, { type: 'hostLayer', layer: 'engine' }),
			ENGINE_INFO.containerd.daemons.reduce((s, d) => s + d.value.value, 0) + agents
		);
		expect(e.inputs.find((i) => i.target?.type === 'node')?.value).toBe(agents);
	});
	it('“allocated but idle” is the held-back memory less the host’s own software (was no inputs)', () => {
		const r = evaluate(onNode);
		const own = r.memory.hostLevel;
		const software = own.hostOs + own.hypervisor + own.engine + own.guestKernel + own.guestOs;
		const e = addsUp(
			explain(onNode, { type: 'hostLayer', layer: 'idle' }),
			gke.memoryMiB - r.kubernetes!.allocatableMiB - software
		);
		expect(e.inputs.map((i) => i.target?.type)).toContain('node');
		expect(e.formula).toMatch(/held back|holds memory back/);
	});
});

describe('the hypervisor row on a Linux/KVM host', () => {
	const kvm = HYPERVISOR_INFO.kvm.hostServices.reduce((s, p) => s + p.value.value, 0);
	it('has no hidden Linux VM’s VMM, which runs only on macOS and Windows', () => {
		const e = explain(scenarioOf(DEFAULT_HOST, [pods[0]!, { ...pods[0]!, id: 'vm', kind: 'vm' }]), {
			type: 'hostLayer',
			layer: 'hypervisor'
		});
		expect(labels(e).join()).not.toMatch(/hidden|VMM of/);
	});
	it('the default view’s row (341 MiB) is what its “?” adds up: KVM’s 65 and each VM group’s', () => {
		const s = defaultScenario();
		const r = evaluate(s);
		const e = addsUp(
			explain(s, { type: 'hostLayer', layer: 'hypervisor' }),
			r.memory.byLayer.hypervisor
		);
		expect(r.memory.byLayer.hypervisor).toBeGreaterThan(kvm);
		expectClose(
			e.inputs.filter((i) => i.target === undefined).reduce((t, i) => t + (i.adds ?? 0), 0),
			kvm,
			1e-12
		);
		expect(e.inputs.filter((i) => i.target?.type === 'layer').map((i) => i.target)).toEqual([
			{ type: 'layer', groupId: 'g1', layer: 'hypervisor' },
			{ type: 'layer', groupId: 'g2', layer: 'hypervisor' }
		]);
	});
});

describe('memory, vCPUs, CPU time and disk in use list what uses them, not only the capacity', () => {
	const s = defaultScenario();
	const r = evaluate(s);
	it.each([
		['memory', r.memory.usedMiB],
		['vcpus', r.cpu.allocatedVcpus],
		['cpuTime', r.cpu.demandCores],
		['disk', r.disk.usedMiB]
	] as const)(
		'%s: one term per group (and the host’s own), adding up to the figure',
		(resource, value) => {
			const e = addsUp(explain(s, { type: 'limit', resource }), value);
			for (const g of r.groups)
				expect(labels(e).some((l) => l.includes(g.workloadName))).toBe(true);
		}
	);
});

describe('pods’ requests on a node list each group’s pods, adding up to what the scheduler counts', () => {
	const r = evaluate(onNode);
	it.each([
		['memoryRequests', r.kubernetes!.requestedMiB],
		['cpuRequests', r.kubernetes!.requestedCores]
	] as const)('%s: one term per group that requests something', (resource, value) => {
		expect(value).toBeGreaterThan(0);
		const e = addsUp(explain(onNode, { type: 'limit', resource }), value);
		for (const g of r.groups.filter((x) => x.requests.memoryMiB > 0))
			expect(labels(e).some((l) => l.includes(g.workloadName))).toBe(true);
		expect(labels(e)).toContain(
			resource === 'memoryRequests'
				? 'Allocatable memory of the node'
				: 'Allocatable CPU of the node'
		);
	});
	it('CPU time on a node counts the CPU the node reserves as the host’s own', () => {
		const e = addsUp(explain(onNode, { type: 'limit', resource: 'cpuTime' }), r.cpu.demandCores);
		expect(labels(e)).toContain('The host’s own work');
	});
});

describe('Windows containers in Windows words', () => {
	const win = scenarioOf({ ...DEFAULT_HOST, os: 'windows', hypervisor: 'hyperv' }, [
		{ id: 'h', kind: 'container', workload: 'windows-iis', isolation: 'hyperv', count: 2 },
		{ id: 'p', kind: 'container', workload: 'windows-iis', isolation: 'process', count: 1 }
	]);
	it('a Hyper-V isolated container’s runtime layer is the engine’s process only; its services are in its VM', () => {
		const e = addsUp(
			explain(win, { type: 'layer', groupId: 'h', layer: 'runtime' }),
			ENGINE_INFO.docker.perContainerMiB.value
		);
		expect(e.formula).not.toMatch(/process-isolated/);
		expect(e.formula).toMatch(/utility VM/);
	});
	it('its kernel and guest OS layers add up to Microsoft’s 325 MB for Server Core', () => {
		const k = explain(win, { type: 'layer', groupId: 'h', layer: 'guestKernel' });
		const os = explain(win, { type: 'layer', groupId: 'h', layer: 'guestOs' });
		addsUp(k, WINDOWS_CONTAINERS.hypervKernelMiB.value);
		addsUp(os, WINDOWS_CONTAINERS.hypervMiB.value - WINDOWS_CONTAINERS.hypervKernelMiB.value);
		expect(k!.value + os!.value).toBe(325);
	});
	it('a process-isolated container’s runtime layer has its Windows services', () => {
		addsUp(
			explain(win, { type: 'layer', groupId: 'p', layer: 'runtime' }),
			ENGINE_INFO.docker.perContainerMiB.value + WINDOWS_CONTAINERS.processMiB.value
		);
	});
	it('the sandbox phase creates a silo and a job object, not namespaces and cgroups', () => {
		for (const groupId of ['p', 'h']) {
			const e = explain(win, { type: 'phase', groupId, phase: 'sandbox' })!;
			expect(e.formula).toMatch(/silo/);
			expect(e.formula).toMatch(/job object/);
			expect(e.formula).not.toMatch(/cgroup/);
		}
	});
});

describe('a density sentence’s figures reproduce its count', () => {
	/** The numbers in a sentence, thousands separators dropped. */
	const numbers = (text: string) =>
		[...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));

	it('memory: free ÷ each = the count (was “63.4 GiB … 1.1 GiB”, which gives 57 for 59)', () => {
		const d = maxInstances(DEFAULT_HOST, { kind: 'vm', workload: 'nginx' });
		expect(d.limitedBy).toBe('memory');
		const [count, free, , each] = numbers(d.reason);
		expect(count).toBe(d.count);
		expect(Math.floor(free! / each!)).toBe(d.count);
	});
	it('CPU: (cores − the host’s own) ÷ each = the count (was “0.03 cores of 16”, which gives 533 for 629)', () => {
		const d = maxInstances(
			{ ...DEFAULT_HOST, memoryMiB: 1024 * 1024 },
			{ kind: 'container', workload: 'nginx' }
		);
		expect(d.limitedBy).toBe('cpuTime');
		// The sentence names the load first; the division's figures follow “with overhead”.
		const [count] = numbers(d.reason);
		const [each, cores, own = 0] = numbers(d.reason.split('with overhead')[1]!);
		expect(count).toBe(d.count);
		expect(Math.floor((cores! - own) / each!)).toBe(d.count);
	});
});
