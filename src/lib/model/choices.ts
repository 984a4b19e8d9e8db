/**
 * What a person may choose for a host or a group, with its label and what it means: the views'
 * selects are built from these lists, so they never read the catalog tables themselves. Every
 * number said here comes from the same cited value the model computes with. Pure.
 */
import {
	ENGINE_INFO,
	GUEST_OSES,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	NETWORK_MODES,
	type Cited,
	type SourceId
} from './catalog';
import {
	AKS,
	AKS_NETWORK_NAMES,
	AKS_NETWORKS,
	EKS_IMAGE_NAMES,
	EKS_IMAGES,
	EKS_INSTANCES,
	NODE_PRESETS,
	PLATFORM_NAMES,
	type AksNetwork,
	type EksImage
} from './catalog/kubernetes';
import { defaultUtilityVmLimitMiB, hostLacksLinuxKernel } from './hostSettings';
import { maxPods, maxPodsBound } from './kubernetes';
import { workloadBook } from './workloadBook';
import { KIND_MODULES } from './kinds';
import { formatCount, formatPercent } from './format';
import {
	CONTAINER_NETWORKS,
	ENGINES,
	GUEST_MEMORY_MODES,
	GUEST_OS_IDS,
	HOST_OSES,
	HYPERVISORS,
	IMAGE_CACHES,
	ISOLATIONS,
	KUBE_PLATFORMS,
	type ContainerNetwork,
	type Engine,
	type GuestMemoryMode,
	type GuestOsId,
	type Host,
	type HostOs,
	type Hypervisor,
	type ImageCache,
	type Isolation,
	type Kind,
	type KubePlatform,
	type KubernetesSettings,
	type OwnWorkload,
	type WorkloadRef
} from './types';

/** One option of a select: its value, its label, and (where it helps) what choosing it means. */
export interface Choice<T extends string> {
	value: T;
	label: string;
	/** What it means, in a sentence (numbers formatted from the cited values). */
	description?: string;
}

export const HOST_OS_CHOICES: readonly Choice<HostOs>[] = HOST_OSES.map((os) => ({
	value: os,
	label: HOST_OS_INFO[os].name
}));

export const ENGINE_CHOICES: readonly Choice<Engine>[] = ENGINES.map((e) => ({
	value: e,
	label: ENGINE_INFO[e].name
}));

const CACHE_LABEL: Record<ImageCache, [string, string]> = {
	warm: ['Warm', 'Images are already on the host: nothing is pulled.'],
	cold: [
		'Cold (pull first)',
		'Each image is pulled over the network and unpacked before it starts.'
	]
};
export const IMAGE_CACHE_CHOICES: readonly Choice<ImageCache>[] = IMAGE_CACHES.map((c) => ({
	value: c,
	label: CACHE_LABEL[c][0],
	description: CACHE_LABEL[c][1]
}));

/** A hypervisor as the host settings offer it. */
export interface HypervisorChoice {
	name: string;
	type: 1 | 2;
	/** Host OSes it runs on; null for a bare-metal hypervisor that is itself the host OS. */
	hostOses: readonly HostOs[] | null;
	/** True when it publishes no overhead figures: every figure of it is the model's estimate. */
	allEstimates: boolean;
}

/** Its VMM process instead of a published formula, and no published figure at all. */
function allEstimates(hv: Hypervisor): boolean {
	const h = HYPERVISOR_INFO[hv];
	if (h.overhead !== 'process') return false;
	const figures: (Cited | undefined)[] = [
		h.cpuOverheadPct,
		h.ioOverheadPct,
		h.processMiB,
		...h.hostServices.map((p) => p.value),
		...h.firmware.map((p) => p.value)
	];
	return figures.every((c) => !c || c.estimate);
}

/** Every hypervisor, in the model's order, with what the host settings need to offer it. */
export const HYPERVISOR_CHOICES: Readonly<Record<Hypervisor, HypervisorChoice>> =
	Object.fromEntries(
		HYPERVISORS.map((hv) => [
			hv,
			{
				name: HYPERVISOR_INFO[hv].name,
				type: HYPERVISOR_INFO[hv].type,
				hostOses: HYPERVISOR_INFO[hv].hostOses,
				allEstimates: allEstimates(hv)
			}
		])
	) as Record<Hypervisor, HypervisorChoice>;

