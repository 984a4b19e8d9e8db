import type { Cited } from '../catalog';
import type { Explanation } from '../explain/terms';
import type { Resolved } from '../resolve';
import type { GuestOsId, Host, Layer, Phase, StartupPhase } from '../types';
import type { Workload } from '../catalog/workloads';

/** One instance's memory by layer, as if it were alone on the host. */
export interface InstanceMemory {
	layers: Record<Layer, number>;
	/** How far the instance's needs exceed its allocated RAM or limit (0 when they fit). */
	shortfallMiB: number;
	/** RAM given to a guest up front (0 when the kind has no fixed allocation). */
	allocatedMiB: number;
}

/** The host-level costs an instance of this kind brings (each paid once per host). */
export interface HostNeeds {
	/** The hypervisor's management services (libvirt and the like). */
	vmServices: boolean;
	/** The container engine's daemons. */
	engine: boolean;
	/** A hidden Linux VM, because the host has no Linux kernel. */
	utilityVm: boolean;
}

/** What isolates one instance from its neighbours, for the isolation spectrum. */
export interface Isolation {
	/** Where the kind sits, from weakest (1) to strongest. */
	rank: number;
	/** The boundary in a few words: "a shared host kernel". */
	boundary: string;
	/** What an escape would have to break, in a sentence. */
	escape: string;
	/** Whose kernel serves its system calls: the host's, a user-space one, or a guest's own on a hypervisor. */
	kernel: 'host' | 'userSpace' | 'guest';
}

/** The explanation of one figure of one instance. */
export interface KindExplainers {
	layer(host: Host, r: Resolved, layer: Layer, value: number): Explanation;
	phase(host: Host, r: Resolved, phase: Phase, value: number): Explanation;
	disk(r: Resolved, value: number): Explanation;
	/** What the whole of one instance's memory is, in words (the parts are the layers). */
	memoryFormula(r: Resolved): string;
}

/**
 * Everything the model knows about one kind of instance, behind one interface: defaults, what runs
 * where, memory by layer, disk, startup, CPU, sharing, placement, and the explanation of each
 * figure from the same inputs. evaluate() loops over kinds through this; nothing outside the kind
 * modules asks which kind it holds.
 */
export interface KindModule extends KindExplainers {
	name: string;
	plural: string;
	isolation: Isolation;
	/** The guest OS a template gets when it names none (kinds with a guest of the person's choice). */
	defaultGuestOs(w: Workload): GuestOsId | undefined;
	/**
	 * Which guest OSes a person may choose for it: none (no guest, or one the runtime fixes), one
	 * of the workload's OS family, or a Linux one whatever the workload.
	 */
	guestChoice: 'none' | 'workloadFamily' | 'linux';
	/** RAM a template gets when it names none: a guest's allocation, or undefined for a limit. */
	defaultMemoryMiB(w: Workload): number | undefined;
	/** What a group's memoryMiB sets: the guest's RAM, or a limit on what its app may use. */
	memorySetting: 'ram' | 'limit';
	/** Why it cannot run here, or undefined. */
	unsupported(host: Host, r: Resolved): string | undefined;
	memory(host: Host, r: Resolved): InstanceMemory;
	diskMiB(r: Resolved): number;
	/** Disk one more instance adds once an identical one is on the host. */
	marginalDiskMiB(r: Resolved): number;
	/** Image layers stored once per host (by layer id), as containers do. */
	sharesImageLayers: boolean;
	/** Library pages shared between instances of one image, as containers do. */
	sharesImagePages(r: Resolved): boolean;
	/** Identical and zero pages merged by KSM/TPS when the host turns page sharing on. */
	pageSharing: boolean;
	/**
	 * Of its guest kernel's and guest OS's pages, the share each instance after the first on the
	 * host shares with it whatever the host's page-sharing setting (Hyper-V isolated containers map
	 * their base image from the host); undefined when it shares none this way.
	 */
	sharedGuestShare?(r: Resolved): Cited | undefined;
	phases(host: Host, r: Resolved): StartupPhase[];
	overheads(host: Host, r: Resolved): Overheads;
	/** CPU a started but idle instance keeps busy, beyond its app. */
	idleCores(r: Resolved): Cited | undefined;
	/** vCPUs are taken out of cores × overcommit (a container's are only a limit). */
	reservesVcpus: boolean;
	needs(host: Host, r: Resolved): HostNeeds;
	/** Counts against the hypervisor's VMs-per-host limit. */
	countsAsVm: boolean;
	/** On a Kubernetes node, each instance is a pod: it takes a pod slot and a pause container. */
	runsAsPod: boolean;
	/**
	 * What its RuntimeClass adds to every pod's requests on a node (podFixed overhead), MiB and
	 * cores; zero for a runtime that declares none.
	 */
	podOverhead: { memoryMiB: number; cores: number };
	/** Takes a port of the Linux bridge (containers on bridge networking). */
	usesBridge(host: Host, r: Resolved): boolean;
	/** Runs inside the hidden Linux VM, and so within its memory limit. */
	inUtilityVm(host: Host, r: Resolved): boolean;
	/** How many the host can create per second, and the catalog value that rate rests on. */
	creation(host: Host, r: Resolved): Creation;
}

/**
 * Extra CPU per unit of computation and per unit of I/O. With `relativeTo`, they were measured
 * against another runtime (gVisor against runc), so they apply on top of that runtime's own.
 */
export interface Overheads {
	cpu: Cited;
	io: Cited;
	relativeTo?: { name: string; cpu: Cited; io: Cited };
}

export interface Creation {
	perSecond: number;
	input: Cited;
	label: string;
}
