/**
 * The second audit against primary sources (issue “Model truth”): one test per published figure,
 * named after its source, plus the settings that make the model say what it assumes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, ENGINE_INFO, maxInstances, SOURCES } from '$lib/model';
import { CONTAINERS, sumParts, UTILITY_VM } from '$lib/model/catalog';
import { startMany } from '$lib/model/startMany';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

describe('docker-repo-info: the unpack ratio', () => {
	it('is nginx:latest’s 161 MB on disk ÷ its 63.1 MB compressed', () => {
		expectClose(CONTAINERS.unpackRatio.value, 161 / 63.1, 1e-12);
		expect(CONTAINERS.unpackRatio.estimate).toBe(false);
	});
});

describe('containerd-2020: the daemons', () => {
	it('containerd’s 57–64 MB is cited from containerd#2020, not moby#32711', () => {
		const containerd = ENGINE_INFO.containerd.daemons[0]!.value;
		expect(containerd.source).toBe('containerd-2020');
		expect(containerd.value).toBeGreaterThanOrEqual(57);
		expect(containerd.value).toBeLessThanOrEqual(64);
		expect(Object.keys(SOURCES)).not.toContain('moby-32711');
	});
	it('dockerd’s own memory is an estimate, said as such', () => {
		const dockerd = ENGINE_INFO.docker.daemons.find((d) => d.label === 'dockerd')!.value;
		expect(dockerd.estimate).toBe(true);
	});
});

describe('firecracker-design: starting many microVMs at once', () => {
	it('100 nginx microVMs on 16 cores are created at 5 per core per second', () => {
		const r = evaluateOn({}, group({ kind: 'microvm', workload: 'nginx', count: 100 }));
		const g = groupOf(r);
		const rate = 5 * 16;
		expect(g.startup.allReadyMs).toBeGreaterThanOrEqual(g.startup.readyMs + (99 * 1000) / rate);
		expect(g.startup.allReadyLimitedBy).not.toBe('none');
	});
	it('one instance is ready as fast as one instance', () => {
		const g = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 1 })));
		expect(g.startup.allReadyMs).toBe(g.startup.readyMs);
		expect(g.startup.allReadyLimitedBy).toBe('none');
	});
	it('a boot storm of 200 VMs on 4 cores is bound by the CPU', () => {
		const g = groupOf(
			evaluateOn(
				{ cpuCores: 4, cpuOvercommit: 100 },
				group({ kind: 'vm', workload: 'nginx', count: 200 })
			)
		);
		expect(g.startup.allReadyLimitedBy).toBe('cpu');
		expect(g.startup.allReadyMs).toBeGreaterThan(10 * g.startup.readyMs);
	});
	it('grows with the count and costs the same to compute for 10 or 10 million', () => {
		const at = (n: number) => startMany(300, n, 20, 150, 16).ms;
		expect(at(10)).toBeLessThan(at(1000));
		expect(at(10_000_000)).toBeGreaterThan(at(1000));
	});
	it('the whole host’s “all ready” is at least each group’s', () => {
		const r = evaluateOn(
			{},
			group({ id: 'a', kind: 'vm', workload: 'nginx', count: 20 }),
			group({ id: 'b', kind: 'container', workload: 'nginx', count: 500 })
		);
		for (const g of r.groups)
			expect(r.startup.allReadyMs).toBeGreaterThanOrEqual(g.startup.allReadyMs);
	});
});

describe('docker-desktop-settings and wsl-config: the hidden Linux VM has a memory limit', () => {
	const mac = { os: 'macos' as const, hypervisor: 'apple-vz' as const, memoryMiB: 16 * 1024 };

	it('defaults to 50 % of the host’s memory on macOS and on Windows', () => {
		for (const os of ['macos', 'windows'] as const) {
			const r = evaluateOn(
				{ os, hypervisor: os === 'macos' ? 'apple-vz' : 'hyperv', memoryMiB: 16 * 1024 },
				group({ kind: 'container', workload: 'nginx' })
			);
			expect(r.utilityVm?.limitMiB).toBe(8 * 1024);
		}
	});

	it('containers that pass the limit do not fit, and the sentence names the VM and its limit', () => {
		const r = evaluateOn(
			mac,
			group({ kind: 'container', workload: 'java-api', count: 40, label: 'APIs' })
		);
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('memory');
		expect(r.shortage?.message).toMatch(/Linux VM of Docker Desktop may use at most 8 GiB/);
		const each = groupOf(r).marginal.memoryMiB;
		const room = 8 * 1024 - UTILITY_VM.idleMiB.value;
		expect(groupOf(r).fitCount).toBeLessThanOrEqual(Math.floor(room / each) + 1);
	});

	it('a larger limit the person sets lets more in, never more than the host has', () => {
		const small = maxInstances(
			{ ...DEFAULT_HOST, ...mac },
			{ kind: 'container', workload: 'java-api' }
		);
		const large = maxInstances(
			{ ...DEFAULT_HOST, ...mac, utilityVmMemoryMiB: 14 * 1024 },
			{ kind: 'container', workload: 'java-api' }
		);
		expect(large.count).toBeGreaterThan(small.count);
		const over = evaluateOn(
			{ ...mac, utilityVmMemoryMiB: 64 * 1024 },
			group({ kind: 'container', workload: 'nginx' })
		);
		expect(over.utilityVm?.limitMiB).toBe(16 * 1024);
	});

	it('docker-resource-saver: the idle VM holds 2 GB with its engine, not 300 MiB', () => {
		const r = evaluateOn(mac, group({ kind: 'container', workload: 'nginx' }));
		const h = r.memory.hostLevel;
		const engine = sumParts(ENGINE_INFO.docker.daemons);
		// The VM's VMM sits in the hypervisor layer; nothing else there on a Mac with no VMs.
		expect(h.hypervisor).toBe(UTILITY_VM.vmmMiB.value);
		expect(h.hypervisor + h.guestKernel + h.guestOs + engine).toBeCloseTo(2e9 / 1048576, 6);
		expect(r.utilityVm?.idleMiB).toBeCloseTo(2e9 / 1048576, 6);
	});
});

describe('guest memory: committed up front, or backed on touch', () => {
	it('backed on touch, a VM’s untouched RAM is not resident, but still promised', () => {
		const reserved = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'nginx' })));
		const touched = groupOf(
			evaluateOn({ guestMemory: 'onTouch' }, group({ kind: 'vm', workload: 'nginx' }))
		);
		expect(reserved.memory.perInstance.idle).toBeGreaterThan(0);
		expect(touched.memory.perInstance.idle).toBe(0);
		expect(touched.memory.allocatedMiB).toBe(reserved.memory.allocatedMiB);
		expect(touched.memory.perInstanceMiB).toBeLessThan(reserved.memory.perInstanceMiB);
	});

	it('promising more than the host has is allowed, with a warning that names the risk', () => {
		const r = evaluateOn(
			{ guestMemory: 'onTouch', memoryMiB: 8 * 1024 },
			group({ kind: 'vm', workload: 'nginx', count: 20 })
		);
		expect(r.memory.promisedMiB).toBe(20 * 1024);
		const w = r.notes.find((n) => n.level === 'warning' && /promised/.test(n.message));
		expect(w?.message).toMatch(/swaps|out-of-memory/);
		expect(groupOf(r).fitCount).toBeGreaterThan(6);
	});

	it('committed up front (the default), the same 20 VMs do not fit in 8 GiB', () => {
		const r = evaluateOn(
			{ memoryMiB: 8 * 1024 },
			group({ kind: 'vm', workload: 'nginx', count: 20 })
		);
		expect(r.fits).toBe(false);
		expect(r.notes.some((n) => /promised/.test(n.message))).toBe(false);
	});
});

describe('felter-2015: container networking', () => {
	it('with host networking no bridge is used, so more than 1,023 containers fit', () => {
		const bridge = evaluateOn({}, group({ kind: 'container', workload: 'hello', count: 2000 }));
		const host = evaluateOn(
			{ containerNetwork: 'host' },
			group({ kind: 'container', workload: 'hello', count: 2000 })
		);
		expect(groupOf(bridge).fitCount).toBe(1023);
		expect(groupOf(host).fitCount).toBe(2000);
		expect(host.limits.some((l) => /bridge/.test(l.name))).toBe(false);
		expect(host.notes.some((n) => /share the host’s ports/.test(n.message))).toBe(true);
	});
});

describe('scenarios without the new settings read exactly as before', () => {
	it('evaluate() of a host without containerNetwork, guestMemory or utilityVmMemoryMiB uses the defaults', () => {
		const a = evaluateOn({}, group({ kind: 'container', workload: 'nginx', count: 3 }));
		const b = evaluateOn(
			{ containerNetwork: 'bridge', guestMemory: 'reserved' },
			group({ kind: 'container', workload: 'nginx', count: 3 })
		);
		expect(a).toEqual(b);
	});
});
