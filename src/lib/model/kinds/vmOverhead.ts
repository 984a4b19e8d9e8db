/** Per-VM memory a hypervisor spends beyond the guest's RAM, by the hypervisor's published formula. */
import { ESXI_TABLE, HYPERV_OVERHEAD, HYPERVISOR_INFO, PROCESS_OVERHEAD, QEMU } from '../catalog';
import { finish, input, quote, setting, term, type Explanation } from '../explain/terms';
import type { Resolved } from '../resolve';
import type { Host, Hypervisor } from '../types';

/** Linear interpolation on sorted `xs`, extrapolating from the outer two points. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
	let i = 0;
	while (i < xs.length - 2 && x > xs[i + 1]!) i++;
	const x0 = xs[i]!;
	const x1 = xs[i + 1]!;
	return ys[i]! + ((ys[i + 1]! - ys[i]!) * (x - x0)) / (x1 - x0);
}

/** VMware's sample overhead table, interpolated by guest memory and then by vCPUs. */
export function esxiOverheadMiB(guestMiB: number, vcpus: number): number {
	const { guestMiB: rows, vcpus: columns, overheadMiB } = ESXI_TABLE;
	const byVcpu = columns.map((_, col) =>
		interpolate(
			rows,
			overheadMiB.map((row) => row[col]!),
			guestMiB
		)
	);
	// Tiny guests extrapolate below the table; the overhead never drops below half the smallest entry.
	return Math.max(overheadMiB[0][0] * 0.5, interpolate(columns, byVcpu, vcpus));
}

/** QEMU's own memory per VM, term by term as KubeVirt budgets it. */
export function qemuOverheadMiB(guestMiB: number, vcpus: number): number {
	return (
		QEMU.processMiB.value +
		QEMU.perVcpuMiB.value * vcpus +
		QEMU.ioThreadMiB.value +
		QEMU.videoMiB.value +
		guestMiB / QEMU.pageTableDivisor.value
	);
}

/** Memory the hypervisor spends on one VM beyond the guest's own RAM. */
export function vmOverheadMiB(hypervisor: Hypervisor, guestMiB: number, vcpus: number): number {
	const hv = HYPERVISOR_INFO[hypervisor];
	switch (hv.overhead) {
		case 'esxi-table':
			return esxiOverheadMiB(guestMiB, vcpus);
		case 'qemu':
			return qemuOverheadMiB(guestMiB, vcpus);
		case 'hyperv':
			return (
				HYPERV_OVERHEAD.firstGiBMiB.value +
				HYPERV_OVERHEAD.perGiBMiB.value * Math.max(0, guestMiB / 1024 - 1)
			);
		case 'process':
			return (
				hv.processMiB!.value +
				PROCESS_OVERHEAD.perVcpuMiB.value * vcpus +
				guestMiB / PROCESS_OVERHEAD.pageTableDivisor.value
			);
	}
}

/** The hypervisor overhead of one VM, explained by its formula. */
export function vmOverheadExplanation(
	host: Host,
	r: Resolved,
	title: string,
	value: number
): Explanation {
	const ram = setting('Guest RAM', r.memoryMiB!, 'MiB');
	const vcpus = setting('vCPUs', r.vcpus, 'vCPUs');
	const hv = HYPERVISOR_INFO[host.hypervisor];
	switch (hv.overhead) {
		case 'esxi-table':
			return finish(
				title,
				value,
				'MiB',
				'VMware’s sample overhead table, interpolated linearly by guest RAM and by vCPUs.',
				[
					term(
						setting(
							`Read off the table at ${r.memoryMiB!.toLocaleString('en-US')} MiB and ${r.vcpus} vCPUs`,
							value,
							'MiB',
							`Its rows are ${ESXI_TABLE.guestMiB.join(', ')} MiB of guest RAM, its columns ${ESXI_TABLE.vcpus.join(', ')} vCPUs.`,
							'derived'
						)
					),
					ram,
					vcpus,
					input('VMware overhead table', ESXI_TABLE.source)
				]
			);
		case 'qemu':
			return finish(
				title,
				value,
				'MiB',
				`QEMU’s process + ${quote(QEMU.perVcpuMiB)} per vCPU + one IOThread + video RAM + page tables (guest RAM ÷ ${quote(QEMU.pageTableDivisor)}), as KubeVirt budgets QEMU.`,
				[
					term(input('QEMU process', QEMU.processMiB)),
					term(input('Per vCPU', QEMU.perVcpuMiB), QEMU.perVcpuMiB.value * r.vcpus),
					term(input('IOThread', QEMU.ioThreadMiB)),
					term(input('Video RAM', QEMU.videoMiB)),
					term(
						input('Guest RAM per byte of page table', QEMU.pageTableDivisor),
						r.memoryMiB! / QEMU.pageTableDivisor.value
					),
					ram,
					vcpus,
					input('For comparison: a whole QEMU process measured', QEMU.measuredUpperBoundMiB)
				]
			);
		case 'hyperv':
			return finish(
				title,
				value,
				'MiB',
				`${quote(HYPERV_OVERHEAD.firstGiBMiB)} for the first GiB of guest RAM + ${quote(HYPERV_OVERHEAD.perGiBMiB)} for each further GiB.`,
				[
					term(input('First GiB', HYPERV_OVERHEAD.firstGiBMiB)),
					term(
						input('Each further GiB', HYPERV_OVERHEAD.perGiBMiB),
						HYPERV_OVERHEAD.perGiBMiB.value * Math.max(0, r.memoryMiB! / 1024 - 1)
					),
					ram
				]
			);
		case 'process':
			return finish(
				title,
				value,
				'MiB',
				`${hv.name}’s VMM process + ${quote(PROCESS_OVERHEAD.perVcpuMiB)} per vCPU + page tables (guest RAM ÷ ${quote(PROCESS_OVERHEAD.pageTableDivisor)}).`,
				[
					term(input(`${hv.name} VMM process`, hv.processMiB!)),
					term(
						input('Per vCPU', PROCESS_OVERHEAD.perVcpuMiB),
						PROCESS_OVERHEAD.perVcpuMiB.value * r.vcpus
					),
					term(
						input('Guest RAM per byte of page table', PROCESS_OVERHEAD.pageTableDivisor),
						r.memoryMiB! / PROCESS_OVERHEAD.pageTableDivisor.value
					),
					ram,
					vcpus
				]
			);
	}
}
