/** CPU through evaluate(): virtualisation overhead (Felter et al.), vCPU allocation and overcommit. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	GUEST_OSES,
	HYPERVISOR_INFO,
	WORKLOADS,
	maxInstances,
	type WorkloadId
} from '$lib/model';
import { MICROVM, NETWORK_MODES, SHARING } from '$lib/model/catalog';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

const LINUX_WORKLOADS = (Object.keys(WORKLOADS) as WorkloadId[]).filter(
	(w) => WORKLOADS[w].family === 'linux'
);
/** Overhead weighted by the work's I/O share: (1 − io) × CPU overhead + io × I/O overhead. */
const weighted = (w: WorkloadId, cpuPct: number, ioPct: number) => {
	const io = WORKLOADS[w].ioShare.value;
	return (1 - io) * cpuPct + io * ioPct;
};
const overhead = (
	kind: 'vm' | 'microvm' | 'container',
	workload: WorkloadId,
	hypervisor: 'kvm' | 'virtualbox' = 'kvm'
) => groupOf(evaluateOn({ hypervisor }, group({ kind, workload }))).cpu.overheadPct;

/** Felter et al.'s raw logs: half the throughput is twice the cost per operation. */
const cost = (native: number, slower: number) => (native / slower - 1) * 100;
const FIO_KVM_COST = (cost(84_044, 46_173) + cost(112_034, 59_321) + cost(104_553, 50_737)) / 3;
const REDIS_BRIDGE_COST = (cost(107_000, 77_000) + cost(126_000, 91_000)) / 2;

describe('virtualisation overhead: CPU-bound small, I/O-bound large (Felter et al. 2015)', () => {
	it('felter-2015: KVM’s cost per random I/O is the mean of fio read, write and mixed (about +92 %)', () => {
		expectClose(HYPERVISOR_INFO.kvm.ioOverheadPct.value, FIO_KVM_COST, 1e-12);
		expect(FIO_KVM_COST).toBeGreaterThan(90);
		expect(FIO_KVM_COST).toBeLessThan(95);
	});

	it('felter-2015: Docker’s bridge costs about +39 % per request (Redis GET), host networking about nothing', () => {
		expectClose(NETWORK_MODES.bridge.ioOverheadPct.value, REDIS_BRIDGE_COST, 1e-12);
		expect(REDIS_BRIDGE_COST).toBeCloseTo(38.7, 0);
		expect(NETWORK_MODES.host.ioOverheadPct.value).toBe(0);
	});

	it.each(LINUX_WORKLOADS)(
		'evaluate(%s VM on KVM).overheadPct weights Linpack −2.3 % and the fio cost per I/O by I/O share',
		(workload) => {
			expectClose(overhead('vm', workload), weighted(workload, 2.3, FIO_KVM_COST), 1e-12);
		}
	);

	it.each(LINUX_WORKLOADS)(
		'evaluate(%s container).overheadPct is the bridge’s cost on I/O, and nothing with host networking',
		(workload) => {
			expectClose(overhead('container', workload), weighted(workload, 0, REDIS_BRIDGE_COST), 1e-12);
			const host = groupOf(
				evaluateOn({ containerNetwork: 'host' }, group({ kind: 'container', workload }))
			).cpu.overheadPct;
			expect(host).toBe(0);
		}
	);

	it.each(LINUX_WORKLOADS)(
		'evaluate(%s microVM / container).overheadPct uses their own CPU and I/O overheads',
		(workload) => {
			const m = MICROVM;
			const c = NETWORK_MODES.bridge;
			expectClose(
				overhead('microvm', workload),
				weighted(workload, m.cpuOverheadPct.value, m.ioOverheadPct.value),
				1e-12
			);
			expectClose(
				overhead('container', workload),
				weighted(workload, 0, c.ioOverheadPct.value),
				1e-12
			);
		}
	);

	it.each(
		LINUX_WORKLOADS.flatMap((w) => [
			[w, 'kvm'],
			[w, 'virtualbox']
		]) as [WorkloadId, 'kvm' | 'virtualbox'][]
	)('overheadPct(%s on %s): container < microVM ≤ VM', (workload, hypervisor) => {
		const c = overhead('container', workload, hypervisor);
		const m = overhead('microvm', workload, hypervisor);
		const v = overhead('vm', workload, hypervisor);
		expect(c).toBeLessThan(m);
		expect(m).toBeLessThanOrEqual(v + 1e-9);
	});

	it('evaluate(nginx VM).overheadPct > evaluate(java-api VM).overheadPct: I/O-heavy costs more', () => {
		expect(WORKLOADS.nginx.ioShare.value).toBeGreaterThan(WORKLOADS['java-api'].ioShare.value);
		for (const hypervisor of ['kvm', 'esxi', 'virtualbox'] as const) {
			const vm = (workload: WorkloadId) =>
				groupOf(evaluateOn({ hypervisor }, group({ kind: 'vm', workload }))).cpu.overheadPct;
			expect(vm('nginx'), hypervisor).toBeGreaterThan(vm('java-api'));
		}
	});

	it('overheadPct of a VM rises with the I/O share on every hypervisor', () => {
		const byIo = [...LINUX_WORKLOADS].sort(
			(a, b) => WORKLOADS[a].ioShare.value - WORKLOADS[b].ioShare.value
		);
		for (const hypervisor of ['kvm', 'esxi', 'virtualbox'] as const) {
			const hv = HYPERVISOR_INFO[hypervisor];
			expect(hv.ioOverheadPct.value).toBeGreaterThan(hv.cpuOverheadPct.value);
			const values = byIo.map(
				(workload) =>
					groupOf(evaluateOn({ hypervisor }, group({ kind: 'vm', workload }))).cpu.overheadPct
			);
			for (let i = 1; i < values.length; i++)
				expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
		}
	});
});

