import { CONTAINERS, HYPERVISOR_INFO, UTILITY_VM } from './catalog';
import { hostLacksLinuxKernel, utilityVmLimitMiB } from './hostSettings';
import { nodeCosts } from './kubernetesHost';
import type { Host, Resource } from './types';

/** What a group's first instance and each further one cost the host. */
export interface Costs {
	memFirstMiB: number;
	memMarginalMiB: number;
	diskFirstMiB: number;
	diskMarginalMiB: number;
	vcpus: number;
	demandCores: number;
	/** 1 when an instance counts against the hypervisor's VMs-per-host limit. */
	vmSlot: number;
	/** 1 when an instance takes a port on the Linux bridge. */
	bridgeSlot: number;
	/** Memory inside the hidden Linux VM (Linux containers on macOS/Windows); 0 elsewhere. */
	utilityVmFirstMiB: number;
	utilityVmMarginalMiB: number;
	/** 1 when an instance is a pod on a Kubernetes node. */
	podSlot: number;
	/** A pod's requests, as the scheduler counts them (RuntimeClass overhead included); 0 off a node. */
	requestMiB: number;
	requestCores: number;
}

export interface Capacity {
	memoryMiB: number;
	diskMiB: number;
	vcpus: number;
	cores: number;
	maxVms: number;
	maxBridge: number;
	/** Room for containers inside the hidden Linux VM: its limit less its own idle footprint. */
	utilityVmMiB: number;
	/** Workload pods a Kubernetes node allows: max pods less its system pods (Infinity off a node). */
	maxPods: number;
	/** A node's allocatable memory and CPU, what pods' requests may add up to (Infinity off a node). */
	allocatableMiB: number;
	allocatableCores: number;
}

export interface Usage {
	memoryMiB: number;
	diskMiB: number;
	vcpus: number;
	demandCores: number;
	vms: number;
	bridge: number;
	utilityVmMiB: number;
	pods: number;
	requestMiB: number;
	requestCores: number;
}

export function capacityOf(host: Host): Capacity {
	const node = nodeCosts(host);
	return {
		memoryMiB: host.memoryMiB,
		diskMiB: host.diskGiB * 1024,
		vcpus: host.cpuCores * host.cpuOvercommit,
		cores: host.cpuCores,
		maxVms: HYPERVISOR_INFO[host.hypervisor].maxVms?.value ?? Infinity,
		maxBridge: CONTAINERS.maxPerBridge.value,
		utilityVmMiB: hostLacksLinuxKernel(host)
			? Math.max(0, utilityVmLimitMiB(host) - UTILITY_VM.idleMiB.value)
			: Infinity,
		maxPods: node ? node.workloadPods : Infinity,
		allocatableMiB: node ? node.allocatable.memoryMiB.value : Infinity,
		allocatableCores: node ? node.allocatable.cpuCores.value : Infinity
	};
}

export const emptyUsage = (): Usage => ({
	memoryMiB: 0,
	diskMiB: 0,
	vcpus: 0,
	demandCores: 0,
	vms: 0,
	bridge: 0,
	utilityVmMiB: 0,
	pods: 0,
	requestMiB: 0,
	requestCores: 0
});

/** Which resources an instance is checked against, in the order a shortage is reported. */
export const CHECKS = [
	{
		resource: 'memory',
		used: 'memoryMiB',
		cap: 'memoryMiB',
		first: 'memFirstMiB',
		marginal: 'memMarginalMiB'
	},
	{
		resource: 'memory',
		used: 'utilityVmMiB',
		cap: 'utilityVmMiB',
		first: 'utilityVmFirstMiB',
		marginal: 'utilityVmMarginalMiB'
	},
	{ resource: 'vcpus', used: 'vcpus', cap: 'vcpus', first: 'vcpus', marginal: 'vcpus' },
	{
		resource: 'cpuTime',
		used: 'demandCores',
		cap: 'cores',
		first: 'demandCores',
		marginal: 'demandCores'
	},
	{
		resource: 'disk',
		used: 'diskMiB',
		cap: 'diskMiB',
		first: 'diskFirstMiB',
		marginal: 'diskMarginalMiB'
	},
	{ resource: 'limit', used: 'vms', cap: 'maxVms', first: 'vmSlot', marginal: 'vmSlot' },
	{
		resource: 'limit',
		used: 'bridge',
		cap: 'maxBridge',
		first: 'bridgeSlot',
		marginal: 'bridgeSlot'
	},
	{ resource: 'limit', used: 'pods', cap: 'maxPods', first: 'podSlot', marginal: 'podSlot' },
	{
		resource: 'memoryRequests',
		used: 'requestMiB',
		cap: 'allocatableMiB',
		first: 'requestMiB',
		marginal: 'requestMiB'
	},
	{
		resource: 'cpuRequests',
		used: 'requestCores',
		cap: 'allocatableCores',
		first: 'requestCores',
		marginal: 'requestCores'
	}
] as const satisfies readonly {
	resource: Resource;
	used: keyof Usage;
	cap: keyof Capacity;
	first: keyof Costs;
	marginal: keyof Costs;
}[];

