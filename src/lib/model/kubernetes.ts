/**
 * What a Kubernetes platform reserves on a node (kube-reserved memory and CPU, the eviction
 * threshold, Windows' extra) and how many pods it allows. Each figure comes with its explanation, built
 * from the same constants (no number is typed into a formula's text).
 */
import {
	AKS,
	AKS_NETWORK_NAMES,
	EKS,
	EKS_IMAGE_NAMES,
	EKS_INSTANCES,
	GKE,
	KUBEADM,
	PLATFORM_NAMES
} from './catalog/kubernetes';
import { formatCores, formatCount, formatMiB } from './format';
import {
	asInput,
	cpu,
	figure,
	fromCatalog,
	fromNode,
	pct,
	tiered,
	type KubernetesNode,
	type NodeFigure
} from './kubernetesFigure';

export type { KubernetesNode, NodeFigure, NodeInput } from './kubernetesFigure';

/** Memory the platform reserves for the kubelet and system daemons (kube-reserved), in MiB. */
export function kubeReservedMemoryMiB(node: KubernetesNode): NodeFigure {
	const title = 'Memory reserved for Kubernetes';
	const mem = fromNode('Node memory', node.memoryMiB, 'MiB');
	switch (node.platform) {
		case 'gke': {
			if (node.memoryMiB < GKE.smallMachineMiB.value)
				return figure(
					title,
					GKE.smallMachineReservedMiB.value,
					'MiB',
					`Below ${formatMiB(GKE.smallMachineMiB.value)} of memory, GKE reserves a flat ${formatMiB(GKE.smallMachineReservedMiB.value)}.`,
					[mem, fromCatalog('Flat reservation', GKE.smallMachineReservedMiB)]
				);
			const t = tiered(node.memoryMiB, GKE.memoryTiersMiB, formatMiB);
			return figure(
				title,
				t.total,
				'MiB',
				`GKE reserves ${t.rule}. Here: ${t.terms.join(' + ')} = ${formatMiB(t.total)}.`,
				[mem, ...GKE.memoryTiersMiB.map((x, i) => fromCatalog(`Tier ${i + 1} share`, x.fraction))]
			);
		}
		case 'eks': {
			const pods = eksReservedPods(node);
			const v = EKS.perPodMiB.value * pods.value + EKS.baseMiB.value;
			return figure(
				title,
				v,
				'MiB',
				`EKS reserves ${formatMiB(EKS.perPodMiB.value)} per pod plus ${formatMiB(EKS.baseMiB.value)}: ${formatMiB(EKS.perPodMiB.value)} × ${formatCount(pods.value)} + ${formatMiB(EKS.baseMiB.value)} = ${formatMiB(v)}.${node.maxPods !== undefined ? ` ${pods.formula}` : ''}`,
				[fromCatalog('Per pod', EKS.perPodMiB), fromCatalog('Base', EKS.baseMiB), asInput(pods)]
			);
		}
		case 'aks': {
			const pods = maxPods(node);
			const byPods = AKS.perPodMiB.value * pods.value + AKS.baseMiB.value;
			const cap = AKS.maxFraction.value * node.memoryMiB;
			const v = Math.min(byPods, cap);
			return figure(
				title,
				v,
				'MiB',
				`AKS (1.29 and later) reserves the smaller of ${formatMiB(AKS.perPodMiB.value)} × max pods + ${formatMiB(AKS.baseMiB.value)} (${formatMiB(AKS.perPodMiB.value)} × ${formatCount(pods.value)} + ${formatMiB(AKS.baseMiB.value)} = ${formatMiB(byPods)}) and ${pct(AKS.maxFraction.value)} of memory (${formatMiB(cap)}): ${formatMiB(v)}. Node pools created before 1.29 keep the older tiers and a 750 Mi eviction threshold, which the model does not model.`,
				[
					mem,
					fromCatalog('Per pod', AKS.perPodMiB),
					fromCatalog('Base', AKS.baseMiB),
					fromCatalog('Cap, share of memory', AKS.maxFraction),
					asInput(pods)
				]
			);
		}
		case 'kubeadm':
			return figure(
				title,
				KUBEADM.kubeReservedMiB.value,
				'MiB',
				`The kubelet reserves ${formatMiB(KUBEADM.kubeReservedMiB.value)} unless kube-reserved is configured.`,
				[fromCatalog('kube-reserved', KUBEADM.kubeReservedMiB)]
			);
	}
}

/** The memory.available eviction threshold, in MiB. */
export function evictionMiB(node: KubernetesNode): NodeFigure {
	const c = {
		gke: GKE.evictionMiB,
		eks: EKS.evictionMiB,
		aks: AKS.evictionMiB,
		kubeadm: KUBEADM.evictionMiB
	}[node.platform];
	return figure(
		'Eviction threshold',
		c.value,
		'MiB',
		`The kubelet starts evicting pods when less than ${formatMiB(c.value)} of memory is free, so that much is kept back.`,
		[fromCatalog('Eviction threshold', c)]
	);
}