describe('CPU demand', () => {
	it.each(LINUX_WORKLOADS)(
		'evaluate(%s VM).demandCores = app × (1 + overhead) + its idle guest OS',
		(workload) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'vm', workload })));
			const app = WORKLOADS[workload].demandCores.value;
			const idle = GUEST_OSES[WORKLOADS[workload].defaults.guestOs].idleCores.value;
			const expected = app * (1 + g.cpu.overheadPct / 100) + idle;
			expectClose(g.cpu.demandCores, expected, 1e-12);
		}
	);

	it.each(LINUX_WORKLOADS)('evaluate(%s container).demandCores has no guest OS', (workload) => {
		const g = groupOf(evaluateOn({}, group({ kind: 'container', workload })));
		const app = WORKLOADS[workload].demandCores.value;
		expectClose(g.cpu.demandCores, app * (1 + g.cpu.overheadPct / 100), 1e-12);
	});

	it('evaluate(nginx container with demandCores 0.5) uses the group’s own demand, not the catalog’s', () => {
		const own = groupOf(
			evaluateOn({}, group({ kind: 'container', workload: 'nginx', demandCores: 0.5 }))
		);
		expectClose(own.cpu.demandCores, 0.5 * (1 + own.cpu.overheadPct / 100), 1e-12);
		const d = maxInstances(DEFAULT_HOST, {
			kind: 'container',
			workload: 'nginx',
			demandCores: 0.5
		});
		expect(d).toMatchObject({ limitedBy: 'cpuTime' });
		expect(d.count).toBe(Math.floor(16 / own.cpu.demandCores));
	});

	it('kata-1375: 128 MiB hello microVMs on a 96-core, 1 TiB host run out of memory, not CPU', () => {
		const d = maxInstances(
			{ ...DEFAULT_HOST, cpuCores: 96, memoryMiB: 1024 * 1024, cpuOvercommit: 100 },
			{ kind: 'microvm', workload: 'hello', memoryMiB: 128 }
		);
		expect(d.limitedBy).toBe('memory');
		expect(d.count).toBeGreaterThan(7000);
	});

	it('kata-1375: an idle minimal guest uses far less CPU than an idle Kata sandbox (0.02–0.05 cores)', () => {
		expect(GUEST_OSES['minimal-linux'].idleCores.value).toBeLessThan(0.02);
		expect(GUEST_OSES['ubuntu-24.04'].idleCores.value).toBeLessThanOrEqual(0.05);
	});

	it('evaluate(10 nginx VMs).cpu.demandCores = 10 × one VM’s', () => {
		const r = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 10 }));
		expectClose(r.cpu.demandCores, 10 * groupOf(r).cpu.demandCores, 1e-12);
	});

	it('evaluate(VMs with pageSharing on) adds ksmd’s scanning to demand', () => {
		const on = evaluateOn({ pageSharing: true }, group({ kind: 'vm', workload: 'nginx' }));
		const off = evaluateOn({ pageSharing: false }, group({ kind: 'vm', workload: 'nginx' }));
		expectClose(on.cpu.demandCores - off.cpu.demandCores, SHARING.ksmdCores.value, 1e-9);
	});
});

