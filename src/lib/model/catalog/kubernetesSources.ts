/** The sources of the Kubernetes node figures (folded into SOURCES). */
import type { Source } from './sources';

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
		title:
			'AKS — maximum pods per node: default 250 with Azure CNI Overlay, 30 with Azure CNI node-subnet addressing, 110 with kubenet; at most 250',
		where:
			'Microsoft Learn, "Azure Kubernetes Service (AKS) CNI networking overview": maximum pods per node',
		grade: 'primary'
	},
	'gke-max-pods': {
		title: 'GKE Standard — maximum pods per node: 110 by default, configurable up to 256',
		where: 'Google Kubernetes Engine documentation, "Configure maximum Pods per node"',
		grade: 'primary'
	},
	'eks-max-pods-calculator': {
		title:
			'amazon-eks-ami max-pods-calculator.sh — with prefix delegation, at most 110 pods on instances with fewer than 30 vCPUs and 250 otherwise',
		where:
			'github.com/awslabs/amazon-eks-ami, templates/al2/runtime/max-pods-calculator.sh; Amazon EKS, "Assign more IP addresses with prefixes"',
		grade: 'primary'
	},
	'eks-reserved-override': {
		title:
			'EKS node images and a max-pods override: Amazon Linux 2023 (nodeadm withDefaultReservedResources) and Amazon Linux 2 (bootstrap.sh) compute kube-reserved memory from the instance type’s ENI-based max pods, whatever max pods is set to; Bottlerocket computes it from its settings.kubernetes.max-pods (11 × max pods + 255 Mi)',
		where:
			'github.com/awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go and templates/al2/runtime/bootstrap.sh; github.com/bottlerocket-os/bottlerocket, settings.kubernetes.kube-reserved',
		grade: 'primary'
	},
	'windows-node-os': {
		title:
			'A Windows node runs Windows containers only: Linux pods must be scheduled onto Linux nodes (by nodeSelector kubernetes.io/os); Windows nodes do not support privileged or Linux sandboxed runtimes',
		where:
			'kubernetes.io, "Windows containers in Kubernetes" and "Guide for Running Windows Containers in Kubernetes"',
		grade: 'primary'
	},
	'kubelet-defaults': {
		title:
			'Kubernetes kubelet defaults — maxPods 110; evictionHard memory.available < 100Mi; no kube-reserved or system-reserved unless configured. Upstream supports at most 110 pods per node. The scheduler places a pod when the sum of requests on the node, its own included, stays within allocatable; a pod with no requests requests nothing (BestEffort)',
		where:
			'kubernetes.io, "Kubelet Configuration (v1beta1)", "Considerations for large clusters" and "Resource Management for Pods and Containers"',
		grade: 'primary'
	},
	'managed-containerd': {
		title:
			'Managed nodes run containerd, not Docker Engine: GKE node images use containerd (Docker images ended with 1.24), EKS dropped dockershim in 1.24 (containerd only), AKS Linux node pools use containerd since 1.19; since 1.24 a kubeadm node needs a CRI runtime, containerd the usual one. The kubelet places pods by their CPU requests against allocatable, never overcommitting them',
		where:
			'Google Kubernetes Engine, "Migrate nodes to containerd"; Amazon EKS, "Dockershim deprecation"; Microsoft Learn, AKS "Container runtime configuration"; kubernetes.io, "Dockershim removal FAQ" and "Resource Management for Pods and Containers"',
		grade: 'primary'
	},
	'cloud-machine-types': {
		title:
			'Machine shapes: GCE e2-standard-4 4 vCPUs / 16 GB; EC2 t3.medium 2 vCPUs / 4 GiB, m5.large 2 / 8 GiB, m5.xlarge 4 / 16 GiB; Azure Standard_D4s_v5 4 vCPUs / 16 GiB',
		where: 'Google Compute Engine, Amazon EC2 and Azure virtual machine size documentation',
		grade: 'primary'
	}
} as const satisfies Record<string, Source>;
