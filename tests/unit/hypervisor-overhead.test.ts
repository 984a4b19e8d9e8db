/**
 * Per-VM hypervisor memory overhead against the published figures in MODEL.md: VMware's sample
 * overhead table (1°), the QEMU/KubeVirt formulas, Hyper-V's rule of thumb, Firecracker's ≤ 5 MiB.
 */
import { describe, expect, it } from 'vitest';
import { esxiOverheadMiB, vmOverheadMiB } from '$lib/model/memory';
import { evaluateOn, group, groupOf } from './helpers/model';

/** VMware vSphere 6.5/6.7 "Sample Overhead Memory on Virtual Machines", MB per VM. */
const VMWARE_TABLE: [guestMiB: number, vcpus: number, overheadMB: number][] = [
	[256, 1, 20.29],
	[256, 2, 24.28],
	[256, 4, 32.23],
	[256, 8, 48.16],
	[1024, 1, 25.9],
	[1024, 2, 29.91],
	[1024, 4, 37.86],
	[1024, 8, 53.82],
	[4096, 1, 48.64],
	[4096, 2, 52.72],
	[4096, 4, 60.67],
	[4096, 8, 76.78],
	[16384, 1, 139.62],
	[16384, 2, 143.98],
	[16384, 4, 151.93],
	[16384, 8, 168.6]
];
const GUEST_ROWS = [256, 1024, 4096, 16384];
const VCPU_COLUMNS = [1, 2, 4, 8];
const published = (guestMiB: number, vcpus: number): number =>
	VMWARE_TABLE.find(([m, v]) => m === guestMiB && v === vcpus)![2];

describe('esxiOverheadMiB reproduces VMware’s sample overhead table', () => {
	it('has all 16 published points', () => {
		expect(VMWARE_TABLE).toHaveLength(16);
	});
	it.each(VMWARE_TABLE)('esxiOverheadMiB(%i, %i) = %f', (guestMiB, vcpus, overhead) => {
		expect(esxiOverheadMiB(guestMiB, vcpus)).toBeCloseTo(overhead, 2);
		expect(Math.abs(esxiOverheadMiB(guestMiB, vcpus) - overhead)).toBeLessThanOrEqual(0.01);
	});
	it.each(VMWARE_TABLE)('vmOverheadMiB(esxi, %i, %i) = %f', (guestMiB, vcpus, overhead) => {
		expect(Math.abs(vmOverheadMiB('esxi', guestMiB, vcpus) - overhead)).toBeLessThanOrEqual(0.01);
	});
	it('evaluate() of a 4096 MiB, 2-vCPU VM on ESXi has perInstance.hypervisor = 52.72', () => {
		const report = evaluateOn(
			{ hypervisor: 'esxi' },
			group({ kind: 'vm', workload: 'nginx', memoryMiB: 4096, vcpus: 2 })
		);
		expect(groupOf(report).memory.perInstance.hypervisor).toBeCloseTo(52.72, 2);
	});
});

describe('esxiOverheadMiB interpolates between the table points', () => {
	const midpoints: [string, number, number, number][] = [
		['esxiOverheadMiB(640, 1) is halfway between 256 and 1024 MiB', 640, 1, (20.29 + 25.9) / 2],
		['esxiOverheadMiB(2560, 4) is halfway between 1024 and 4096 MiB', 2560, 4, (37.86 + 60.67) / 2],
		[
			'esxiOverheadMiB(10240, 8) is halfway between 4096 and 16384 MiB',
			10240,
			8,
			(76.78 + 168.6) / 2
		],
		['esxiOverheadMiB(256, 3) is halfway between 2 and 4 vCPUs', 256, 3, (24.28 + 32.23) / 2],
		['esxiOverheadMiB(4096, 6) is halfway between 4 and 8 vCPUs', 4096, 6, (60.67 + 76.78) / 2]
	];
	it.each(midpoints)('%s', (_name, guestMiB, vcpus, expected) => {
		expect(esxiOverheadMiB(guestMiB, vcpus)).toBeCloseTo(expected, 6);
	});

	it.each(VCPU_COLUMNS)(
		'esxiOverheadMiB(m, %i) rises with guest memory m from 256 to 16384 MiB',
		(vcpus) => {
			let previous = -Infinity;
			for (let m = 256; m <= 16384; m += 64) {
				const o = esxiOverheadMiB(m, vcpus);
				expect(o).toBeGreaterThanOrEqual(previous);
				previous = o;
			}
		}
	);

	it.each(GUEST_ROWS)('esxiOverheadMiB(%i, v) rises with vCPUs v from 1 to 8', (guestMiB) => {
		let previous = -Infinity;
		for (let v = 1; v <= 8; v++) {
			const o = esxiOverheadMiB(guestMiB, v);
			expect(o).toBeGreaterThanOrEqual(previous);
			previous = o;
		}
	});

	it('esxiOverheadMiB stays between the table’s neighbouring points inside each cell', () => {
		for (let r = 0; r < GUEST_ROWS.length - 1; r++) {
			for (let c = 0; c < VCPU_COLUMNS.length - 1; c++) {
				const [m0, m1] = [GUEST_ROWS[r]!, GUEST_ROWS[r + 1]!];
				const [v0, v1] = [VCPU_COLUMNS[c]!, VCPU_COLUMNS[c + 1]!];
				const lo = published(m0, v0);
				const hi = published(m1, v1);
				for (const t of [0.25, 0.5, 0.75]) {
					const o = esxiOverheadMiB(m0 + t * (m1 - m0), v0 + t * (v1 - v0));
					expect(o).toBeGreaterThan(lo);
					expect(o).toBeLessThan(hi);
				}
			}
		}
	});

	it('esxiOverheadMiB of a guest above 16 GiB keeps growing (extrapolated)', () => {
		expect(esxiOverheadMiB(32768, 2)).toBeGreaterThan(143.98);
	});

	it('esxiOverheadMiB of a tiny guest stays positive', () => {
		expect(esxiOverheadMiB(16, 1)).toBeGreaterThan(0);
	});
});