export type Check = (typeof CHECKS)[number];

/** Whether k instances fit on top of `used`: used + first + (k − 1) × marginal ≤ cap. One predicate, used everywhere. */
export const kFit = (
	k: number,
	used: number,
	first: number,
	marginal: number,
	cap: number
): boolean => k <= 0 || used + first + (k - 1) * marginal <= cap;

/** The most instances, up to n, that fit on one resource. */
export function maxFit(
	n: number,
	used: number,
	first: number,
	marginal: number,
	cap: number
): number {
	if (n <= 0) return 0;
	if (first === 0 && marginal === 0) return n;
	if (!kFit(1, used, first, marginal, cap)) return 0;
	if (marginal === 0) return n;
	let k = Math.min(n, Math.floor((cap - used - first) / marginal) + 1);
	// Guard against rounding: step to the exact boundary of the predicate.
	while (k < n && kFit(k + 1, used, first, marginal, cap)) k++;
	while (k > 1 && !kFit(k, used, first, marginal, cap)) k--;
	return k;
}

export interface FitResult {
	count: number;
	/** The check that stopped the count below n; undefined when all n fit. */
	check: Check | undefined;
}

/** How many of n instances fit given what is already used: the tightest resource decides. */
export function fitCount(n: number, costs: Costs, used: Usage, cap: Capacity): FitResult {
	// One maxFit per entry of CHECKS, in its order, with the fields written out (fast in V8), and
	// no array: evaluate() runs this once per group.
	let count = n;
	let check: Check | undefined;
	let c = maxFit(n, used.memoryMiB, costs.memFirstMiB, costs.memMarginalMiB, cap.memoryMiB);
	if (c < count) {
		count = c;
		check = CHECKS[0];
	}
	c = maxFit(
		n,
		used.utilityVmMiB,
		costs.utilityVmFirstMiB,
		costs.utilityVmMarginalMiB,
		cap.utilityVmMiB
	);
	if (c < count) {
		count = c;
		check = CHECKS[1];
	}
	c = maxFit(n, used.vcpus, costs.vcpus, costs.vcpus, cap.vcpus);
	if (c < count) {
		count = c;
		check = CHECKS[2];
	}
	c = maxFit(n, used.demandCores, costs.demandCores, costs.demandCores, cap.cores);
	if (c < count) {
		count = c;
		check = CHECKS[3];
	}
	c = maxFit(n, used.diskMiB, costs.diskFirstMiB, costs.diskMarginalMiB, cap.diskMiB);
	if (c < count) {
		count = c;
		check = CHECKS[4];
	}
	c = maxFit(n, used.vms, costs.vmSlot, costs.vmSlot, cap.maxVms);
	if (c < count) {
		count = c;
		check = CHECKS[5];
	}
	c = maxFit(n, used.bridge, costs.bridgeSlot, costs.bridgeSlot, cap.maxBridge);
	if (c < count) {
		count = c;
		check = CHECKS[6];
	}
	c = maxFit(n, used.pods, costs.podSlot, costs.podSlot, cap.maxPods);
	if (c < count) {
		count = c;
		check = CHECKS[7];
	}
	c = maxFit(n, used.requestMiB, costs.requestMiB, costs.requestMiB, cap.allocatableMiB);
	if (c < count) {
		count = c;
		check = CHECKS[8];
	}
	c = maxFit(n, used.requestCores, costs.requestCores, costs.requestCores, cap.allocatableCores);
	if (c < count) {
		count = c;
		check = CHECKS[9];
	}
	return { count, check };
}

/** Add k instances' costs to the usage. */
export function addUsage(used: Usage, costs: Costs, k: number): void {
	if (k <= 0) return;
	used.memoryMiB += costs.memFirstMiB + (k - 1) * costs.memMarginalMiB;
	used.diskMiB += costs.diskFirstMiB + (k - 1) * costs.diskMarginalMiB;
	used.vcpus += k * costs.vcpus;
	used.demandCores += k * costs.demandCores;
	used.vms += k * costs.vmSlot;
	used.bridge += k * costs.bridgeSlot;
	used.utilityVmMiB += costs.utilityVmFirstMiB + (k - 1) * costs.utilityVmMarginalMiB;
	used.pods += k * costs.podSlot;
	used.requestMiB += k * costs.requestMiB;
	used.requestCores += k * costs.requestCores;
}
