/**
 * Kubernetes node figures: what each platform reserves for the kubelet and the system, its
 * eviction threshold and pods-per-node limit, the per-pod costs every pod carries, the system
 * DaemonSets a node runs, and presets for common node shapes. Published figures carry their
 * source; the rest are estimates with their reasoning.

 */
import { cited, estimate, type Cited } from './cited';
import type { SourceId } from './sources';

export { KUBERNETES_SOURCES } from './kubernetesSources';

export type KubeSourceId = SourceId;
export type KubeCited = Cited;
const kube = cited;

import {
	AKS_NETWORKS,
	EKS_IMAGES,
	KUBE_PLATFORMS,
	type AksNetwork,
	type EksImage,
	type Engine,
	type KubePlatform
} from '../types';

export { AKS_NETWORKS, EKS_IMAGES, type AksNetwork, type EksImage };

export const PLATFORMS = KUBE_PLATFORMS;
export type { KubePlatform };

export const PLATFORM_NAMES: Record<KubePlatform, string> = {
	kubeadm: 'kubeadm (upstream defaults)',
	gke: 'Google Kubernetes Engine',
	eks: 'Amazon EKS',
	aks: 'Azure Kubernetes Service'
};

/** A marginal tier: `fraction` of the amount between the previous tier's end and `upTo`. */
export interface Tier {
	upTo: number;
	fraction: KubeCited;
}

const tier = (upTo: number, fraction: number, source: SourceId): Tier => ({
	upTo,
	fraction: kube(
		fraction,
		'ratio',
		source,
		`${+(fraction * 100).toFixed(2)} % of the amount up to ${Number.isFinite(upTo) ? upTo.toLocaleString('en-US') : 'any size'} (a tier of the platform’s formula).`
	)
});

const cpuTiers = (source: SourceId): Tier[] => [
	tier(1, 0.06, source),
	tier(2, 0.01, source),
	tier(4, 0.005, source),
	tier(Infinity, 0.0025, source)
];

export const GKE = {
	/** Machines below this size reserve a flat amount instead of the tiers. */
	smallMachineMiB: kube(
		1024,
		'MiB',
		'gke-allocatable',
		'Machines with less memory than this reserve a flat amount.'
	),
	smallMachineReservedMiB: kube(
		255,
		'MiB',
		'gke-allocatable',
		'The flat reservation on machines under 1 GiB.'
	),
	memoryTiersMiB: [
		tier(4096, 0.25, 'gke-allocatable'),
		tier(8192, 0.2, 'gke-allocatable'),
		tier(16384, 0.1, 'gke-allocatable'),
		tier(131072, 0.06, 'gke-allocatable'),
		tier(Infinity, 0.02, 'gke-allocatable')
	],
	cpuTiersCores: cpuTiers('gke-allocatable'),
	evictionMiB: kube(
		100,
		'MiB',
		'gke-allocatable',
		'Pods are evicted when less than this is available.'
	),
	maxPods: kube(110, 'count', 'kubelet-defaults', 'GKE Standard’s default per node.'),
	/** The most pods a GKE Standard node may be given. */
	maxPodsLimit: kube(
		256,
		'count',
		'gke-max-pods',
		'GKE Standard accepts at most 256 pods per node.'
	)
};

export const EKS = {
	perPodMiB: kube(11, 'MiB', 'eks-ami-reserved', 'kube-reserved memory per pod the node allows.'),
	baseMiB: kube(255, 'MiB', 'eks-ami-reserved', 'kube-reserved memory on top of the per-pod part.'),
	cpuTiersCores: cpuTiers('eks-ami-reserved'),
	evictionMiB: kube(
		100,
		'MiB',
		'eks-ami-reserved',
		'Pods are evicted when less than this is available.'
	),
	/** The two host-network pods (the VPC CNI and kube-proxy) that need no ENI address. */
	hostNetworkPods: kube(
		2,
		'count',
		'eks-eni-max-pods',
		'Pods on the host network (aws-node, kube-proxy) need no address of their own.'
	),
	/**
	 * With a max-pods override (prefix delegation), AWS's max-pods calculator recommends at most 110
	 * on instances with fewer than 30 vCPUs and 250 on larger ones; the kubelet accepts more.
	 */
	recommendedMaxPodsSmall: kube(
		110,
		'count',
		'eks-max-pods-calculator',
		'Recommended ceiling below 30 vCPUs (prefix delegation).'
	),
	recommendedMaxPodsLarge: kube(
		250,
		'count',
		'eks-max-pods-calculator',
		'Recommended ceiling at 30 vCPUs and more (prefix delegation).'
	),
	/** The first address on each ENI is the ENI's own, not a pod's. */
	addressesKeptPerEni: kube(
		1,
		'count',
		'eks-eni-max-pods',
		'Each network interface keeps one address for itself.'
	)
};

