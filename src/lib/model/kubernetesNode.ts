/**
 * A Kubernetes node's own costs and what is left for pods: the per-pod pause container and shim,
 * the kubelet and system DaemonSets, node allocatable, and how many pods of a size fit.
 */
import { NODE_AGENTS, PER_POD, PLATFORM_NAMES, SYSTEM_PODS } from './catalog/kubernetes';
import { formatCores, formatCount, formatMiB } from './format';
import {
	evictionMiB,
	kubeReservedCpuCores,
	kubeReservedMemoryMiB,
	maxPods,
	windowsExtraMiB
} from './kubernetes';
import {
	asInput,
	cpu,
	figure,
	fromCatalog,
	fromNode,
	type KubernetesNode,
	type NodeFigure
} from './kubernetesFigure';

/** What each pod costs beyond its containers (pause container and runtime shim), in MiB. */
export function perPodMiB(): NodeFigure {
	const v = PER_POD.pauseMiB.value + PER_POD.shimMiB.value;
	return figure(
		'Per-pod cost',
		v,
		'MiB',
		`Each pod adds a pause container (${formatMiB(PER_POD.pauseMiB.value)}) and a runtime shim (${formatMiB(PER_POD.shimMiB.value)}): ${formatMiB(v)}.`,
		[fromCatalog('Pause container', PER_POD.pauseMiB), fromCatalog('Runtime shim', PER_POD.shimMiB)]
	);
}

/** Memory and CPU of the kubelet and the node's system DaemonSets. */
export function nodeAgents(): { memoryMiB: NodeFigure; cpuCores: NodeFigure } {
	const mem = NODE_AGENTS.reduce((s, a) => s + a.memoryMiB.value, 0);
	const cpuSum = NODE_AGENTS.reduce((s, a) => s + a.cpuCores.value, 0);
	const names = NODE_AGENTS.map((a) => a.name).join(', ');
	return {
		memoryMiB: figure(
			'Node agents’ memory',
			mem,
			'MiB',
			`The node’s own agents (${names}): ${NODE_AGENTS.map((a) => formatMiB(a.memoryMiB.value)).join(' + ')} = ${formatMiB(mem)}.`,
			NODE_AGENTS.map((a) => fromCatalog(a.name, a.memoryMiB))
		),
		cpuCores: figure(
			'Node agents’ CPU',
			cpuSum,
			'cores',
			`The node’s own agents (${names}): ${NODE_AGENTS.map((a) => cpu(a.cpuCores.value)).join(' + ')} = ${cpu(cpuSum)}.`,
			NODE_AGENTS.map((a) => fromCatalog(a.name, a.cpuCores))
		)
	};
}

/** The platform's own pods on every node: each takes a slot of max pods. */
export function systemPods(node: KubernetesNode): NodeFigure {
	const s = SYSTEM_PODS[node.platform];
	const pods = maxPods(node);
	const left = Math.max(0, pods.value - s.count.value);
	return figure(
		'System pods',
		s.count.value,
		'count',
		`${PLATFORM_NAMES[node.platform]} runs ${formatCount(s.count.value)} pods of its own on every node (${s.names.join(', ')}); each takes a slot, so ${formatCount(pods.value)} − ${formatCount(s.count.value)} = ${formatCount(left)} are left for workloads.`,
		[fromCatalog('System pods', s.count), asInput(pods)]
	);
}

export interface Allocatable {
	memoryMiB: NodeFigure;
	cpuCores: NodeFigure;
	pods: NodeFigure;
	reserved: {
		memoryMiB: NodeFigure;
		evictionMiB: NodeFigure;
		windowsMiB: NodeFigure;
		cpuCores: NodeFigure;
	};
}

/** Node allocatable: capacity less kube-reserved, eviction threshold and Windows' extra. */
export function allocatable(node: KubernetesNode): Allocatable {
	const memoryReserved = kubeReservedMemoryMiB(node);
	const eviction = evictionMiB(node);
	const windows = windowsExtraMiB(node);
	const cpuReserved = kubeReservedCpuCores(node);
	const mem = Math.max(0, node.memoryMiB - memoryReserved.value - eviction.value - windows.value);
	const cpuLeft = Math.max(0, node.cpuCores - cpuReserved.value);
	return {
		memoryMiB: figure(
			'Allocatable memory',
			mem,
			'MiB',
			`${formatMiB(node.memoryMiB)} − ${formatMiB(memoryReserved.value)} reserved − ${formatMiB(eviction.value)} eviction threshold${windows.value ? ` − ${formatMiB(windows.value)} for Windows` : ''} = ${formatMiB(mem)}.`,
			[
				fromNode('Node memory', node.memoryMiB, 'MiB'),
				asInput(memoryReserved),
				asInput(eviction),
				...(windows.value ? [asInput(windows)] : [])
			]
		),
		cpuCores: figure(
			'Allocatable CPU',
			cpuLeft,
			'cores',
			`${formatCores(node.cpuCores)} − ${cpu(cpuReserved.value)} reserved = ${formatCores(cpuLeft)}.`,
			[fromNode('Node cores', node.cpuCores, 'cores'), asInput(cpuReserved)]
		),
		pods: maxPods(node),
		reserved: {
			memoryMiB: memoryReserved,
			evictionMiB: eviction,
			windowsMiB: windows,
			cpuCores: cpuReserved
		}
	};
}

export type PodLimit = 'memory' | 'cpu' | 'pods';

/** How many pods of a size fit on an empty node, and what runs out first. */
export function podsPerNode(
	node: KubernetesNode,
	pod: { memoryMiB: number; cpuCores: number }
): { count: number; limitedBy: PodLimit; reason: string } {
	const a = allocatable(node);
	const byMemory = pod.memoryMiB > 0 ? Math.floor(a.memoryMiB.value / pod.memoryMiB) : Infinity;
	const byCpu = pod.cpuCores > 0 ? Math.floor(a.cpuCores.value / pod.cpuCores + 1e-9) : Infinity;
	const byPods = a.pods.value;
	const count = Math.min(byMemory, byCpu, byPods);
	const limitedBy: PodLimit = count === byPods ? 'pods' : count === byMemory ? 'memory' : 'cpu';
	const reason = {
		pods: `The node allows ${formatCount(byPods)} pods; memory and CPU would fit more.`,
		memory: `${formatMiB(a.memoryMiB.value)} allocatable memory holds ${formatCount(byMemory)} pods of ${formatMiB(pod.memoryMiB)}.`,
		cpu: `${formatCores(a.cpuCores.value)} allocatable CPU holds ${formatCount(byCpu)} pods of ${cpu(pod.cpuCores)}.`
	}[limitedBy];
	return { count, limitedBy, reason };
}
