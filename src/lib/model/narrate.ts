import { HOST_OS_INFO, HYPERVISOR_INFO } from './catalog';
import { PLATFORM_NAMES } from './catalog/kubernetes';
import { utilityVmLimitMiB } from './hostSettings';
import {
	formatCores,
	formatCoresExact,
	formatCount,
	formatMiB,
	formatMiBExact,
	formatVcpus,
	ordinal
} from './format';
import { groupName } from './names';
import type { Capacity, Check, Costs, Usage } from './placement';
import { kindModule } from './kinds';
import { kindName, type Resolved } from './resolve';
import type { Group, Host } from './types';

/** An overcommit ratio or vCPU capacity may be fractional (1.5 × 16 cores): keep its decimals. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const decimal = (n: number): string => DECIMAL.format(n);

/** The load a busy-CPU count rests on: the app's own, and whether anybody chose it. */
const loadWords = (r: Resolved): string =>
	r.demandFromGroup
		? `the group’s load of ${formatCoresExact(r.demandCores)} per instance`
		: `an assumed light load of ${formatCoresExact(r.demandCores)} per instance, the catalog’s figure for ${r.workload.name}, not one the scenario chose`;

/** The pod limit as the report's limits name it: "Pods per Amazon EKS node". */
const podLimitName = (host: Host): string =>
	`Pods per ${host.kubernetes ? PLATFORM_NAMES[host.kubernetes.platform] : 'Kubernetes'} node`;

/** “The 41st VM of “nginx as VMs” does not fit: it needs 1.1 GiB more memory than is left.” */
export function describeShortage(
	host: Host,
	g: Group,
	r: Resolved,
	fitted: number,
	check: Check,
	costs: Costs,
	used: Usage,
	cap: Capacity
): string {
	const which = `The ${ordinal(fitted + 1)} ${kindName(r.kind)} of “${groupName(g, r.workload.name)}”`;
	const need =
		used[check.used] + costs[check.first] + fitted * costs[check.marginal] - cap[check.cap];
	switch (check.used) {
		case 'memoryMiB':
			return `${which} does not fit: it needs ${formatMiB(need)} more memory than is free.`;
		case 'utilityVmMiB':
			return `${which} does not fit: ${HOST_OS_INFO[host.os].utilityVmName} may use at most ${formatMiB(utilityVmLimitMiB(host))}, and it would need ${formatMiB(need)} more.`;
		case 'diskMiB':
			return `${which} does not fit: it needs ${formatMiB(need)} more disk than is free.`;
		case 'vcpus':
			return `${which} does not fit: its ${formatVcpus(costs.vcpus)} would pass the ${decimal(cap.vcpus)} that ${formatCount(cap.cores)} cores × ${decimal(cap.vcpus / cap.cores)} overcommit allow.`;
		case 'demandCores':
			return `${which} does not fit: the CPU time all instances keep busy, at ${loadWords(r)}, would pass the host’s ${formatCores(cap.cores)}.`;
		case 'vms':
			return `${which} does not fit: the hypervisor runs at most ${formatCount(cap.maxVms)} VMs per host.`;
		case 'bridge':
			return `${which} does not fit: one Linux bridge network takes at most ${formatCount(cap.maxBridge)} containers.`;
		case 'pods':
			return `${which} does not fit: the node has ${formatCount(cap.maxPods)} pod slots for workloads (its max pods less its own system pods): “${podLimitName(host)}” is the limit.`;
		case 'requestMiB':
			return `${which} does not fit: the scheduler would not place it, since its memory request of ${formatMiB(costs.requestMiB)} would pass the node’s ${formatMiB(cap.allocatableMiB)} allocatable by ${formatMiB(need)}.`;
		case 'requestCores':
			return `${which} does not fit: the scheduler would not place it, since its CPU request of ${formatCoresExact(costs.requestCores)} would pass the node’s ${formatCoresExact(cap.allocatableCores)} allocatable.`;
	}
}

/** Why a density count is what it is, for an empty host. */
export function describeDensity(
	host: Host,
	r: Resolved,
	count: number,
	check: Check | undefined,
	costs: Costs,
	used: Usage,
	cap: Capacity
): string {
	const kinds = kindModule(r.kind).plural;
	const free = (c: Check) => Math.max(0, cap[c.cap] - used[c.used]);
	if (!check) return `${formatCount(count)} ${kinds} fit before any resource runs out.`;
	switch (check.used) {
		case 'memoryMiB':
			return `${formatCount(count)} ${kinds} fit in memory: ${formatMiBExact(free(check))} is free after the host’s own ${formatMiB(used.memoryMiB)}, and each ${kindName(r.kind)} needs ${formatMiBExact(costs.memMarginalMiB)}${costs.memFirstMiB !== costs.memMarginalMiB ? ` (the first ${formatMiBExact(costs.memFirstMiB)})` : ''}.`;
		case 'utilityVmMiB':
			return `${formatCount(count)} ${kinds} fit in ${HOST_OS_INFO[host.os].utilityVmName}: it may use at most ${formatMiBExact(utilityVmLimitMiB(host))}, and each ${kindName(r.kind)} needs ${formatMiBExact(costs.memMarginalMiB)}.`;
		case 'diskMiB':
			return `${formatCount(count)} ${kinds} fit on disk: each needs ${formatMiBExact(costs.diskMarginalMiB)}${costs.diskFirstMiB !== costs.diskMarginalMiB ? ` (the first ${formatMiBExact(costs.diskFirstMiB)})` : ''} of ${formatMiBExact(cap.diskMiB)}.`;
		case 'vcpus':
			return `${formatCount(count)} ${kinds} fit before vCPUs run out: each takes ${formatCount(costs.vcpus)} of the ${decimal(cap.vcpus)} that ${formatCount(cap.cores)} cores × ${decimal(host.cpuOvercommit)} overcommit allow.`;
		case 'demandCores':
			return `${formatCount(count)} ${kinds} fit before the CPU time runs out, at ${loadWords(r)}: with overhead each keeps ${formatCoresExact(costs.demandCores)} busy on average, of ${formatCores(cap.cores)}${used.demandCores > 0 ? ` less the host’s own ${formatCoresExact(used.demandCores)}` : ''}.`;
		case 'vms':
			return `${formatCount(count)} ${kinds}: ${HYPERVISOR_INFO[host.hypervisor].name} runs at most ${formatCount(cap.maxVms)} VMs per host.`;
		case 'bridge':
			return `${formatCount(count)} ${kinds}: one Linux bridge network takes at most ${formatCount(cap.maxBridge)} containers.`;
		case 'pods':
			return `${formatCount(count)} ${kinds}, one pod each: the node has ${formatCount(cap.maxPods)} pod slots for workloads (its max pods less its own system pods), before memory or CPU run out: “${podLimitName(host)}” is the limit.`;
		case 'requestMiB':
			return `${formatCount(count)} ${kinds} fit by requests: the scheduler places pods while their memory requests (${formatMiB(costs.requestMiB)} each) fit the node’s ${formatMiB(cap.allocatableMiB)} allocatable.`;
		case 'requestCores':
			return `${formatCount(count)} ${kinds} fit by requests: the scheduler places pods while their CPU requests (${formatCoresExact(costs.requestCores)} each) fit the node’s ${formatCoresExact(cap.allocatableCores)} allocatable.`;
	}
}