/** ENIs, IPv4 addresses per ENI and the published max pods, per EC2 instance type. */
export const EKS_INSTANCES: Record<
	string,
	{ enis: number; ipsPerEni: number; publishedMaxPods: number; cpuCores: number; memoryMiB: number }
> = {
	't3.micro': { enis: 2, ipsPerEni: 2, publishedMaxPods: 4, cpuCores: 2, memoryMiB: 1024 },
	't3.small': { enis: 3, ipsPerEni: 4, publishedMaxPods: 11, cpuCores: 2, memoryMiB: 2048 },
	't3.medium': { enis: 3, ipsPerEni: 6, publishedMaxPods: 17, cpuCores: 2, memoryMiB: 4096 },
	't3.large': { enis: 3, ipsPerEni: 12, publishedMaxPods: 35, cpuCores: 2, memoryMiB: 8192 },
	'm5.large': { enis: 3, ipsPerEni: 10, publishedMaxPods: 29, cpuCores: 2, memoryMiB: 8192 },
	'm5.xlarge': { enis: 4, ipsPerEni: 15, publishedMaxPods: 58, cpuCores: 4, memoryMiB: 16384 },
	'm5.2xlarge': { enis: 4, ipsPerEni: 15, publishedMaxPods: 58, cpuCores: 8, memoryMiB: 32768 },
	'm5.4xlarge': { enis: 8, ipsPerEni: 30, publishedMaxPods: 234, cpuCores: 16, memoryMiB: 65536 },
	'c5.large': { enis: 3, ipsPerEni: 10, publishedMaxPods: 29, cpuCores: 2, memoryMiB: 4096 }
};

export const AKS = {
	perPodMiB: kube(
		20,
		'MiB',
		'aks-reservations',
		'Microsoft writes MB; the kubelet flag AKS sets is in Mi, so MiB here.'
	),
	baseMiB: kube(
		50,
		'MiB',
		'aks-reservations',
		'Microsoft writes MB; read as MiB like the per-pod figure.'
	),
	maxFraction: kube(
		0.25,
		'ratio',
		'aks-reservations',
		'The reservation never exceeds a quarter of the node’s memory.'
	),
	evictionMiB: kube(
		100,
		'MiB',
		'aks-reservations',
		'Pods are evicted when less than this is available.'
	),
	windowsExtraMiB: kube(2048, 'MiB', 'aks-reservations', 'Microsoft writes 2 GB; read as 2 GiB.'),
	/** kube-reserved CPU in cores at the node sizes Microsoft publishes. */
	cpuTable: [
		[1, 0.06],
		[2, 0.1],
		[4, 0.14],
		[8, 0.18],
		[16, 0.26],
		[32, 0.42],
		[64, 0.74]
	].map(([cores, reserved]) => ({
		cores: cores!,
		reserved: kube(
			reserved!,
			'cores',
			'aks-reservations',
			'AKS’s CPU reservation for this many cores.'
		)
	})),
	maxPods: kube(250, 'count', 'aks-max-pods', 'Pods per node with Azure CNI Overlay.'),
	/** The default max pods by network plugin (a node pool's setting at creation). */
	maxPodsByNetwork: {
		overlay: kube(250, 'count', 'aks-max-pods', 'Azure CNI Overlay (and Cilium): 250 by default.'),
		nodeSubnet: kube(
			30,
			'count',
			'aks-max-pods',
			'Azure CNI with node-subnet addresses: 30 by default.'
		),
		kubenet: kube(110, 'count', 'aks-max-pods', 'kubenet: 110 by default (and at most).')
	},
	/** The most pods any AKS node may be given. */
	maxPodsLimit: kube(250, 'count', 'aks-max-pods', 'AKS accepts at most 250 pods per node.')
};

