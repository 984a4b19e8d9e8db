import { HYPERVISOR_INFO } from './catalog';
import { kindModule } from './kinds';
import { demandCores, overheadPct, reservedVcpus } from './cpu';
import { instanceDiskMiB } from './disk';
import { sumLayers } from './layers';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import { shareGroup, type GroupShare, type SharingState } from './sharing';
import { startCpuMs } from './startMany';
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
	const kind = kindModule(r.kind);
	const mem = kind.memory(host, r);
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
		createPerSecond: kind.creation(host, r).perSecond,
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
	const kind = kindModule(r.kind);
	const inUtilityVm = kind.inUtilityVm(host, r);
	const costs: Costs = {
		memFirstMiB: share.memFirstMiB,
		memMarginalMiB: share.memMarginalMiB,
		diskFirstMiB: share.diskFirstMiB,
		diskMarginalMiB: share.diskMarginalMiB,
		vcpus: fig.reservedVcpus,
		demandCores: fig.demandCores,
		vmSlot: kind.countsAsVm && HYPERVISOR_INFO[host.hypervisor].maxVms ? 1 : 0,
		bridgeSlot: kind.usesBridge(host, r) ? 1 : 0,
		utilityVmFirstMiB: inUtilityVm ? share.memFirstMiB : 0,
		utilityVmMarginalMiB: inUtilityVm ? share.memMarginalMiB : 0
	};
	return { costs, share };
}