/** A container network mode with what it costs per unit of network I/O, from its cited figure. */
export interface NetworkChoice extends Choice<ContainerNetwork> {
	ioOverheadPct: number;
	source: SourceId;
}

const NETWORK_MEANING: Record<ContainerNetwork, string> = {
	bridge:
		'Docker’s default: each container gets its own address behind a Linux bridge, and traffic to the outside is translated (NAT).',
	host: 'Containers use the host’s own network stack (--net=host): no bridge and no NAT, but they share the host’s ports.'
};
export const CONTAINER_NETWORK_CHOICES: readonly NetworkChoice[] = CONTAINER_NETWORKS.map((n) => {
	const c = NETWORK_MODES[n].ioOverheadPct;
	return {
		value: n,
		label: NETWORK_MODES[n].name,
		description: `${NETWORK_MEANING[n]} Each unit of network I/O costs ${c.value > 0 ? `about ${formatPercent(c.value)} more CPU` : 'about what it costs natively'}.`,
		ioOverheadPct: c.value,
		source: c.source
	};
});

/** How guest RAM is committed, with the risk a person takes by choosing it. */
export interface GuestMemoryChoice extends Choice<GuestMemoryMode> {
	/** What can go wrong; empty when nothing is promised beyond what is counted. */
	risk: string;
}
export const GUEST_MEMORY_CHOICES: readonly GuestMemoryChoice[] = GUEST_MEMORY_MODES.map((m) =>
	m === 'reserved'
		? {
				value: m,
				label: 'Reserved up front',
				description:
					'Every guest’s RAM is counted from the moment it starts, used or not (Hyper-V static memory, reservations, huge pages). The teaching view.',
				risk: ''
			}
		: {
				value: m,
				label: 'Backed when first touched',
				description:
					'The host backs guest RAM only when the guest first touches it (QEMU/KVM, Firecracker, ESXi), and a balloon driver can hand it back where the hypervisor has one: the host can promise more than it has.',
				risk: 'If the guests come to use what they were promised, the host swaps, or its out-of-memory killer ends VMs.'
			}
);

/** Windows containers' isolation, with what each needs. */
export const ISOLATION_CHOICES: readonly Choice<Isolation>[] = ISOLATIONS.map((i) =>
	i === 'process'
		? {
				value: i,
				label: 'Process isolation',
				description:
					'Shares the host’s Windows kernel, like a Linux container. Windows Server only: client editions (Windows 10 and 11) allow only Hyper-V isolation.'
			}
		: {
				value: i,
				label: 'Hyper-V isolation',
				description:
					'Each container runs in a small Hyper-V VM with its own kernel: stronger isolation, more memory and a slower start. The only isolation Windows client editions allow.'
			}
);

/** The guest OSes a group of this kind and workload family may run; empty for kinds without a guest. */
export function guestOsChoices(kind: Kind, family: 'linux' | 'windows'): Choice<GuestOsId>[] {
	// Only kinds that boot a guest of the person's choice offer one (a microVM needs a Linux one).
	const choice = KIND_MODULES[kind].guestChoice;
	if (choice === 'none') return [];
	const wanted = choice === 'linux' ? 'linux' : family;
	return GUEST_OS_IDS.filter((id) => GUEST_OSES[id].family === wanted).map((id) => ({
		value: id,
		label: GUEST_OSES[id].name,
		description:
			id === 'minimal-linux'
				? 'A minimal kernel and a single-purpose init that starts the app: the microVM default.'
				: undefined
	}));
}

/** A guest OS's name, for the "Default (…)" option of a group's guest select. */
export const guestOsName = (id: GuestOsId): string => GUEST_OSES[id].name;

/** The hidden Linux VM of a macOS or Windows host: its name and default memory limit; null on Linux. */
export function utilityVmChoice(host: Host): { name: string; defaultLimitMiB: number } | null {
	if (!hostLacksLinuxKernel(host)) return null;
	return {
		name: HOST_OS_INFO[host.os].utilityVmName,
		defaultLimitMiB: Math.min(host.memoryMiB, defaultUtilityVmLimitMiB(host))
	};
}

