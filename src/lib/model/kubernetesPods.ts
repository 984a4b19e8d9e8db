/**
 * One pod on a Kubernetes node as the scheduler sees it: its requests (what it reserves against
 * the node's allocatable; none = BestEffort), the RuntimeClass overhead a Kata pod adds to them,
 * and whether the node can run it at all (a Windows node runs Windows pods only).
 */
import type { KindModule } from './kinds/types';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import type { Host } from './types';

export interface PodRequests {
	/** What the scheduler counts for one pod: its containers' requests plus RuntimeClass overhead. */
	memoryMiB: number;
	cores: number;
	/** The containers' own requests, as the group sets them (0 when it sets none). */
	ownMiB: number;
	ownCores: number;
	/** RuntimeClass overhead (Kata's pod VM); 0 for runc and gVisor. */
	overheadMiB: number;
	overheadCores: number;
	/** No request at all: the pod is BestEffort and reserves nothing. */
	bestEffort: boolean;
}

/** A pod's requests; all zero off a node or for an instance that is not a pod. */
export function podRequests(
	host: Host,
	r: Resolved,
	kind: Pick<KindModule, 'runsAsPod' | 'podOverhead'>
): PodRequests {
	if (!host.kubernetes || !kind.runsAsPod)
		return {
			memoryMiB: 0,
			cores: 0,
			ownMiB: 0,
			ownCores: 0,
			overheadMiB: 0,
			overheadCores: 0,
			bestEffort: false
		};
	const ownMiB = r.requestMiB ?? 0;
	const ownCores = r.requestCores ?? 0;
	// A RuntimeClass's podFixed overhead (Kata's): the scheduler adds it to every pod of that kind.
	const { memoryMiB: overheadMiB, cores: overheadCores } = kind.podOverhead;
	return {
		memoryMiB: ownMiB + overheadMiB,
		cores: ownCores + overheadCores,
		ownMiB,
		ownCores,
		overheadMiB,
		overheadCores,
		bestEffort: r.requestMiB === undefined && r.requestCores === undefined
	};
}

/**
 * Why a node cannot run this pod, or undefined when it can. A Windows node runs Windows containers
 * on its own kernel only: Linux pods (runc, gVisor, Kata) are scheduled onto Linux nodes, and no
 * node runs a hidden Linux VM for them (source: windows-node-os).
 */
export function nodePodProblem(host: Host, r: Resolved): string | undefined {
	if (!host.kubernetes || host.os !== 'windows' || r.workload.family === 'windows')
		return undefined;
	return `${r.workload.name} is a Linux workload, and a Windows node runs Windows pods only: Kubernetes schedules Linux pods onto Linux nodes (nodeSelector kubernetes.io/os: linux). Add a Linux node for it, or run it on a Linux host.`;
}

/** A group's requests as its report carries them, from the costs placement used. */
export function requestsReport(
	costs: Pick<Costs, 'requestMiB' | 'requestCores' | 'podSlot'>,
	r: Pick<Resolved, 'requestMiB' | 'requestCores'>
): { memoryMiB: number; cores: number; bestEffort: boolean } {
	return {
		memoryMiB: costs.requestMiB,
		cores: costs.requestCores,
		bestEffort: costs.podSlot > 0 && r.requestMiB === undefined && r.requestCores === undefined
	};
}
