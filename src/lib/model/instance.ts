import { HYPERVISOR_INFO } from './catalog';
import { PER_POD } from './catalog/kubernetes';
import { kindModule } from './kinds';
import { demandCores, overheadPct, reservedVcpus } from './cpu';
import { instanceDiskMiB } from './disk';
import { sumLayers } from './layers';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import { shareFirst, shareTemplate, type SharingState, type TemplateShare } from './sharing';
import { startCpuMs } from './startMany';
import { readyMs, startupPhases } from './startup';
import type { Host, Layer, StartupPhase } from './types';
import { podRequests } from './kubernetesPods';

/** Everything about one instance of a resolved template, as if alone on the host. */
export interface InstanceFigures {
	memory: Record<Layer, number>;
	memoryMiB: number;
	shortfallMiB: number;
	allocatedMiB: number;
	diskMiB: number;
	phases: StartupPhase[];
	readyMs: number;
	imageShared: boolean;
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
	// On a Kubernetes node every pod also runs a pause container holding its namespaces.
	if (host.kubernetes && kind.runsAsPod) mem.layers.runtime += PER_POD.pauseMiB.value;
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
		imageShared: kind.sharesImageLayers,
		createPerSecond: kind.creation(host, r).perSecond,
		vcpus: r.vcpus,
		reservedVcpus: reservedVcpus(r),
		demandCores: demandCores(host, r),
		overheadPct: overheadPct(host, r)
	};
}

/**
 * What one instance of a template costs the host, the same for every group of it: the first
 * instance's memory and disk are each further one's here; `shareFirst` writes the first's.
 */
export function templateCosts(
	host: Host,
	r: Resolved,
	fig: InstanceFigures,
	share: TemplateShare
): Costs {
	const kind = kindModule(r.kind);
	const inUtilityVm = kind.inUtilityVm(host, r);
	const pod = host.kubernetes !== undefined && kind.runsAsPod;
	const requests = podRequests(host, r, kind);
	return {
		memFirstMiB: share.memMarginalMiB,
		memMarginalMiB: share.memMarginalMiB,
		diskFirstMiB: share.diskMarginalMiB,
		diskMarginalMiB: share.diskMarginalMiB,
		// On a node the scheduler places pods by requests: a Kata pod's vCPUs are not held against
		// cores × overcommit there (its RuntimeClass overhead is in its requests instead).
		vcpus: pod ? 0 : fig.reservedVcpus,
		demandCores: fig.demandCores,
		vmSlot: kind.countsAsVm && HYPERVISOR_INFO[host.hypervisor].maxVms ? 1 : 0,
		bridgeSlot: kind.usesBridge(host, r) ? 1 : 0,
		podSlot: pod ? 1 : 0,
		requestMiB: requests.memoryMiB,
		requestCores: requests.cores,
		utilityVmFirstMiB: inUtilityVm ? share.memMarginalMiB : 0,
		utilityVmMarginalMiB: inUtilityVm ? share.memMarginalMiB : 0
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
): Costs {
	const share = shareTemplate(host, r, fig.memory, fig.memoryMiB, state.memoryPressure);
	const costs = templateCosts(host, r, fig, share);
	shareFirst(share, r, fig.memory, fig.memoryMiB, n, state, commit, null, costs);
	if (kindModule(r.kind).inUtilityVm(host, r)) costs.utilityVmFirstMiB = costs.memFirstMiB;
	return costs;
}
