import {
	CONTAINERS,
	ENGINE_INFO,
	ESXI_TABLE,
	HOST_OS_INFO,
	HYPERV_OVERHEAD,
	HYPERVISOR_INFO,
	MICROVM,
	PROCESS_OVERHEAD,
	QEMU,
	sumParts,
	UTILITY_VM
} from './catalog';
import { guestMemoryOf, hostLacksLinuxKernel } from './hostSettings';
import { zeroLayers } from './layers';
import type { Resolved } from './resolve';
import type { Host, Hypervisor, Layer } from './types';

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

/** The guest kernel's resident memory: a microVM boots the minimal microVM kernel whatever its userland. */
export const guestKernelMiB = (r: Resolved): number =>
	r.kind === 'microvm' ? MICROVM.kernelMiB.value : r.guestOs!.kernelMiB.value;

/** What a guest needs resident, in the order it claims its allocated RAM. */
export function guestNeeds(r: Resolved): [Layer, number][] {
	return [
		['guestKernel', guestKernelMiB(r)],
		['guestOs', r.guestOs!.servicesMiB.value],
		['binsLibs', r.workload.binsLibsMiB.value],
		['app', r.workload.appMiB.value]
	];
}

export interface InstanceMemory {
	layers: Record<Layer, number>;
	/** How far the guest's needs exceed its allocated RAM (0 when they fit). */
	shortfallMiB: number;
	/** RAM given to the guest (0 for a container). */
	allocatedMiB: number;
}

/** One instance's memory by layer, as if it were alone on the host. */
export function instanceMemory(host: Host, r: Resolved): InstanceMemory {
	const layers = zeroLayers();
	if (r.kind === 'container') {
		layers.runtime = ENGINE_INFO[host.engine].perContainerMiB.value;
		if (r.workload.family === 'windows') layers.runtime += CONTAINERS.windowsServicesMiB.value;
		layers.binsLibs = r.workload.binsLibsMiB.value;
		layers.app = r.workload.appMiB.value;
		const limit = r.memoryMiB;
		const need = layers.binsLibs + layers.app;
		return {
			layers,
			shortfallMiB: limit !== undefined && need > limit ? need - limit : 0,
			allocatedMiB: 0
		};
	}
	const allocated = r.memoryMiB!;
	// Fill the allocated RAM in order: kernel, OS services, libraries, app; the rest is idle.
	let left = allocated;
	let wanted = 0;
	for (const [layer, need] of guestNeeds(r)) {
		layers[layer] = Math.min(need, left);
		left -= layers[layer];
		wanted += need;
	}
	// RAM never touched is resident only when the host commits guest RAM up front.
	layers.idle = guestMemoryOf(host) === 'reserved' ? left : 0;
	layers.hypervisor =
		r.kind === 'microvm'
			? MICROVM.vmmMiB.value
			: vmOverheadMiB(host.hypervisor, allocated, r.vcpus);
	return { layers, shortfallMiB: Math.max(0, wanted - allocated), allocatedMiB: allocated };
}

/** What kinds of guests a host is running, which decides its host-level costs. */
export interface Presence {
	vm: boolean;
	microvm: boolean;
	/** Linux containers (they need a Linux kernel: the host’s, or a hidden utility VM’s). */
	linuxContainers: boolean;
	windowsContainers: boolean;
}

/** Linux containers on this host run inside the hidden Linux utility VM. */
export const needsUtilityVm = (host: Host, presence: Presence): boolean =>
	presence.linuxContainers && hostLacksLinuxKernel(host);

/** The utility VM's idle footprint by layer: its VMM, its kernel and the rest of what it holds at idle. */
export function utilityVmLayers(host: Host): {
	hypervisor: number;
	guestKernel: number;
	guestOs: number;
} {
	const u = UTILITY_VM;
	const engine = sumParts(ENGINE_INFO[host.engine].daemons);
	return {
		hypervisor: u.vmmMiB.value,
		guestKernel: u.kernelMiB.value,
		// Its idle total includes the engine, counted in the engine layer.
		guestOs: Math.max(0, u.idleMiB.value - u.vmmMiB.value - u.kernelMiB.value - engine)
	};
}

/** Costs paid once per host: host OS, hypervisor services, engine daemons, utility VM. */
export function hostLevelMemory(host: Host, presence: Presence): Record<Layer, number> {
	const layers = zeroLayers();
	const hv = HYPERVISOR_INFO[host.hypervisor];
	// ESXi is itself the host OS: its footprint is the hypervisor layer.
	layers.hostOs = hv.hostOses === null ? 0 : HOST_OS_INFO[host.os].memoryMiB.value;
	if (presence.vm || hv.hostOses === null) layers.hypervisor += sumParts(hv.hostServices);
	if (presence.linuxContainers || presence.windowsContainers)
		layers.engine = sumParts(ENGINE_INFO[host.engine].daemons);
	if (needsUtilityVm(host, presence)) {
		const u = utilityVmLayers(host);
		layers.hypervisor += u.hypervisor;
		layers.guestKernel += u.guestKernel;
		layers.guestOs += u.guestOs;
	}
	return layers;
}