/** A cloud instance type: choosing it sizes the node. */
export interface InstanceTypeChoice extends Choice<string> {
	cpuCores: number;
	memoryMiB: number;
}

/** A Kubernetes platform as the node settings offer it. */
export interface PlatformChoice extends Choice<KubePlatform> {
	/** Its instance types, with their size; they set the pod limit (EKS). Empty when the model knows none. */
	instanceTypes: InstanceTypeChoice[];
}
export const KUBE_PLATFORM_CHOICES: readonly PlatformChoice[] = KUBE_PLATFORMS.map((p) => ({
	value: p,
	label: PLATFORM_NAMES[p],
	instanceTypes:
		p === 'eks'
			? Object.entries(EKS_INSTANCES).map(([name, i]) => ({
					value: name,
					label: `${name} (${formatCount(i.cpuCores)} vCPUs, ${formatCount(i.memoryMiB / 1024)} GiB)`,
					cpuCores: i.cpuCores,
					memoryMiB: i.memoryMiB
				}))
			: []
}));

/** The node's pod limit when the person sets none: the platform's default, EKS's by instance type, AKS's by network plugin. */
export function defaultMaxPods(host: Host, k: KubernetesSettings): number {
	return maxPods({
		platform: k.platform,
		cpuCores: host.cpuCores,
		memoryMiB: host.memoryMiB,
		instanceType: k.instanceType,
		network: k.network
	}).value;
}

/** The most max pods the platform accepts (GKE 256, AKS 250, kubenet 110); Infinity when it sets no bound. */
export const maxPodsLimit = (k: KubernetesSettings): number => maxPodsBound(k).max;

/** An AKS network plugin, with the default pod limit it brings. */
export interface AksNetworkChoice extends Choice<AksNetwork> {
	defaultMaxPods: number;
}
export const AKS_NETWORK_CHOICES: readonly AksNetworkChoice[] = AKS_NETWORKS.map((n) => ({
	value: n,
	label: `${AKS_NETWORK_NAMES[n]} (${formatCount(AKS.maxPodsByNetwork[n].value)} pods by default)`,
	defaultMaxPods: AKS.maxPodsByNetwork[n].value
}));

/** An EKS node image, and how it reserves memory when max pods is overridden. */
export interface EksImageChoice extends Choice<EksImage> {
	/** True when kube-reserved memory follows a max-pods override (Bottlerocket). */
	reservesByOverride: boolean;
}
export const EKS_IMAGE_CHOICES: readonly EksImageChoice[] = EKS_IMAGES.map((i) => ({
	value: i,
	label: EKS_IMAGE_NAMES[i],
	reservesByOverride: i === 'bottlerocket'
}));

/** A common node shape: choosing it sets the host's size and its Kubernetes settings in one step. */
export interface NodePresetChoice {
	id: string;
	label: string;
	patch: Pick<Host, 'cpuCores' | 'memoryMiB' | 'kubernetes' | 'engine' | 'cpuOvercommit'>;
}
export const NODE_PRESET_CHOICES: readonly NodePresetChoice[] = NODE_PRESETS.map((p) => ({
	id: p.id,
	label: p.name,
	patch: {
		cpuCores: p.cpuCores,
		memoryMiB: p.memoryMiB,
		engine: p.engine,
		cpuOvercommit: p.cpuOvercommit,
		kubernetes: {
			platform: p.platform,
			...(p.instanceType ? { instanceType: p.instanceType } : {}),
			...(p.maxPods !== undefined ? { maxPods: p.maxPods } : {})
		}
	}
}));

/**
 * A workload's CPU demand per instance when a group sets none: the catalog's light-load figure, or
 * what the person gave their own workload. Undefined for a workload the scenario does not have.
 */
export function defaultDemandCores(
	workloads: readonly OwnWorkload[] | undefined,
	ref: WorkloadRef
): number | undefined {
	return workloadBook(workloads).get(ref)?.demandCores.value;
}