export const AKS_NETWORK_NAMES: Record<AksNetwork, string> = {
	overlay: 'Azure CNI Overlay',
	nodeSubnet: 'Azure CNI (node subnet)',
	kubenet: 'kubenet'
};

export const EKS_IMAGE_NAMES: Record<EksImage, string> = {
	al2023: 'Amazon Linux 2023',
	al2: 'Amazon Linux 2',
	bottlerocket: 'Bottlerocket'
};

export const KUBEADM = {
	maxPods: kube(
		110,
		'count',
		'kubelet-defaults',
		'The kubelet’s default, and the most upstream supports.'
	),
	/** Upstream tests and supports up to this many pods per node; the kubelet accepts more. */
	supportedMaxPods: kube(
		110,
		'count',
		'kubelet-defaults',
		'“No more than 110 pods per node” (Considerations for large clusters).'
	),
	evictionMiB: kube(100, 'MiB', 'kubelet-defaults', 'evictionHard memory.available < 100Mi.'),
	kubeReservedMiB: kube(0, 'MiB', 'kubelet-defaults', 'Nothing is reserved unless configured.'),
	kubeReservedCores: kube(0, 'cores', 'kubelet-defaults', 'Nothing is reserved unless configured.')
};

/** What every pod costs on the node beyond its containers. */
export const PER_POD = {
	pauseMiB: estimate(
		1,
		'MiB',
		'The pause container holds the pod’s namespaces: a static binary of a few hundred KB that sleeps; its resident memory stays under 1 MiB.'
	),
	shimMiB: cited(
		10,
		'MiB',
		'containerd-7878',
		'One containerd-shim-runc-v2 per pod (it serves all the pod’s containers); resident memory 10–11 MB in containerd 1.6, far less counted proportionally (PSS).'
	) as KubeCited
};

export interface SystemDaemon {
	name: string;
	memoryMiB: KubeCited;
	cpuCores: KubeCited;
}

/** The kubelet and the system pods every node runs. All estimates of typical resident use. */
export const NODE_AGENTS: SystemDaemon[] = [
	{
		name: 'kubelet',
		memoryMiB: estimate(
			100,
			'MiB',
			'The kubelet’s resident memory grows with pods and images; about 60–150 MiB on a node with a few dozen pods.'
		),
		cpuCores: estimate(0.05, 'cores', 'Housekeeping, probes and status updates at steady state.')
	},
	{
		name: 'kube-proxy',
		memoryMiB: estimate(
			30,
			'MiB',
			'kube-proxy in iptables mode on a small cluster uses 20–40 MiB.'
		),
		cpuCores: estimate(0.01, 'cores', 'Idle between Service changes.')
	},
	{
		name: 'CNI agent',
		memoryMiB: estimate(
			60,
			'MiB',
			'The network plugin’s node agent (aws-node, Azure CNS, calico-node): 40–150 MiB; Cilium’s agent uses more.'
		),
		cpuCores: estimate(0.025, 'cores', 'Address management and policy updates.')
	},
	{
		name: 'log agent',
		memoryMiB: estimate(
			30,
			'MiB',
			'A node log shipper such as Fluent Bit: 20–50 MiB with its buffers.'
		),
		cpuCores: estimate(0.01, 'cores', 'Tailing container logs at a light rate.')
	}
];

/**
 * The platform's own pods on every node (DaemonSets and static pods): each takes a pod slot of
 * max pods like any other. Their memory and CPU are NODE_AGENTS' (charged once per node).
 */
