/**
 * A host that is a Kubernetes node: what the platform reserves, what the node's own agents use,
 * what each pod adds, and how many pods it allows — read by evaluate() and maxInstances().
 */
import { PER_POD, PLATFORM_NAMES } from './catalog/kubernetes';
import { allocatable, nodeAgents, type Allocatable } from './kubernetesNode';
import type { KubernetesNode } from './kubernetesFigure';
import type { Host } from './types';

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
		os: host.os === 'windows' ? 'windows' : 'linux'
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
	maxPods: number;
	/** The pause container each pod adds (the shim is already counted per container). */
	pauseMiB: number;
}

export function nodeCosts(host: Host): NodeCosts | undefined {
	const node = nodeOf(host);
	if (!node) return undefined;
	const a = allocatable(node);
	const agents = nodeAgents();
	return {
		name: PLATFORM_NAMES[node.platform],
		allocatable: a,
		heldBackMiB: host.memoryMiB - a.memoryMiB.value,
		heldBackCores: host.cpuCores - a.cpuCores.value,
		agentsMiB: agents.memoryMiB.value,
		agentsCores: agents.cpuCores.value,
		maxPods: a.pods.value,
		pauseMiB: PER_POD.pauseMiB.value
	};
}
