/** explain(): each figure with its formula, its inputs and the sources they rest on. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type ExplainTarget, type SourceId } from '$lib/model';
import { explain } from '$lib/model/explain';
import { MICROVM, QEMU } from '$lib/model/catalog';
import { scenarioOf } from './helpers/model';

const nginx = defaultScenario(); // g1 = nginx VMs, g2 = nginx microVMs, g3 = nginx containers (Linux/KVM)

describe('explain(default scenario, target) cites the published figures', () => {
	const cases: [string, number, SourceId, ExplainTarget][] = [
		[
			'KVM firmware phase',
			36.07 + 78.6,
			'qemu-boot-2019',
			{ type: 'phase', groupId: 'g1', phase: 'firmware' }
		],
		[
			'microVM kernel phase',
			125,
			'firecracker-spec',
			{ type: 'phase', groupId: 'g2', phase: 'kernel' }
		],
		[
			'microVM VMM memory',
			5,
			'firecracker-spec',
			{ type: 'layer', groupId: 'g2', layer: 'hypervisor' }
		],
		[
			'KVM VM hypervisor memory',
			30 + 8 + 8 + 16 + 1024 / 512,
			'kubevirt-renderresources',
			{ type: 'layer', groupId: 'g1', layer: 'hypervisor' }
		],
		[
			'Docker engine memory, paid once',
			50 + 60,
			'containerd-2020',
			{ type: 'hostLayer', layer: 'engine' }
		],
		[
			'container runtime memory',
			10.5,
			'containerd-7878',
			{ type: 'layer', groupId: 'g3', layer: 'runtime' }
		]
	];
	it.each(cases)('explain(%s) = %f, citing %s', (_name, value, source, target) => {
		const e = explain(nginx, target)!;
		expect(e.value).toBeCloseTo(value, 9);
		expect(e.sources).toContain(source);
		expect(e.formula.length).toBeGreaterThan(10);
	});

	it('explain(KVM VM hypervisor memory) shows the whole QEMU process the Firecracker paper measured, for comparison', () => {
		const e = explain(nginx, { type: 'layer', groupId: 'g1', layer: 'hypervisor' })!;
		expect(e.sources).toEqual(
			expect.arrayContaining(['firecracker-paper', 'kubevirt-renderresources'])
		);
		expect(e.estimate).toBe(false);
	});

	it('explain(all of a group ready) names the creation rate and the cores', () => {
		const e = explain(nginx, { type: 'allReady', groupId: 'g2' })!;
		expect(e.sources).toContain('firecracker-design');
		expect(e.value).toBeGreaterThan(0);
		expect(e.inputs.map((i) => i.label)).toContain('Host cores');
	});

	it('explain(a VM’s idle memory) is an estimate: no vendor publishes a guest’s idle memory', () => {
		const e = explain(nginx, { type: 'layer', groupId: 'g1', layer: 'idle' })!;
		expect(e.estimate).toBe(true);
	});
});

describe('explain(target that does not exist) = undefined', () => {
	it.each([
		['an unknown group', { type: 'disk', groupId: 'nope' }],
		['a container’s firmware phase', { type: 'phase', groupId: 'g3', phase: 'firmware' }],
		['a warm container’s image pull', { type: 'phase', groupId: 'g3', phase: 'imagePull' }],
		['a VM’s sandbox phase', { type: 'phase', groupId: 'g1', phase: 'sandbox' }]
	] as [string, ExplainTarget][])('explain(%s) = undefined', (_name, target) => {
		expect(explain(nginx, target)).toBeUndefined();
	});

	it('explain(an unsupported group’s layer) = undefined', () => {
		const s = scenarioOf({}, [{ id: 'w', kind: 'container', workload: 'windows-iis', count: 1 }]);
		expect(explain(s, { type: 'layer', groupId: 'w', layer: 'app' })).toBeUndefined();
	});
});

describe('explain(limit)', () => {
	it('explain(memory in use) = report.memory.usedMiB against the host’s memory', () => {
		const e = explain(nginx, { type: 'limit', resource: 'memory' })!;
		const capacity = e.inputs.find((i) => i.label === 'Host memory')!;
		expect(capacity.value).toBe(nginx.host.memoryMiB);
		expect(capacity.adds).toBeUndefined();
		expect(e.value).toBeGreaterThan(0);
	});

	it('explain(hard limit on an empty KVM host) shows no infinite capacity', () => {
		const e = explain(scenarioOf({}, []), { type: 'limit', resource: 'limit' })!;
		expect(e.value).toBe(0);
		for (const input of e.inputs) expect(Number.isFinite(input.value)).toBe(true);
	});

	it('explain(hard limit with containers placed) names the Linux bridge limit of 1,023', () => {
		const e = explain(nginx, { type: 'limit', resource: 'limit' })!;
		expect(e.inputs.map((i) => i.value)).toContain(1023);
	});
});

describe('an explanation is computed from the catalog, never typed', () => {
	const mutate = <T extends { value: number }>(c: T, value: number, run: () => void) => {
		const before = c.value;
		c.value = value;
		try {
			run();
		} finally {
			c.value = before;
		}
	};
	const target: ExplainTarget = { type: 'layer', groupId: 'g1', layer: 'hypervisor' };

	it('changing QEMU’s per-vCPU memory in the catalog changes the value, the inputs and the formula text', () => {
		const before = explain(nginx, target)!;
		expect(before.formula).toContain('8 MiB per vCPU');
		mutate(QEMU.perVcpuMiB, 11, () => {
			const after = explain(nginx, target)!;
			expect(after.value).toBeCloseTo(before.value + 3, 9);
			expect(after.formula).toContain('11 MiB per vCPU');
			expect(after.inputs.find((i) => i.label === 'Per vCPU')!.value).toBe(11);
		});
	});

	it('changing the page-table divisor changes the formula text', () => {
		mutate(QEMU.pageTableDivisor, 256, () => {
			expect(explain(nginx, target)!.formula).toContain('÷ 256');
		});
	});

	it('changing Firecracker’s VMM bound changes the microVM explanation', () => {
		mutate(MICROVM.vmmMiB, 7, () => {
			const e = explain(nginx, { type: 'layer', groupId: 'g2', layer: 'hypervisor' })!;
			expect(e.value).toBe(7);
			expect(e.formula).toContain('7 MiB');
		});
	});
});
