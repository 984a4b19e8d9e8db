/**
 * Kubernetes node figures: what each platform reserves for the kubelet and the system, its
 * eviction threshold and pods-per-node limit, the per-pod costs every pod carries, the system
 * DaemonSets a node runs, and presets for common node shapes. Published figures carry their
 * source; the rest are estimates with their reasoning.
 *
 * The source ids used here live in KUBERNETES_SOURCES until they are folded into SOURCES; until
 * then a figure's `source` is typed `KubeSourceId` (a SourceId or one of these).
 */
import { cited, estimate, type Cited } from './cited';
import type { Source, SourceId } from './sources';

export const KUBERNETES_SOURCES = {
	'gke-allocatable': {
		title:
			'GKE — node allocatable resources: memory 255 MiB on machines under 1 GiB, else 25 % of the first 4 GiB, 20 % of the next 4 GiB, 10 % of the next 8 GiB, 6 % of the next 112 GiB, 2 % above 128 GiB, plus a 100 MiB eviction threshold; CPU 6 % of the first core, 1 % of the next, 0.5 % of the next 2, 0.25 % above 4',
		where:
			'Google Kubernetes Engine documentation, "Plan GKE Standard node sizes" (allocatable resources)',
		grade: 'primary'
	},
	'eks-ami-reserved': {
		title:
			'amazon-eks-ami — kube-reserved memory = 11 MiB × max pods + 255 MiB; CPU as GKE’s tiers (6 % / 1 % / 0.5 % / 0.25 %); eviction when memory.available < 100 Mi',
		where: 'github.com/awslabs/amazon-eks-ami (bootstrap script and nodeadm)',
		grade: 'primary'
	},
	'eks-eni-max-pods': {
		title:
			'amazon-eks-ami eni-max-pods.txt — max pods = ENIs × (IPv4 addresses per ENI − 1) + 2: t3.medium 17, m5.large 29, m5.xlarge 58, m5.4xlarge 234',
		where: 'github.com/awslabs/amazon-eks-ami, files/eni-max-pods.txt',
		grade: 'primary'
	},
	'aks-reservations': {
		title:
			'AKS node resource reservations (1.29 and later) — memory min(20 MB × max pods + 50 MB, 25 % of the node’s memory) plus a 100 Mi eviction threshold; CPU 60m on 1 core, 100m on 2, 140m on 4, 180m on 8, 260m on 16, 420m on 32, 740m on 64; Windows nodes reserve another 2 GB',
		where: 'Microsoft Learn, "Node resource reservations in Azure Kubernetes Service (AKS)"',
		grade: 'primary'
	},
	'aks-max-pods': {
		title: 'AKS — up to 250 pods per node (the default with Azure CNI Overlay)',
		where: 'Microsoft Learn, AKS networking: maximum pods per node',
		grade: 'primary'
	},
	'kubelet-defaults': {
		title:
			'Kubernetes kubelet defaults — maxPods 110; evictionHard memory.available < 100Mi; no kube-reserved or system-reserved unless configured. Upstream supports at most 110 pods per node',
		where:
			'kubernetes.io, "Kubelet Configuration (v1beta1)" and "Considerations for large clusters"',
		grade: 'primary'
	},
	'cloud-machine-types': {
		title:
			'Machine shapes: GCE e2-standard-4 4 vCPUs / 16 GB; EC2 t3.medium 2 vCPUs / 4 GiB, m5.large 2 / 8 GiB, m5.xlarge 4 / 16 GiB; Azure Standard_D4s_v5 4 vCPUs / 16 GiB',
		where: 'Google Compute Engine, Amazon EC2 and Azure virtual machine size documentation',
		grade: 'primary'
	}
} as const satisfies Record<string, Source>;

export type KubernetesSourceId = keyof typeof KUBERNETES_SOURCES;
export type KubeSourceId = SourceId | KubernetesSourceId;

/** A catalog number whose source may be one of this file's sources. */
export type KubeCited = Omit<Cited, 'source'> & { source: KubeSourceId };

/** `cited()` for this file's sources (becomes plain `cited()` once they join SOURCES). */
function kube(
	value: number,
	unit: Cited['unit'],
	source: KubernetesSourceId,
	note = ''
): KubeCited {
	return { ...cited(value, unit, 'estimate', note), source };
}

