/**
 * A host that is a Kubernetes node: what the platform reserves, what the node's own agents use,
 * what each pod adds, how many pods it allows (its system pods' slots included) — read by
 * evaluate() and maxInstances() — and the node's two answers to "does it fit?": by requests, as
 * the scheduler decides, and by usage, resident memory and busy CPU.
 */
import { PER_POD, PLATFORM_NAMES, SYSTEM_PODS } from './catalog/kubernetes';
import { formatCores, formatCount, formatMiB } from './format';
import { allocatable, nodeAgents, type Allocatable } from './kubernetesNode';
import type { KubernetesNode } from './kubernetesFigure';
import { sumLayers } from './layers';
import type { Host, KubernetesReport, Layer } from './types';

/** The node as the Kubernetes figures take it; undefined for a host that is not a node. */
export function nodeOf(host: Host): KubernetesNode | undefined {
	const k = host.kubernetes;
	if (!k) return undefined;
	return {
		platform: k.platform,
		cpuCores: host.cpuCores,
		memoryMiB: host.memoryMiB,
		maxPods: k.maxPods,
		instanceType: k.instanceType,
		os: host.os === 'windows' ? 'windows' : 'linux',
		image: k.image,
		network: k.network
	};
}

export interface NodeCosts {
	name: string;
	allocatable: Allocatable;
	/** Reserved for the system and kubelet, plus the eviction threshold (and Windows' extra): not for pods. */
	heldBackMiB: number;
	heldBackCores: number;
	/** The kubelet and system DaemonSets, resident and busy. */
	agentsMiB: number;
	agentsCores: number;
	/** Every pod the node allows, its own system pods included. */
	maxPods: number;
	/** The platform's own pods on the node (DaemonSets, static pods): each takes a slot. */
	systemPods: number;
	systemPodNames: string[];
	/** Pod slots left for workloads: max pods less the system pods. */
	workloadPods: number;
	/** The pause container each pod adds (the shim is already counted per container). */
	pauseMiB: number;
}

export function nodeCosts(host: Host): NodeCosts | undefined {
	const node = nodeOf(host);
	if (!node) return undefined;
	const a = allocatable(node);
	const agents = nodeAgents();
	const system = SYSTEM_PODS[node.platform];
	// A node set to fewer pods than its own system pods runs what fits of them.
	const systemPods = Math.min(system.count.value, a.pods.value);
	return {
		name: PLATFORM_NAMES[node.platform],
		allocatable: a,
		heldBackMiB: host.memoryMiB - a.memoryMiB.value,
		heldBackCores: host.cpuCores - a.cpuCores.value,
		agentsMiB: agents.memoryMiB.value,
		agentsCores: agents.cpuCores.value,
		maxPods: a.pods.value,
		systemPods,
		systemPodNames: system.names,
		workloadPods: a.pods.value - systemPods,
		pauseMiB: PER_POD.pauseMiB.value
	};
}

/** What a node's pods ask for and use, everything asked for counted (overflow included). */
export interface NodeDemand {
	/** Workload pods. */
	pods: number;
	requestMiB: number;
	requestCores: number;
	/** Resident memory of everything on the host, its own software included. */
	usedMiB: number;
	/** The host's level, counted once: its own software and what the platform holds back idle. */
	hostMiB: number;
	/** Average busy CPU of everything on the host. */
	busyCores: number;
}

const MIB = (n: number) => formatMiB(n);
/** Cores with two decimals always, so "5.37 of 4 cores" can be redone by hand. */
const cores = (n: number) =>
	new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** The node's report: allocatable and physically free, both answers, and which one limits. */
