import {
	ENGINE_INFO,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	SHARING,
	sumParts,
	UTILITY_VM
} from './catalog';
import { nodeCosts } from './kubernetesHost';
import { kindModule, type HostNeeds } from './kinds';
import { sumLayers, zeroLayers } from './layers';
import type { Resolved } from './resolve';
import type { Host, Layer } from './types';

export { esxiOverheadMiB, qemuOverheadMiB, vmOverheadMiB } from './kinds/vmOverhead';

/** What the host's guests need from it, gathered over every group that has instances. */
export interface Presence extends HostNeeds {
	/** Guests whose pages KSM/TPS merges when page sharing is on (costs ksmd's CPU). */
	pageSharing: boolean;
	/** Instances on the Linux bridge. */
	bridge: boolean;
	/** Linux containers of any runtime (engine-run, Linux family). */
	linuxContainers: boolean;
}

export function presenceOf(host: Host, items: readonly { r: Resolved; count: number }[]): Presence {
	const p: Presence = {
		vmServices: false,
		engine: false,
		utilityVm: false,
		pageSharing: false,
		bridge: false,
		linuxContainers: false
	};
	for (const { r, count } of items) {
		if (count <= 0) continue;
		const kind = kindModule(r.kind);
		const needs = kind.needs(host, r);
		p.vmServices ||= needs.vmServices;
		p.engine ||= needs.engine;
		p.utilityVm ||= needs.utilityVm;
		p.pageSharing ||= kind.pageSharing;
		p.bridge ||= kind.usesBridge(host, r);
		p.linuxContainers ||= needs.engine && r.workload.family === 'linux';
	}
	return p;
}

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
export function hostLevelMemory(host: Host, presence: HostNeeds): Record<Layer, number> {
	const layers = zeroLayers();
	const hv = HYPERVISOR_INFO[host.hypervisor];
	// ESXi is itself the host OS: its footprint is the hypervisor layer.
	layers.hostOs = hv.hostOses === null ? 0 : HOST_OS_INFO[host.os].memoryMiB.value;
	if (presence.vmServices || hv.hostOses === null) layers.hypervisor += sumParts(hv.hostServices);
	if (presence.engine) layers.engine = sumParts(ENGINE_INFO[host.engine].daemons);
	if (presence.utilityVm) {
		const u = utilityVmLayers(host);
		layers.hypervisor += u.hypervisor;
		layers.guestKernel += u.guestKernel;
		layers.guestOs += u.guestOs;
	}
	const node = nodeCosts(host);
	if (node) {
		// The kubelet and system DaemonSets run beside the engine; what the platform holds back beyond
		// what the host's own software uses stays free for it, so pods cannot have it: shown as idle.
		layers.engine += node.agentsMiB;
		layers.idle = Math.max(0, node.heldBackMiB - sumLayers(layers));
	}
	return layers;
}

/** What the host uses before any guest: its own memory by layer and the CPU it keeps busy. */
export function hostBaseline(
	host: Host,
	presence: Presence
): { layers: Record<Layer, number>; demandCores: number } {
	const layers = hostLevelMemory(host, presence);
	let demandCores = host.pageSharing && presence.pageSharing ? SHARING.ksmdCores.value : 0;
	const node = nodeCosts(host);
	// A node's reserved CPU is held back from pods; its agents' own work sits within it.
	if (node) demandCores += Math.max(node.heldBackCores, node.agentsCores);
	return { layers, demandCores };
}
