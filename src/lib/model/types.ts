/**
 * The model's public types. Units: memory and disk in MiB unless a name says GiB, times in ms,
 * CPU in cores. Fixed sets are `as const` arrays; the same arrays validate input.
 */

/** From the strongest isolation to the weakest: a full VM, a microVM, a Kata pod VM, gVisor's user-space kernel, a plain container. */
export const KINDS = ['vm', 'microvm', 'kata', 'gvisor', 'container'] as const;
export type Kind = (typeof KINDS)[number];

export const HOST_OSES = ['linux', 'windows', 'macos'] as const;
export type HostOs = (typeof HOST_OSES)[number];

/** Type 1: kvm, esxi, hyperv. Type 2 (hosted on the host OS): the rest. */
export const HYPERVISORS = [
	'kvm',
	'esxi',
	'hyperv',
	'virtualbox',
	'apple-vz',
	'parallels',
	'vmware-fusion'
] as const;
export type Hypervisor = (typeof HYPERVISORS)[number];

export const ENGINES = ['docker', 'containerd', 'podman'] as const;
export type Engine = (typeof ENGINES)[number];

export const WORKLOAD_IDS = [
	'hello',
	'nginx',
	'redis',
	'postgres',
	'java-api',
	'python-api',
	'node-api',
	'windows-iis'
] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];

/** A workload a person defined in the scenario: `own-` and a short name. */
export type OwnWorkloadId = `own-${string}`;
/** A catalog workload or one of the scenario's own. */
export type WorkloadRef = WorkloadId | OwnWorkloadId;

/** One of a person's own image layers, above the shared base. */
export interface OwnLayer {
	name: string;
	/** What a pull downloads (compressed), in MiB. */
	compressedMiB: number;
}

/**
 * A person's own workload. Anything left out comes from `base`, the nearest catalog workload, so
 * a workload needs only what the person knows; its image sits on a catalog base layer, so it still
 * shares that base with other images on the host.
 */
export interface OwnWorkload {
	id: OwnWorkloadId;
	name: string;
	family: 'linux' | 'windows';
	base: WorkloadId;
	/** A catalog base layer (an OS userland) the image builds on; absent = the base workload's. */
	baseLayer?: string;
	layers?: OwnLayer[];
	/** The app's working set, MiB. */
	appMiB?: number;
	/** Its libraries' resident pages, MiB. */
	binsLibsMiB?: number;
	/** Average CPU demand per instance at its load, cores. */
	demandCores?: number;
	/** Share of its work that is I/O, 0–1. */
	ioShare?: number;
	appStartMs?: number;
	/** What a running instance writes to its read-write layer, MiB. */
	rwLayerMiB?: number;
	/** Figures measured on a real system (docker stats, kubectl top), shown beside the model's. */
	measured?: { memoryMiB?: number; cpuCores?: number; imageMiB?: number; source: string };
}

export const GUEST_OS_IDS = [
	'minimal-linux',
	'ubuntu-24.04',
	'debian-12',
	'alpine-3',
	'windows-server-2022-core',
	'windows-server-2022-desktop'
] as const;
export type GuestOsId = (typeof GUEST_OS_IDS)[number];

export const IMAGE_CACHES = ['warm', 'cold'] as const;
export type ImageCache = (typeof IMAGE_CACHES)[number];

/** How containers reach the network: Docker's bridge with NAT (the default), or the host's own stack. */
export const CONTAINER_NETWORKS = ['bridge', 'host'] as const;
export type ContainerNetwork = (typeof CONTAINER_NETWORKS)[number];

/**
 * How the host commits a guest's RAM: all of it when the guest starts (the default, and the
 * teaching view), or only the pages the guest touches (QEMU/KVM, Firecracker, ESXi; Hyper-V with
 * Dynamic Memory), which lets the host promise more than it has.
 */
export const GUEST_MEMORY_MODES = ['reserved', 'onTouch'] as const;
export type GuestMemoryMode = (typeof GUEST_MEMORY_MODES)[number];