export function kubernetesReport(host: Host, node: NodeCosts, d: NodeDemand): KubernetesReport {
	const a = node.allocatable;
	const physicalFreeMiB = Math.max(0, host.memoryMiB - d.hostMiB);
	const podsOver = d.pods > node.workloadPods;
	const memReqOver = d.requestMiB > a.memoryMiB.value;
	const cpuReqOver = d.requestCores > a.cpuCores.value + 1e-9;
	const memOver = d.usedMiB > host.memoryMiB;
	const cpuOver = d.busyCores > host.cpuCores + 1e-9;
	const byRequests = !podsOver && !memReqOver && !cpuReqOver;
	const byUsage = !memOver && !cpuOver;
	const requestsWhy = [
		podsOver
			? `${formatCount(d.pods)} pods ask for more than the ${formatCount(node.workloadPods)} slots left after ${formatCount(node.systemPods)} system pods`
			: '',
		memReqOver
			? `memory requests of ${MIB(d.requestMiB)} pass the ${MIB(a.memoryMiB.value)} allocatable`
			: '',
		cpuReqOver
			? `CPU requests of ${cores(d.requestCores)} cores pass the ${cores(a.cpuCores.value)} allocatable`
			: ''
	].filter(Boolean);
	const usageWhy = [
		memOver
			? `resident memory of ${MIB(d.usedMiB)} would pass the node’s ${MIB(host.memoryMiB)}`
			: '',
		cpuOver ? `would be busy at ${cores(d.busyCores)} of ${cores(host.cpuCores)} cores` : ''
	].filter(Boolean);
	const summary =
		byRequests && byUsage
			? `Fits by requests (${MIB(d.requestMiB)} and ${cores(d.requestCores)} cores requested of ${MIB(a.memoryMiB.value)} and ${cores(a.cpuCores.value)} allocatable) and by usage (busy at ${cores(d.busyCores)} of ${cores(host.cpuCores)} cores).`
			: byRequests
				? `Fits by requests, but ${usageWhy.join(' and ')}: usage limits.`
				: byUsage
					? `Does not fit by requests: ${requestsWhy.join('; ')}. By usage it would fit: requests limit.`
					: `Does not fit by requests (${requestsWhy.join('; ')}), and ${usageWhy.join(' and ')}.`;
	return {
		platform: node.name,
		allocatableMiB: a.memoryMiB.value,
		allocatableCores: a.cpuCores.value,
		heldBackMiB: node.heldBackMiB,
		heldBackCores: node.heldBackCores,
		agentsMiB: node.agentsMiB,
		maxPods: node.maxPods,
		systemPods: node.systemPods,
		systemPodNames: node.systemPodNames,
		workloadPods: node.workloadPods,
		pods: d.pods,
		requestedMiB: d.requestMiB,
		requestedCores: d.requestCores,
		physicalFreeMiB,
		busyCores: d.busyCores,
		fit: {
			byRequests,
			byUsage,
			limitedBy:
				byRequests && byUsage
					? null
					: !byRequests && !byUsage
						? 'both'
						: byRequests
							? 'usage'
							: 'requests',
			summary
		}
	};
}

/**
 * The node's note: what is held back, what pods may request (allocatable: the scheduler's
 * limit), what is physically free for what they use, and which the fit checks.
 */
export function nodeNote(host: Host, node: NodeCosts, hostLevel: Record<Layer, number>): string {
	const a = node.allocatable;
	const hostMiB = sumLayers(hostLevel);
	const ownMiB = hostMiB - hostLevel.idle;
	const free = Math.max(0, host.memoryMiB - hostMiB);
	const idle =
		hostLevel.idle > 0
			? `, and the rest of what is held back (${formatMiB(hostLevel.idle)}) stays idle`
			: '';
	return `As a ${node.name} node, ${formatMiB(node.heldBackMiB)} of memory and ${formatCores(node.heldBackCores)} are held back for the system, the kubelet and eviction: pods may request ${formatMiB(a.memoryMiB.value)} and ${formatCores(a.cpuCores.value)} (allocatable), in at most ${formatCount(node.maxPods)} pods, ${formatCount(node.systemPods)} of them the platform’s own (${node.systemPodNames.join(', ')}), so ${formatCount(node.workloadPods)} for workloads. Physically, the host’s own software uses ${formatMiB(ownMiB)}${idle}, leaving ${formatMiB(free)} for what pods actually use. The fit uses both: requests against the ${formatMiB(a.memoryMiB.value)} allocatable, as the scheduler does (a pod without requests requests nothing), and resident memory against the ${formatMiB(free)} physically free, busy CPU against the ${formatCores(host.cpuCores)}.`;
}