/** Memory Windows nodes keep for system processes beyond kube-reserved (AKS), in MiB. */
export function windowsExtraMiB(node: KubernetesNode): NodeFigure {
	if (node.os !== 'windows' || node.platform !== 'aks')
		return figure(
			'Windows system reservation',
			0,
			'MiB',
			node.os === 'windows'
				? `${PLATFORM_NAMES[node.platform]} publishes no extra reservation for Windows nodes.`
				: 'Not a Windows node.',
			[]
		);
	return figure(
		'Windows system reservation',
		AKS.windowsExtraMiB.value,
		'MiB',
		`AKS keeps another ${formatMiB(AKS.windowsExtraMiB.value)} for Windows system processes.`,
		[fromCatalog('Windows extra', AKS.windowsExtraMiB)]
	);
}

/** CPU the platform reserves for the kubelet and system daemons, in cores. */
export function kubeReservedCpuCores(node: KubernetesNode): NodeFigure {
	const title = 'CPU reserved for Kubernetes';
	const cores = fromNode('Node cores', node.cpuCores, 'cores');
	if (node.platform === 'gke' || node.platform === 'eks') {
		const tiers = node.platform === 'gke' ? GKE.cpuTiersCores : EKS.cpuTiersCores;
		const t = tiered(node.cpuCores, tiers, cpu);
		return figure(
			title,
			t.total,
			'cores',
			`${PLATFORM_NAMES[node.platform]} reserves ${t.rule}. Here: ${t.terms.join(' + ')} = ${cpu(t.total)}.`,
			[cores, ...tiers.map((x, i) => fromCatalog(`Tier ${i + 1} share`, x.fraction))]
		);
	}
	if (node.platform === 'kubeadm')
		return figure(
			title,
			KUBEADM.kubeReservedCores.value,
			'cores',
			`The kubelet reserves ${cpu(KUBEADM.kubeReservedCores.value)} unless kube-reserved is configured.`,
			[fromCatalog('kube-reserved', KUBEADM.kubeReservedCores)]
		);
	const table = AKS.cpuTable;
	const exact = table.find((p) => p.cores === node.cpuCores);
	const list = table.map((p) => `${cpu(p.reserved.value)} on ${formatCores(p.cores)}`).join(', ');
	if (exact)
		return figure(
			title,
			exact.reserved.value,
			'cores',
			`AKS publishes a table: ${list}. This node has ${formatCores(node.cpuCores)}: ${cpu(exact.reserved.value)}.`,
			[cores, fromCatalog(`Reserved on ${formatCores(exact.cores)}`, exact.reserved)]
		);
	const below = [...table].reverse().find((p) => p.cores < node.cpuCores) ?? table[0]!;
	const above = table.find((p) => p.cores > node.cpuCores) ?? table[table.length - 1]!;
	const span = above.cores - below.cores;
	const v =
		span > 0
			? below.reserved.value +
				((node.cpuCores - below.cores) / span) * (above.reserved.value - below.reserved.value)
			: below.reserved.value;
	return figure(
		title,
		v,
		'cores',
		`AKS publishes a table: ${list}. ${formatCores(node.cpuCores)} is not in it, so the value is ${span > 0 ? `interpolated between ${formatCores(below.cores)} and ${formatCores(above.cores)}` : `taken from the nearest entry, ${formatCores(below.cores)}`}: ${cpu(v)} (an estimate).`,
		[
			cores,
			fromCatalog(`Reserved on ${formatCores(below.cores)}`, below.reserved),
			fromCatalog(`Reserved on ${formatCores(above.cores)}`, above.reserved)
		],
		true
	);
}

/** EKS's ENI-based pod limit: ENIs × (addresses per ENI − 1) + 2. */
export function eksMaxPods(enis: number, ipsPerEni: number): NodeFigure {
	const kept = EKS.addressesKeptPerEni.value;
	const host = EKS.hostNetworkPods.value;
	const v = enis * (ipsPerEni - kept) + host;
	return figure(
		'Max pods',
		v,
		'count',
		`Each network interface (ENI) gives its addresses but its own first one to pods, and ${formatCount(host)} host-network pods need none: ${formatCount(enis)} × (${formatCount(ipsPerEni)} − ${formatCount(kept)}) + ${formatCount(host)} = ${formatCount(v)}.`,
		[
			fromNode('ENIs', enis, 'count'),
			fromNode('IPv4 addresses per ENI', ipsPerEni, 'count'),
			fromCatalog('Addresses kept per ENI', EKS.addressesKeptPerEni),
			fromCatalog('Host-network pods', EKS.hostNetworkPods)
		]
	);
}

/**
 * The pod count EKS's kube-reserved memory is computed from: the instance type's ENI-based max
 * pods on Amazon Linux 2023 and 2 (even when max pods is overridden), the node's max pods on
 * Bottlerocket (source: eks-reserved-override).
 */