export const SYSTEM_PODS: Record<KubePlatform, { names: string[]; count: KubeCited }> = {
	eks: {
		names: ['aws-node (VPC CNI)', 'kube-proxy'],
		count: kube(
			2,
			'count',
			'eks-eni-max-pods',
			'eni-max-pods.txt: “+2 for the pods that use host-networking (AWS CNI and kube-proxy)”; the published max pods already counts them.'
		)
	},
	gke: {
		names: ['kube-proxy', 'fluentbit-gke', 'gke-metrics-agent', 'pdcsi-node'],
		count: estimate(
			4,
			'count',
			'A new GKE Standard cluster’s kube-system holds one pod each per node of kube-proxy (a static pod; anetd with Dataplane V2), fluentbit-gke (logging), gke-metrics-agent (system metrics) and pdcsi-node (the Persistent Disk CSI driver); more with add-ons.'
		)
	},
	aks: {
		names: [
			'kube-proxy',
			'azure-ip-masq-agent',
			'cloud-node-manager',
			'csi-azuredisk-node',
			'csi-azurefile-node',
			'azure-cns'
		],
		count: estimate(
			6,
			'count',
			'An AKS Linux node runs one pod each of kube-proxy, azure-ip-masq-agent, cloud-node-manager, the Azure Disk and Azure Files CSI node drivers, and azure-cns (Azure CNI); more with monitoring (ama-logs) or other add-ons.'
		)
	},
	kubeadm: {
		names: ['kube-proxy', 'CNI agent'],
		count: estimate(
			2,
			'count',
			'kubeadm deploys kube-proxy as a DaemonSet; the network plugin the person installs (Calico, Flannel, Cilium) runs one agent pod per node.'
		)
	}
};

export interface NodePreset {
	id: string;
	name: string;
	platform: KubePlatform;
	cpuCores: number;
	memoryMiB: number;
	/** EC2 instance type, for EKS's ENI-based max pods. */
	instanceType?: string;
	maxPods?: number;
	source: KubeSourceId;
	/** The container runtime the platform's node images run, and vCPU overcommit (none: the
	 * scheduler places pods by requests against allocatable). Source: managed-containerd. */
	engine: Engine;
	cpuOvercommit: number;
}

/** What a Kubernetes node runs: containerd, no CPU overcommit (source: managed-containerd). */
const MANAGED = { engine: 'containerd', cpuOvercommit: 1 } as const;

export const NODE_PRESETS: NodePreset[] = [
	{
		id: 'gke-e2-standard-4',
		name: 'GKE e2-standard-4',
		platform: 'gke',
		cpuCores: 4,
		memoryMiB: 16384,
		source: 'cloud-machine-types',
		...MANAGED
	},
	{
		id: 'eks-t3-medium',
		name: 'EKS t3.medium',
		platform: 'eks',
		cpuCores: 2,
		memoryMiB: 4096,
		instanceType: 't3.medium',
		source: 'cloud-machine-types',
		...MANAGED
	},
	{
		id: 'eks-m5-large',
		name: 'EKS m5.large',
		platform: 'eks',
		cpuCores: 2,
		memoryMiB: 8192,
		instanceType: 'm5.large',
		source: 'cloud-machine-types',
		...MANAGED
	},
	{
		id: 'eks-m5-xlarge',
		name: 'EKS m5.xlarge',
		platform: 'eks',
		cpuCores: 4,
		memoryMiB: 16384,
		instanceType: 'm5.xlarge',
		source: 'cloud-machine-types',
		...MANAGED
	},
	{
		id: 'aks-d4s-v5',
		name: 'AKS Standard_D4s_v5',
		platform: 'aks',
		cpuCores: 4,
		memoryMiB: 16384,
		source: 'cloud-machine-types',
		...MANAGED
	},
	{
		id: 'kubeadm-metal-16',
		name: 'kubeadm bare-metal node (16 cores, 64 GiB)',
		platform: 'kubeadm',
		cpuCores: 16,
		memoryMiB: 65536,
		source: 'estimate',
		// Since 1.24 kubeadm needs a CRI runtime (no dockershim); containerd is the usual one.
		...MANAGED
	}
];
