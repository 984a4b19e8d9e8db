import { HYPERVISOR_INFO, NETWORK_MODES } from './catalog';
import { demandCores, overheadPct, reservedVcpus } from './cpu';
import { instanceDiskMiB } from './disk';
import { sumLayers } from './layers';
import { hostLacksLinuxKernel, networkOf } from './hostSettings';
import { instanceMemory, type Presence } from './memory';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import { shareGroup, type GroupShare, type SharingState } from './sharing';
import { createPerSecond, startCpuMs } from './startMany';
import { readyMs, startupPhases } from './startup';
import type { Host, Layer, StartupPhase } from './types';

/** Everything about one instance of a resolved template, as if alone on the host. */
export interface InstanceFigures {
	memory: Record<Layer, number>;
	memoryMiB: number;
	shortfallMiB: number;
	allocatedMiB: number;
	diskMiB: number;
	phases: StartupPhase[];
	readyMs: number;
	/** Core-ms of CPU one start burns, and how many the host can create per second. */
	startCpuMs: number;
	createPerSecond: number;
	vcpus: number;
	reservedVcpus: number;
	demandCores: number;
	overheadPct: number;
}

export function instanceFigures(host: Host, r: Resolved): InstanceFigures {
	const mem = instanceMemory(host, r);
	const phases = startupPhases(host, r);
	return {
		memory: mem.layers,
		memoryMiB: sumLayers(mem.layers),
		shortfallMiB: mem.shortfallMiB,
		allocatedMiB: mem.allocatedMiB,
		diskMiB: instanceDiskMiB(r),
		phases,
		readyMs: readyMs(phases),
		startCpuMs: startCpuMs(phases),
		createPerSecond: createPerSecond(host, r),
		vcpus: r.vcpus,
		reservedVcpus: reservedVcpus(r),
		demandCores: demandCores(host, r),
		overheadPct: overheadPct(host, r)
	};
}

/** The first and each further instance's cost to the host, with sharing against `state`. */
export function groupCosts(
	host: Host,
	r: Resolved,
	fig: InstanceFigures,
	n: number,
	state: SharingState,
	commit: boolean
): { costs: Costs; share: GroupShare } {
	const share = shareGroup(host, r, fig.memory, fig.memoryMiB, n, state, commit);
	const linuxContainer = r.kind === 'container' && r.workload.family === 'linux';
	const inUtilityVm = linuxContainer && hostLacksLinuxKernel(host);
	const costs: Costs = {
		memFirstMiB: share.memFirstMiB,
		memMarginalMiB: share.memMarginalMiB,
		diskFirstMiB: share.diskFirstMiB,
		diskMarginalMiB: share.diskMarginalMiB,
		vcpus: fig.reservedVcpus,
		demandCores: fig.demandCores,
		vmSlot: r.kind === 'vm' && HYPERVISOR_INFO[host.hypervisor].maxVms ? 1 : 0,
		bridgeSlot: linuxContainer && NETWORK_MODES[networkOf(host)].usesBridge ? 1 : 0,
		utilityVmFirstMiB: inUtilityVm ? share.memFirstMiB : 0,
		utilityVmMarginalMiB: inUtilityVm ? share.memMarginalMiB : 0
	};
	return { costs, share };
}

export function presenceOf(items: readonly { r: Resolved; count: number }[]): Presence {
	const p: Presence = {
		vm: false,
		microvm: false,
		linuxContainers: false,
		windowsContainers: false
	};
	for (const { r, count } of items) {
		if (count <= 0) continue;
		if (r.kind === 'vm') p.vm = true;
		else if (r.kind === 'microvm') p.microvm = true;
		else if (r.workload.family === 'windows') p.windowsContainers = true;
		else p.linuxContainers = true;
	}
	return p;
}