describe('kubevirt-renderresources: vmOverheadMiB(kvm, …) = 30 + 8 × vCPUs + 8 (IOThread) + 16 (video) + RAM ÷ 512', () => {
	const kvm: [number, number][] = [
		[512, 1],
		[1024, 1],
		[2048, 2],
		[4096, 4],
		[16384, 8],
		[262144, 64]
	];
	it.each(kvm)('vmOverheadMiB(kvm, %i, %i)', (ram, vcpus) => {
		expect(vmOverheadMiB('kvm', ram, vcpus)).toBeCloseTo(30 + 8 * vcpus + 8 + 16 + ram / 512, 9);
	});
	it('vmOverheadMiB(kvm, 1024, 1) = 64', () => {
		expect(vmOverheadMiB('kvm', 1024, 1)).toBeCloseTo(64, 9);
	});
	it('firecracker-paper: a 1 GiB, 1-vCPU VM’s QEMU budget stays under the 131 MB measured for a whole QEMU process', () => {
		expect(vmOverheadMiB('kvm', 1024, 1)).toBeLessThan(131);
	});
	it('evaluate() of a KVM host with a VM counts virtqemud (40) and virtlogd (25) once, not per VM', () => {
		const one = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 1 }));
		const ten = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 10 }));
		expect(one.memory.hostLevel.hypervisor).toBeCloseTo(65, 9);
		expect(ten.memory.hostLevel.hypervisor).toBeCloseTo(65, 9);
	});
});

describe('the type-2 hypervisors on macOS (estimates) grow with guest RAM and vCPUs', () => {
	it.each(['apple-vz', 'parallels', 'vmware-fusion', 'virtualbox'] as const)(
		'vmOverheadMiB(%s, …)',
		(hv) => {
			expect(vmOverheadMiB(hv, 4096, 1)).toBeGreaterThan(vmOverheadMiB(hv, 1024, 1));
			expect(vmOverheadMiB(hv, 1024, 4)).toBeGreaterThan(vmOverheadMiB(hv, 1024, 1));
		}
	);
});

describe('vmOverheadMiB(hyperv, …) = 32 MB for the first GB + 8 MB per further GB', () => {
	const hyperv: [number, number][] = [
		[512, 32],
		[1024, 32],
		[2048, 40],
		[4096, 56],
		[16384, 152]
	];
	it.each(hyperv)('vmOverheadMiB(hyperv, %i, 1) = %f', (ram, expected) => {
		expect(vmOverheadMiB('hyperv', ram, 1)).toBeCloseTo(expected, 9);
	});
	it('vmOverheadMiB(hyperv, 4096, v) does not depend on vCPUs', () => {
		expect(vmOverheadMiB('hyperv', 4096, 8)).toBeCloseTo(56, 9);
	});
});

describe('a Firecracker microVM’s VMM overhead is 5 MiB (Firecracker SPECIFICATION.md)', () => {
	it.each([
		['hello', 128, 1],
		['nginx', 2048, 4],
		['java-api', 8192, 8]
	] as const)(
		'evaluate() of a %s microVM (%i MiB, %i vCPUs) has perInstance.hypervisor = 5',
		(workload, memoryMiB, vcpus) => {
			const g = group({ kind: 'microvm', workload, memoryMiB, vcpus });
			expect(groupOf(evaluateOn({}, g)).memory.perInstance.hypervisor).toBe(5);
		}
	);

	it('evaluate() of an nginx microVM with its defaults has perInstance.hypervisor = 5', () => {
		const g = group({ kind: 'microvm', workload: 'nginx' });
		expect(groupOf(evaluateOn({}, g)).memory.perInstance.hypervisor).toBe(5);
	});
});