export const PLATFORMS = ['kubeadm', 'gke', 'eks', 'aks'] as const;
export type KubePlatform = (typeof PLATFORMS)[number];

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

const tier = (upTo: number, fraction: number, source: KubernetesSourceId): Tier => ({
	upTo,
	fraction: kube(fraction, 'ratio', source)
});

const cpuTiers = (source: KubernetesSourceId): Tier[] => [
	tier(1, 0.06, source),
	tier(2, 0.01, source),
	tier(4, 0.005, source),
	tier(Infinity, 0.0025, source)
];

export const GKE = {
	/** Machines below this size reserve a flat amount instead of the tiers. */
	smallMachineMiB: kube(1024, 'MiB', 'gke-allocatable'),
	smallMachineReservedMiB: kube(255, 'MiB', 'gke-allocatable'),
	memoryTiersMiB: [
		tier(4096, 0.25, 'gke-allocatable'),
		tier(8192, 0.2, 'gke-allocatable'),
		tier(16384, 0.1, 'gke-allocatable'),
		tier(131072, 0.06, 'gke-allocatable'),
		tier(Infinity, 0.02, 'gke-allocatable')
	],
	cpuTiersCores: cpuTiers('gke-allocatable'),
	evictionMiB: kube(100, 'MiB', 'gke-allocatable'),
	maxPods: kube(110, 'count', 'kubelet-defaults', 'GKE Standard’s default per node.')
};

export const EKS = {
	perPodMiB: kube(11, 'MiB', 'eks-ami-reserved'),
	baseMiB: kube(255, 'MiB', 'eks-ami-reserved'),
	cpuTiersCores: cpuTiers('eks-ami-reserved'),
	evictionMiB: kube(100, 'MiB', 'eks-ami-reserved'),
	/** The two host-network pods (the VPC CNI and kube-proxy) that need no ENI address. */
	hostNetworkPods: kube(2, 'count', 'eks-eni-max-pods'),
	/** The first address on each ENI is the ENI's own, not a pod's. */
	addressesKeptPerEni: kube(1, 'count', 'eks-eni-max-pods')
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
	maxFraction: kube(0.25, 'ratio', 'aks-reservations'),
	evictionMiB: kube(100, 'MiB', 'aks-reservations'),
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
		reserved: kube(reserved!, 'cores', 'aks-reservations')
	})),
	maxPods: kube(250, 'count', 'aks-max-pods')
};

export const KUBEADM = {
	maxPods: kube(110, 'count', 'kubelet-defaults'),
	evictionMiB: kube(100, 'MiB', 'kubelet-defaults'),
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
}

export const NODE_PRESETS: NodePreset[] = [
	{
		id: 'gke-e2-standard-4',
		name: 'GKE e2-standard-4',
		platform: 'gke',
		cpuCores: 4,
		memoryMiB: 16384,
		source: 'cloud-machine-types'
	},
	{
		id: 'eks-t3-medium',
		name: 'EKS t3.medium',
		platform: 'eks',
		cpuCores: 2,
		memoryMiB: 4096,
		instanceType: 't3.medium',
		source: 'cloud-machine-types'
	},
	{
		id: 'eks-m5-large',
		name: 'EKS m5.large',
		platform: 'eks',
		cpuCores: 2,
		memoryMiB: 8192,
		instanceType: 'm5.large',
		source: 'cloud-machine-types'
	},
	{
		id: 'eks-m5-xlarge',
		name: 'EKS m5.xlarge',
		platform: 'eks',
		cpuCores: 4,
		memoryMiB: 16384,
		instanceType: 'm5.xlarge',
		source: 'cloud-machine-types'
	},
	{
		id: 'aks-d4s-v5',
		name: 'AKS Standard_D4s_v5',
		platform: 'aks',
		cpuCores: 4,
		memoryMiB: 16384,
		source: 'cloud-machine-types'
	},
	{
		id: 'kubeadm-metal-16',
		name: 'kubeadm bare-metal node (16 cores, 64 GiB)',
		platform: 'kubeadm',
		cpuCores: 16,
		memoryMiB: 65536,
		source: 'estimate'
	}
];