/** Kubernetes platforms whose node reservations the model knows. */
export const KUBE_PLATFORMS = ['kubeadm', 'gke', 'eks', 'aks'] as const;
export type KubePlatform = (typeof KUBE_PLATFORMS)[number];

/** A host that is a Kubernetes node: its platform's reservations and pod limit apply. */
export interface KubernetesSettings {
	platform: KubePlatform;
	/** Overrides the platform's pod limit (110 by default; EKS by its network interfaces; AKS up to 250). */
	maxPods?: number;
	/** EKS: the EC2 instance type, whose network interfaces set the pod limit. */
	instanceType?: string;
}

/** How a Windows container is isolated: sharing the host's kernel, or in a small Hyper-V VM of its own. */
export const ISOLATIONS = ['process', 'hyperv'] as const;
export type Isolation = (typeof ISOLATIONS)[number];

/** How a VM's disk is provisioned: a full copy of the guest image, or a linked clone of a shared base. */
export const DISK_MODES = ['full', 'linkedClone'] as const;
export type DiskMode = (typeof DISK_MODES)[number];

export const LAYERS = [
	'hostOs',
	'hypervisor',
	'engine',
	'guestKernel',
	'guestOs',
	'binsLibs',
	'app',
	'runtime',
	'idle'
] as const;
/** idle = memory allocated to a VM but not used by anything inside it. */
export type Layer = (typeof LAYERS)[number];

export const PHASES = [
	'imagePull',
	'unpack',
	'firmware',
	'bootloader',
	'kernel',
	'init',
	'sandbox',
	'appStart'
] as const;
export type Phase = (typeof PHASES)[number];

export const RESOURCES = ['memory', 'cpu', 'disk', 'limit'] as const;
export type Resource = (typeof RESOURCES)[number];

export interface Host {
	cpuCores: number;
	memoryMiB: number;
	diskGiB: number;
	os: HostOs;
	hypervisor: Hypervisor;
	engine: Engine;
	/** vCPUs that may be allocated per physical core (1 = none, up to 100). */
	cpuOvercommit: number;
	/** KSM / transparent page sharing between identical VMs. */
	pageSharing: boolean;
	imageCache: ImageCache;
	/** Bandwidth for pulling images when the cache is cold. */
	networkMbps: number;
	/** Containers' network mode; absent = 'bridge'. */
	containerNetwork?: ContainerNetwork;
	/** How guest RAM is committed; absent = 'reserved'. */
	guestMemory?: GuestMemoryMode;
	/** Memory limit of the hidden Linux VM for containers on macOS/Windows; absent = its default share. */
	utilityVmMemoryMiB?: number;
	/** A Kubernetes node: containers run as pods, within the platform's allocatable and pod limit. */
	kubernetes?: KubernetesSettings;
}

export interface Template {
	kind: Kind;
	workload: WorkloadRef;
	vcpus?: number;
	memoryMiB?: number;
	guestOs?: GuestOsId;
	/** VMs and microVMs: a full disk image each (default) or linked clones of one base image. */
	diskMode?: DiskMode;
	/** The app's average CPU demand per instance at this group's load, in cores; absent = the catalog's light load. */
	demandCores?: number;
	/** Windows containers only: process isolation (the default on Windows Server) or Hyper-V isolation. */
	isolation?: Isolation;
	/** Memory request per instance, MiB (Kubernetes `resources.requests.memory`); a Kubernetes node fits pods by requests. */
	requestMiB?: number;
	/** CPU request per instance, cores (Kubernetes `resources.requests.cpu`). */
	requestCores?: number;
}

export interface Group extends Template {
	id: string;
	count: number;
	label?: string;
}

export interface Scenario {
	version: 1;
	name: string;
	host: Host;
	groups: Group[];
	/** Workloads the person defined (from a form, a compose file or a manifest). */
	workloads?: OwnWorkload[];
}

export type * from './reportTypes';