describe('vCPU allocation against cores × overcommit', () => {
	it('evaluate(3 VMs × 2 vCPUs, 2 microVMs × 1, 5 containers × 4).allocatedVcpus = 8', () => {
		const r = evaluateOn(
			{},
			group({ id: 'vm', kind: 'vm', workload: 'nginx', vcpus: 2, count: 3 }),
			group({ id: 'mvm', kind: 'microvm', workload: 'nginx', vcpus: 1, count: 2 }),
			group({ id: 'ct', kind: 'container', workload: 'nginx', vcpus: 4, count: 5 })
		);
		expect(r.cpu.allocatedVcpus).toBe(3 * 2 + 2 * 1);
	});

	it.each([
		[16, 1, 16],
		[16, 4, 64],
		[128, 100, 12800]
	])('evaluate(host of %i cores, overcommit %i).cpu.vcpuCapacity = %i', (cpuCores, o, vcpus) => {
		const r = evaluateOn({ cpuCores, cpuOvercommit: o });
		expect(r.cpu.vcpuCapacity).toBe(vcpus);
		expect(r.cpu.capacityCores).toBe(cpuCores);
	});

	it('evaluate(16 one-vCPU VMs on 16 cores, overcommit 1) fits', () => {
		const r = evaluateOn(
			{ cpuCores: 16, cpuOvercommit: 1 },
			group({ kind: 'vm', workload: 'hello', vcpus: 1, count: 16 })
		);
		expect(r.fits).toBe(true);
		expect(r.limitedBy).toBeNull();
	});

	it('evaluate(17 one-vCPU VMs on 16 cores, overcommit 1): the 17th does not fit, limitedBy vcpus (the vCPU allowance)', () => {
		const r = evaluateOn(
			{ cpuCores: 16, cpuOvercommit: 1 },
			group({ kind: 'vm', workload: 'hello', vcpus: 1, count: 17, label: 'hello VMs' })
		);
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('vcpus');
		expect(groupOf(r).fitCount).toBe(16);
		const note = r.notes.find((n) => n.level === 'warning' && n.groupId === 'g1');
		expect(note?.message).toMatch(/^The 17th VM of “hello VMs” does not fit/);
		expect(note?.message).toMatch(/vCPU/);
	});

	it('evaluate(1,000 containers with 4 vCPUs on 16 cores, overcommit 1) still fits: a cgroup limit reserves nothing', () => {
		const r = evaluateOn(
			{ cpuCores: 16, cpuOvercommit: 1 },
			group({ kind: 'container', workload: 'hello', vcpus: 4, count: 1000 })
		);
		expect(r.cpu.allocatedVcpus).toBe(0);
		expect(r.fits).toBe(true);
	});
});

describe('a fractional overcommit is named as it is', () => {
	it('evaluate(25 one-vCPU VMs on 16 cores × 1.5): the 25th does not fit, “16 cores × 1.5 overcommit”', () => {
		const r = evaluateOn(
			{ cpuCores: 16, cpuOvercommit: 1.5 },
			group({ kind: 'vm', workload: 'hello', vcpus: 1, count: 25 })
		);
		expect(r.cpu.vcpuCapacity).toBe(24);
		expect(groupOf(r).fitCount).toBe(24);
		const note = r.notes.find((n) => n.level === 'warning' && n.groupId === 'g1');
		expect(note?.message).toMatch(/^The 25th VM .* the 24 that 16 cores × 1\.5 overcommit allow/);
	});

	it('maxInstances(16 cores × 1.25, hello VM) = 20, “16 cores × 1.25 overcommit”', () => {
		const d = maxInstances(
			{ ...DEFAULT_HOST, cpuCores: 16, cpuOvercommit: 1.25 },
			{ kind: 'vm', workload: 'hello' }
		);
		expect(d).toMatchObject({ count: 20, limitedBy: 'vcpus' });
		expect(d.reason).toMatch(/of the 20 that 16 cores × 1\.25 overcommit allow/);
	});
});
