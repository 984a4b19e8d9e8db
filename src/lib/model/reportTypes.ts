/**
 * The model's report types: what `evaluate` returns, and what views read. Units as in types.ts:
 * memory and disk in MiB, times in ms, CPU in cores.
 */
import type { Kind, WorkloadRef, GuestOsId, Layer, Phase, Resource } from './types';

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
	/** Memory it adds inside the hidden Linux VM, within that VM's limit (0 when it runs elsewhere). */
	utilityVmMiB: number;
	/** The host's hard limits it takes one of each of (see Report.limits). */
	limits: LimitId[];
}

/** A hard per-host count: VMs per hypervisor host, containers per Linux bridge, pods per node. */
export type LimitId = 'vms' | 'bridge' | 'pods';

/** A hard per-host count, as data: which one, its name, how many are used of how many. */
export interface HardLimit {
	id: LimitId;
	/** "VMs per VMware ESXi host", for display only: read `id` and `kinds`, never parse it. */
	name: string;
	used: number;
	max: number;
	/**
	 * The kinds whose instances count against it on this host (for the bridge, those of a Linux
	 * workload); a group's own `marginal.limits` says exactly which it takes.
	 */
	kinds: Kind[];
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
	/**
	 * vcpus: handed out per instance; demandCores: what one keeps busy on average, overhead
	 * included; loadCores: the app's own average demand it assumes, before overhead; loadChosen:
	 * whether the scenario set that load (false: the catalog's light-load figure, which nobody chose).
	 */
	cpu: {
		vcpus: number;
		demandCores: number;
		overheadPct: number;
		loadCores: number;
		loadChosen: boolean;
	};
	/**
	 * What one pod reserves with the scheduler on a Kubernetes node: its requests, RuntimeClass
	 * overhead included; bestEffort when it requests nothing. All zero and false off a node.
	 */
	requests: { memoryMiB: number; cores: number; bestEffort: boolean };
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
	/** Hard per-host counts (VMs per host, ports per Linux bridge, pods per node). */
	limits: HardLimit[];
	fits: boolean;
	/** The resource that ran out first when something does not fit; null when everything fits. */
	limitedBy: Resource | null;
	/** What ran out first, in a sentence ("The 41st VM of … does not fit: …"); null when everything fits. */
	shortage: Shortage | null;
	groups: GroupReport[];
	notes: Note[];
}

/** What ran out first, in words and as data. */
export interface Shortage {
	message: string;
	/** The group whose instance did not fit; absent when the host's own software does not. */
	groupId?: string;
	resource: Resource;
	/** Which hard limit, when a hard limit ran out. */
	limit: LimitId | null;
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
	/** Every pod the node allows, its system pods included. */
	maxPods: number;
	/** The platform's own pods on the node (they take slots of maxPods), and their names. */
	systemPods: number;
	systemPodNames: string[];
	/** Slots left for workload pods: maxPods − systemPods. */
	workloadPods: number;
	/** Workload pods asked for. */
	pods: number;
	/** What every workload pod asked for requests, RuntimeClass overhead included. */
	requestedMiB: number;
	requestedCores: number;
	/** Host memory less the host's own software: room for what pods actually use (not allocatable). */
	physicalFreeMiB: number;
	/** Average busy CPU of everything on the node. */
	busyCores: number;
	/**
	 * The two answers: by requests (the scheduler: requests within allocatable, pods within their
	 * slots) and by usage (resident memory within the node's memory, busy CPU within its cores),
	 * which one limits (null when both fit), and a sentence saying so.
	 */
	fit: {
		byRequests: boolean;
		byUsage: boolean;
		limitedBy: 'requests' | 'usage' | 'both' | null;
		summary: string;
	};
}

export interface Density {
	count: number;
	limitedBy: Resource;
	/** Which hard limit ran out first, when one did; null otherwise (and when it cannot run). */
	limit: LimitId | null;
	/** Why the count is what it is, in words (always set; explains a count of 0 too). */
	reason: string;
	/**
	 * The CPU load the count assumes per instance: the app's average demand (appCores), what one
	 * instance keeps busy with overhead (busyCores), and whether the scenario chose it (false: the
	 * catalog's light-load figure). The count depends on it when limitedBy is 'cpuTime'.
	 */
	load: { appCores: number; busyCores: number; chosen: boolean };
	/**
	 * On a Kubernetes node, how many fit by each answer alone: by requests and pod slots (the
	 * scheduler), and by usage (memory, busy CPU, disk). null on a host that is not a node.
	 */
	node: { byRequests: number; byUsage: number } | null;
}