export function eksReservedPods(node: KubernetesNode): NodeFigure {
	const image = node.image ?? 'al2023';
	const inst = node.instanceType ? EKS_INSTANCES[node.instanceType] : undefined;
	const pods = maxPods(node);
	if (node.maxPods === undefined) return pods;
	if (image === 'bottlerocket' || !inst)
		return {
			...pods,
			formula:
				image === 'bottlerocket'
					? `${EKS_IMAGE_NAMES.bottlerocket} reserves by the max pods it runs with, the override of ${formatCount(node.maxPods)} included.`
					: `${EKS_IMAGE_NAMES[image]} reserves by the instance type’s ENI-based max pods, which the model does not know for this instance type: the override of ${formatCount(node.maxPods)} is used instead (an estimate).`,
			estimate: pods.estimate || image !== 'bottlerocket'
		};
	const eni = eksMaxPods(inst.enis, inst.ipsPerEni);
	return {
		...eni,
		title: 'ENI-based max pods',
		formula: `${EKS_IMAGE_NAMES[image]} reserves by the instance type’s ENI-based max pods (${formatCount(eni.value)}), not the override of ${formatCount(node.maxPods)}: ${eni.formula}`,
		sources: [...new Set([...eni.sources, 'eks-reserved-override' as const])]
	};
}

/** The most pods the platform lets a node be given, and why; Infinity when it sets no bound. */
export function maxPodsBound(node: Pick<KubernetesNode, 'platform' | 'network'>): {
	max: number;
	why: string;
} {
	if (node.platform === 'gke')
		return {
			max: GKE.maxPodsLimit.value,
			why: `GKE Standard accepts at most ${formatCount(GKE.maxPodsLimit.value)} pods per node`
		};
	if (node.platform === 'aks') {
		if (node.network === 'kubenet')
			return {
				max: AKS.maxPodsByNetwork.kubenet.value,
				why: `AKS with kubenet accepts at most ${formatCount(AKS.maxPodsByNetwork.kubenet.value)} pods per node`
			};
		return {
			max: AKS.maxPodsLimit.value,
			why: `AKS accepts at most ${formatCount(AKS.maxPodsLimit.value)} pods per node`
		};
	}
	return { max: Infinity, why: '' };
}

/** How many pods the node allows. */
export function maxPods(node: KubernetesNode): NodeFigure {
	if (node.maxPods !== undefined) {
		const beyond =
			node.platform === 'kubeadm' && node.maxPods > KUBEADM.supportedMaxPods.value
				? ` Upstream Kubernetes supports at most ${formatCount(KUBEADM.supportedMaxPods.value)} pods per node; the kubelet accepts more.`
				: node.platform === 'eks' && node.maxPods > eksRecommendedMaxPods(node).value
					? ` AWS recommends at most ${formatCount(eksRecommendedMaxPods(node).value)} on a node of ${formatCores(node.cpuCores)}; the kubelet accepts more.`
					: '';
		return figure(
			'Max pods',
			node.maxPods,
			'count',
			`Set for this node: ${formatCount(node.maxPods)}.${beyond}`,
			[fromNode('Max pods', node.maxPods, 'count')]
		);
	}
	if (node.platform === 'eks') {
		const inst = node.instanceType ? EKS_INSTANCES[node.instanceType] : undefined;
		if (inst) return eksMaxPods(inst.enis, inst.ipsPerEni);
		return figure(
			'Max pods',
			KUBEADM.maxPods.value,
			'count',
			`No known instance type, so the kubelet’s default of ${formatCount(KUBEADM.maxPods.value)} is used.`,
			[fromCatalog('kubelet default', KUBEADM.maxPods)],
			true
		);
	}
	if (node.platform === 'aks') {
		const network = node.network ?? 'overlay';
		const c = AKS.maxPodsByNetwork[network];
		return figure(
			'Max pods',
			c.value,
			'count',
			`AKS allows ${formatCount(c.value)} pods per node by default with ${AKS_NETWORK_NAMES[network]} (Azure CNI Overlay ${formatCount(AKS.maxPodsByNetwork.overlay.value)}, node subnet ${formatCount(AKS.maxPodsByNetwork.nodeSubnet.value)}, kubenet ${formatCount(AKS.maxPodsByNetwork.kubenet.value)}).`,
			[fromCatalog(`Default max pods, ${AKS_NETWORK_NAMES[network]}`, c)]
		);
	}
	const c = { gke: GKE.maxPods, kubeadm: KUBEADM.maxPods }[node.platform];
	return figure(
		'Max pods',
		c.value,
		'count',
		`${PLATFORM_NAMES[node.platform]} allows ${formatCount(c.value)} pods per node by default.`,
		[fromCatalog('Default max pods', c)]
	);
}

/** AWS's recommended ceiling for a max-pods override on a node of this size. */
const eksRecommendedMaxPods = (node: KubernetesNode) =>
	node.cpuCores < 30 ? EKS.recommendedMaxPodsSmall : EKS.recommendedMaxPodsLarge;
