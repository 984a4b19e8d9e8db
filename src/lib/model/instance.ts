import { HYPERVISOR_INFO } from './catalog';
import { PER_POD } from './catalog/kubernetes';
import { kindModule } from './kinds';
import { demandCores, overheadPct, reservedVcpus } from './cpu';
import { instanceDiskMiB } from './disk';
import { sumLayers } from './layers';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import { shareGroup, type GroupShare, type SharingState } from './sharing';
import { startCpuMs } from './startMany';
import { readyMs, startupPhases } from './startup';
import type { Host, ImageLayerReport, Layer, StartupPhase } from './types';
import { imageReport } from './kinds/image';
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
	/** The image's layers (shared by every group of this template: read-only). */
	image: ImageLayerReport[];
	imageShared: boolean;
	guestDisk: { osName: string; osMiB: number } | undefined;
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
		image: imageReport(r),
		imageShared: kind.sharesImageLayers,
		guestDisk: r.guestOs ? { osName: r.guestOs.name, osMiB: r.guestOs.diskMiB.value } : undefined,
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
	const pod = host.kubernetes !== undefined && kind.runsAsPod;
	const requests = podRequests(host, r, kind.runsAsPod);
	const costs: Costs = {
		memFirstMiB: share.memFirstMiB,
		memMarginalMiB: share.memMarginalMiB,
		diskFirstMiB: share.diskFirstMiB,
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
		utilityVmFirstMiB: inUtilityVm ? share.memFirstMiB : 0,
		utilityVmMarginalMiB: inUtilityVm ? share.memMarginalMiB : 0
	};
	return { costs, share };
}
