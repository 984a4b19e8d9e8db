import {
	CONTAINERS,
	ENGINE_INFO,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	MICROVM,
	VM_OVERHEAD
} from './catalog/platform';
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
	const { esxiGuestMiB, esxiVcpus, esxiTableMiB } = VM_OVERHEAD;
	const byVcpu = esxiVcpus.map((_, col) =>
		interpolate(
			esxiGuestMiB,
			esxiTableMiB.map((row) => row[col]!),
			guestMiB
		)
	);
	// Tiny guests extrapolate below the table; the overhead never drops below half the smallest entry.
	return Math.max(esxiTableMiB[0][0] * 0.5, interpolate(esxiVcpus, byVcpu, vcpus));
}

/** Memory the hypervisor spends on one VM beyond the guest's own RAM. */
export function vmOverheadMiB(hypervisor: Hypervisor, guestMiB: number, vcpus: number): number {
	const o = VM_OVERHEAD;
	const extraVcpus = Math.max(0, vcpus - 1);
	switch (HYPERVISOR_INFO[hypervisor].overhead) {
		case 'esxi-table':
			return esxiOverheadMiB(guestMiB, vcpus);
		case 'qemu':
			return o.qemuBaseMiB.value + o.ramFraction.value * guestMiB + o.perVcpuMiB.value * extraVcpus;
		case 'hyperv':
			return o.hypervFirstGiBMiB.value + o.hypervPerGiBMiB.value * Math.max(0, guestMiB / 1024 - 1);
		case 'virtualbox':
			return (
				o.virtualboxBaseMiB.value + o.ramFraction.value * guestMiB + o.perVcpuMiB.value * extraVcpus
			);
	}
}

/** What a guest needs resident, in the order it claims its allocated RAM. */
export function guestNeeds(r: Resolved): [Layer, number][] {
	const os = r.guestOs!;
	const kernel = r.kind === 'microvm' ? MICROVM.kernelMiB.value : os.kernelMiB.value;
	return [
		['guestKernel', kernel],
		['guestOs', os.servicesMiB.value],
		['binsLibs', r.workload.binsLibsMiB.value],
		['app', r.workload.appMiB.value]
	];
}

export interface InstanceMemory {
	layers: Record<Layer, number>;
	/** How far the guest's needs exceed its allocated RAM (0 when they fit). */
	shortfallMiB: number;
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
		return { layers, shortfallMiB: limit !== undefined && need > limit ? need - limit : 0 };
	}
	const allocated = r.memoryMiB!;
	// Fill the allocated RAM in order: kernel, OS services, libraries, app; the rest is idle.
	const kernel = r.kind === 'microvm' ? MICROVM.kernelMiB.value : r.guestOs!.kernelMiB.value;
	const services = r.guestOs!.servicesMiB.value;
	const bins = r.workload.binsLibsMiB.value;
	const app = r.workload.appMiB.value;
	let left = allocated;
	layers.guestKernel = Math.min(kernel, left);
	left -= layers.guestKernel;
	layers.guestOs = Math.min(services, left);
	left -= layers.guestOs;
	layers.binsLibs = Math.min(bins, left);
	left -= layers.binsLibs;
	layers.app = Math.min(app, left);
	left -= layers.app;
	layers.idle = left;
	const wanted = kernel + services + bins + app;
	layers.hypervisor =
		r.kind === 'microvm'
			? VM_OVERHEAD.firecrackerMiB.value
			: vmOverheadMiB(host.hypervisor, allocated, r.vcpus);
	return { layers, shortfallMiB: Math.max(0, wanted - allocated) };
}

/** What kinds of guests a host is running, which decides its host-level costs. */
export interface Presence {
	vm: boolean;
	microvm: boolean;
	/** Linux containers (they need a Linux kernel: the host’s, or a hidden utility VM’s). */
	linuxContainers: boolean;
	windowsContainers: boolean;
}

/** A container of this family needs the hidden Linux utility VM on this host. */
export const needsUtilityVm = (host: Host, presence: Presence): boolean =>
	presence.linuxContainers && HOST_OS_INFO[host.os].nativeContainerFamily !== 'linux';

/** Costs paid once per host: host OS, hypervisor services, engine daemons, utility VM. */
export function hostLevelMemory(host: Host, presence: Presence): Record<Layer, number> {
	const layers = zeroLayers();
	const hv = HYPERVISOR_INFO[host.hypervisor];
	// ESXi is itself the host OS: its footprint is the hypervisor layer.
	layers.hostOs = hv.hostOses === null ? 0 : HOST_OS_INFO[host.os].memoryMiB.value;
	if (presence.vm || hv.hostOses === null) layers.hypervisor += hv.baseMiB.value;
	if (presence.linuxContainers || presence.windowsContainers)
		layers.engine = ENGINE_INFO[host.engine].daemonMiB.value;
	if (needsUtilityVm(host, presence)) {
		const u = CONTAINERS.utilityVm;
		layers.hypervisor += u.vmmMiB.value;
		layers.guestKernel += u.kernelMiB.value;
		layers.guestOs += u.servicesMiB.value;
	}
	return layers;
}
