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

export interface StartupPhase {
	phase: Phase;
	ms: number;
}

/** What one more instance of a group adds, once the group's first instance is placed. */
export interface Marginal {
	memoryMiB: number;
	diskMiB: number;
	vcpus: number;
	demandCores: number;
}

export interface GroupReport {
	id: string;
	kind: Kind;
	workload: WorkloadRef;
	/** The workload's name: the catalog's, or the one the person gave it. */
	workloadName: string;
	/** The OS family the workload needs. */
	family: 'linux' | 'windows';
	/** The guest OS of a VM or microVM; undefined for containers. */
	guestOs?: GuestOsId;
	/** That guest OS's name ("Ubuntu Server 24.04"). */
	guestOsName?: string;
	count: number;
	supported: boolean;
	reason?: string;
	memory: {
		perInstance: Record<Layer, number>;
		perInstanceMiB: number;
		totalMiB: number;
		/** The group's share of host memory by layer, sharing applied; sums to totalMiB. */
		totalByLayer: Record<Layer, number>;
		/** What each instance after the first adds, by layer (shared pages left out). */
		marginalByLayer: Record<Layer, number>;
		/** RAM given to one guest (VMs and microVMs; 0 for containers), whether or not it is resident. */
		allocatedMiB: number;
	};
	diskMiB: { perInstance: number; total: number };
	/** One instance on an idle host, and all `count` of them started together on this host. */
	startup: {
		phases: StartupPhase[];
		readyMs: number;
		allReadyMs: number;
		/** What holds all of them back: nothing (as fast as one), the creation rate, or the CPU. */
		allReadyLimitedBy: StartLimit;
	};
	cpu: { vcpus: number; demandCores: number; overheadPct: number };
	/** What each instance after the first adds to the host (sharing applied). */
	marginal: Marginal;
	/** Its image's layers, bottom first, as the disk holds them (ids are shared between images). */
	image: ImageLayerReport[];
	/** The image's layers are stored once per host and shared between images (containers, gVisor, Kata). */
	imageShared: boolean;
	/** A guest's own OS on its virtual disk (VMs and microVMs): its name and size. */
	guestDisk?: { osName: string; osMiB: number };
	/** How many of this group's instances fit, placing groups in order. */
	fitCount: number;
}

export type NoteLevel = 'info' | 'warning' | 'error';

export interface Note {
	level: NoteLevel;
	message: string;
	groupId?: string;
}

export interface Report {
	memory: {
		capacityMiB: number;
		usedMiB: number;
		byLayer: Record<Layer, number>;
		sharedSavedMiB: number;
		/** Host-level costs (host OS, hypervisor base, engine, utility VM), each counted once. */
		hostLevel: Record<Layer, number>;
		/** RAM promised to every VM and microVM asked for (allocated × count), resident or not. */
		promisedMiB: number;
	};
	/** The hidden Linux VM for containers on macOS/Windows; null when none runs. */
	utilityVm: UtilityVmReport | null;
	/**
	 * Every group's instances started together: when the last one is ready, what holds it back
	 * (the slowest group's creation rate, or the CPU work of every start shared by the host's
	 * cores), and the slowest group (null when nothing starts).
	 */
	startup: { allReadyMs: number; limitedBy: StartLimit; groupId: string | null };
	/** The host's platform by name, and where its hypervisor sits. */
	platform: PlatformReport;
	/** The Kubernetes node this host is; null when it is not one. */
	kubernetes: KubernetesReport | null;
	/** Every workload the scenario can use: the catalog's, then the person's own. */
	workloads: WorkloadEntry[];
	cpu: {
		capacityCores: number;
		/** cpuCores × cpuOvercommit: how many vCPUs may be handed out. */
		vcpuCapacity: number;
		allocatedVcpus: number;
		demandCores: number;
	};
	disk: { capacityMiB: number; usedMiB: number; sharedSavedMiB: number };
	/** Hard per-host counts (VMs per host, ports per Linux bridge). */
	limits: { name: string; used: number; max: number }[];
	fits: boolean;
	/** The resource that ran out first when something does not fit; null when everything fits. */
	limitedBy: Resource | null;
	/** What ran out first, in a sentence ("The 41st VM of … does not fit: …"); null when everything fits. */
	shortage: { message: string; groupId?: string } | null;
	groups: GroupReport[];
	notes: Note[];
}

export interface ImageLayerReport {
	id: string;
	name: string;
	compressedMiB: number;
	unpackedMiB: number;
	/** An OS userland: a VM has its own OS instead, and images that share it store it once. */
	base: boolean;
}

/** A workload the scenario can use, by name: the catalog's and the person's own. */
export interface WorkloadEntry {
	id: WorkloadRef;
	name: string;
	family: 'linux' | 'windows';
	own: boolean;
	/** Its container image's name ("nginx"). */
	image: string;
	/** The image's layers, bottom first (ids are shared between images). */
	layers: ImageLayerReport[];
	/** What a running container writes to its read-write layer. */
	rwLayerMiB: number;
}

/** What bounds starting many instances at once. */
export type StartLimit = 'none' | 'rate' | 'cpu';

/** The hidden Linux VM that runs Linux containers on a macOS or Windows host. */
export interface UtilityVmReport {
	name: string;
	/** Its memory limit: what its containers may use at most, with the VM's own needs. */
	limitMiB: number;
	/** What it holds: its idle footprint plus its containers. */
	usedMiB: number;
	/** Its idle footprint alone (kernel, services, engine, VMM). */
	idleMiB: number;
	/** That footprint by part. */
	parts: UtilityVmParts;
}

/** The hidden Linux VM's idle footprint by part. */
export interface UtilityVmParts {
	/** The VM's monitor on the host. */
	vmmMiB: number;
	kernelMiB: number;
	/** Its services around the engine. */
	servicesMiB: number;
	/** The container engine inside it. */
	engineMiB: number;
	totalMiB: number;
}

/**
 * Where a hypervisor sits in a VM's stack, bottom to top:
 * - `hosted` (type 2): hardware → host OS → hypervisor, an application on it → VMs;
 * - `bare` (type 1, no host OS, e.g. ESXi): hardware → hypervisor, which is the host → VMs;
 * - `kernel` (type 1 inside the host OS's kernel, KVM): hardware → host OS, whose kernel the
 *   hypervisor module turns into the hypervisor → VMs — why KVM counts as type 1;
 * - `partition` (type 1 under a host OS that runs beside the VMs, Hyper-V): hardware →
 *   hypervisor → the host OS's management partition beside the VMs.
 */
export type HypervisorPlacement = 'hosted' | 'bare' | 'kernel' | 'partition';

/** The host's platform by name. */
export interface PlatformReport {
	hostOsName: string;
	hypervisorName: string;
	hypervisorType: 1 | 2;
	placement: HypervisorPlacement;
	engineName: string;
	/** The hypervisor's own services (libvirt and the like) as paid now: while VMs run, and always for a bare-metal one. */
	hypervisorServicesMiB: number;
}

/** A Kubernetes node: what its platform holds back, and what is left for pods. */
export interface KubernetesReport {
	/** "Google Kubernetes Engine". */
	platform: string;
	allocatableMiB: number;
	allocatableCores: number;
	/** Reserved for the system and kubelet, plus the eviction threshold: memory pods cannot have. */
	heldBackMiB: number;
	heldBackCores: number;
	/** The kubelet and the node's system DaemonSets. */
	agentsMiB: number;
	maxPods: number;
	pods: number;
}

export interface Density {
	count: number;
	limitedBy: Resource;
	/** Why the count is what it is, in words (always set; explains a count of 0 too). */
	reason: string;
}
