import type { Engine, HostOs, Hypervisor } from '../types';
import { cited, estimate, type Cited } from './cited';
import type { OsFamily } from './guestOs';

export interface HostOsInfo {
	name: string;
	/** Resident memory of the host OS itself at idle. */
	memoryMiB: Cited;
	/** The kernel family containers run on natively. macOS runs none: containers need a Linux VM. */
	nativeContainerFamily: OsFamily | null;
}

export const HOST_OS_INFO: Record<HostOs, HostOsInfo> = {
	linux: {
		name: 'Linux',
		memoryMiB: estimate(
			600,
			'MiB',
			'A server distribution (kernel, systemd, sshd, logging) idles at a few hundred MiB.'
		),
		nativeContainerFamily: 'linux'
	},
	windows: {
		name: 'Windows',
		memoryMiB: estimate(
			2048,
			'MiB',
			'Windows Server with Desktop Experience idles near 1.5–2 GiB.'
		),
		nativeContainerFamily: 'windows'
	},
	macos: {
		name: 'macOS',
		memoryMiB: estimate(
			4096,
			'MiB',
			'A desktop OS with its window server and background services.'
		),
		nativeContainerFamily: null
	}
};

export type OverheadFormula = 'esxi-table' | 'qemu' | 'hyperv' | 'virtualbox';

export interface HypervisorInfo {
	name: string;
	type: 1 | 2;
	/** Host OSes it runs on; null for a bare-metal hypervisor that is itself the host OS. */
	hostOses: readonly HostOs[] | null;
	/** Memory of the hypervisor's own host services (management daemons), once per host. */
	baseMiB: Cited;
	overhead: OverheadFormula;
	/** Firmware phase of a VM boot, including the VMM's own start. */
	firmwareMs: Cited;
	/** Extra CPU work per unit of guest computation. */
	cpuOverheadPct: Cited;
	/** Extra cost per unit of guest I/O. */
	ioOverheadPct: Cited;
	/** Hard limit on running VMs per host, if published. */
	maxVms: Cited | null;
}

export const HYPERVISOR_INFO: Record<Hypervisor, HypervisorInfo> = {
	kvm: {
		name: 'KVM (QEMU)',
		type: 1,
		hostOses: ['linux'],
		baseMiB: estimate(40, 'MiB', 'libvirtd and its helpers.'),
		overhead: 'qemu',
		firmwareMs: cited(
			893,
			'ms',
			'merwick-2018',
			'QEMU init 30 ms + default SeaBIOS to kernel 863 ms.'
		),
		cpuOverheadPct: cited(
			2.3,
			'percent',
			'felter-2015',
			'Linpack −2.3 % when the CPU topology is exposed (−55 % when it is not).'
		),
		ioOverheadPct: cited(
			50,
			'percent',
			'felter-2015',
			'fio 4K random read/write −49/−50 %; TCP_RR latency +80 %.'
		),
		maxVms: null
	},
	esxi: {
		name: 'VMware ESXi',
		type: 1,
		hostOses: null,
		baseMiB: estimate(
			1536,
			'MiB',
			'The vmkernel and host agents; ESXi replaces the host OS, whose cost is counted here instead.'
		),
		overhead: 'esxi-table',
		firmwareMs: estimate(2000, 'ms', 'Virtual EFI firmware with a boot-device scan.'),
		cpuOverheadPct: estimate(
			2.3,
			'percent',
			'Taken equal to KVM on CPU-bound work (Felter et al. measured KVM only).'
		),
		ioOverheadPct: estimate(
			40,
			'percent',
			'Paravirtual I/O; assumed a little better than KVM virtio in Felter et al.'
		),
		maxVms: cited(1024, 'count', 'vmware-configmax')
	},
	hyperv: {
		name: 'Microsoft Hyper-V',
		type: 1,
		hostOses: ['windows'],
		baseMiB: estimate(
			300,
			'MiB',
			'The VM management service; the Windows root partition is counted as the host OS.'
		),
		overhead: 'hyperv',
		firmwareMs: estimate(1500, 'ms', 'Generation 2 VM UEFI firmware.'),
		cpuOverheadPct: estimate(3, 'percent', 'Close to KVM on CPU-bound work.'),
		ioOverheadPct: estimate(45, 'percent', 'Synthetic devices through VMBus; close to KVM virtio.'),
		maxVms: cited(1024, 'count', 'hyperv-scale')
	},
	virtualbox: {
		name: 'Oracle VirtualBox',
		type: 2,
		hostOses: ['linux', 'windows', 'macos'],
		baseMiB: estimate(60, 'MiB', 'VBoxSVC and the GUI front end.'),
		overhead: 'virtualbox',
		firmwareMs: estimate(2500, 'ms', 'VirtualBox BIOS/EFI with its boot logo delay.'),
		cpuOverheadPct: estimate(
			8,
			'percent',
			'A type-2 hypervisor shares the CPU with a full host OS and its scheduler.'
		),
		ioOverheadPct: estimate(
			80,
			'percent',
			'Emulated or paravirtual devices through the host OS file and network stacks.'
		),
		maxVms: null
	}
};

/** Per-VM memory overhead coefficients. */
export const VM_OVERHEAD = {
	/** ESXi: MB of overhead by guest MB (rows) and vCPUs (columns). */
	esxiGuestMiB: [256, 1024, 4096, 16384] as const,
	esxiVcpus: [1, 2, 4, 8] as const,
	esxiTableMiB: [
		[20.29, 24.28, 32.23, 48.16],
		[25.9, 29.91, 37.86, 53.82],
		[48.64, 52.72, 60.67, 76.78],
		[139.62, 143.98, 151.93, 168.6]
	] as const,
	esxiSource: cited(
		0,
		'MiB',
		'vmware-overhead',
		'Interpolated linearly between the table points, extrapolated from the last two.'
	),
	qemuBaseMiB: cited(
		131,
		'MiB',
		'firecracker-paper',
		'QEMU process overhead in the Firecracker paper’s comparison.'
	),
	ramFraction: cited(
		0.002,
		'ratio',
		'kubevirt-overhead',
		'Page tables and device state: 0.2 % of guest RAM.'
	),
	perVcpuMiB: cited(8, 'MiB', 'kubevirt-overhead', '8 MiB per vCPU beyond the first.'),
	hypervFirstGiBMiB: cited(32, 'MiB', 'hyperv-overhead', 'For the first GB of guest RAM.'),
	hypervPerGiBMiB: cited(8, 'MiB', 'hyperv-overhead', 'For each further GB.'),
	virtualboxBaseMiB: estimate(
		120,
		'MiB',
		'VirtualBox publishes no figure; a type-2 VMM process is about the size of QEMU’s.'
	),
	firecrackerMiB: cited(
		5,
		'MiB',
		'firecracker-spec',
		'The VMM thread uses at most 5 MiB per microVM.'
	)
};

/** Firecracker-style microVMs. */
export const MICROVM = {
	/** InstanceStart to guest /sbin/init: VMM start and a minimal kernel, no firmware or bootloader. */
	kernelBootMs: cited(
		125,
		'ms',
		'firecracker-spec',
		'≤ 125 ms from InstanceStart to the guest’s /sbin/init.'
	),
	/** Resident memory of a minimal microVM guest kernel (no modules, few drivers). */
	kernelMiB: estimate(
		25,
		'MiB',
		'A minimal guest kernel config (virtio-mmio only, no modules) is a fraction of a distribution kernel.'
	),
	cpuOverheadPct: cited(2.3, 'percent', 'felter-2015', 'The same hardware virtualisation as KVM.'),
	ioOverheadPct: estimate(
		50,
		'percent',
		'virtio-mmio devices, comparable to KVM virtio in Felter et al.'
	)
};

export interface EngineInfo {
	name: string;
	/** Daemons that run once per host. */
	daemonMiB: Cited;
	/** Per-container runtime process (shim or conmon). */
	perContainerMiB: Cited;
	/** Create and start: namespaces, cgroups, network. */
	sandboxMs: Cited;
}

export const ENGINE_INFO: Record<Engine, EngineInfo> = {
	docker: {
		name: 'Docker Engine',
		daemonMiB: cited(120, 'MiB', 'moby-32711', 'dockerd under 60 MB plus containerd 57–64 MB.'),
		perContainerMiB: cited(
			10.5,
			'MiB',
			'containerd-7878',
			'containerd-shim-runc-v2 RSS 10–11 MB; its proportional share (PSS) can be as low as 1.2 MB (containerd-1767).'
		),
		sandboxMs: estimate(
			300,
			'ms',
			'containerd create + start ≈ 250 ms (moby-21737) plus the dockerd API round trip.',
			'moby-21737'
		)
	},
	containerd: {
		name: 'containerd',
		daemonMiB: cited(60, 'MiB', 'moby-32711', 'containerd 57–64 MB.'),
		perContainerMiB: cited(10.5, 'MiB', 'containerd-7878', 'containerd-shim-runc-v2 RSS 10–11 MB.'),
		sandboxMs: cited(250, 'ms', 'moby-21737', 'containerd create + start ≈ 250 ms.')
	},
	podman: {
		name: 'Podman',
		daemonMiB: estimate(0, 'MiB', 'Podman has no daemon.'),
		perContainerMiB: estimate(
			2,
			'MiB',
			'One conmon monitor process per container, a small C program.'
		),
		sandboxMs: estimate(
			400,
			'ms',
			'Each podman run sets up storage and network itself; a little slower than containerd’s 250 ms.',
			'moby-21737'
		)
	}
};

export const CONTAINERS = {
	/** Containers on macOS, or Linux containers on Windows, run inside a hidden Linux VM. */
	utilityVm: {
		vmmMiB: estimate(
			50,
			'MiB',
			'The VMM of the hidden VM (Apple Virtualization framework, or the WSL 2 Hyper-V VM).'
		),
		kernelMiB: estimate(60, 'MiB', 'The utility VM’s Linux kernel.'),
		servicesMiB: estimate(
			190,
			'MiB',
			'LinuxKit / WSL services around the engine; memory the VM does not use is returned to the host.'
		)
	},
	/** Windows containers (process isolation) each run a set of Windows system services. */
	windowsServicesMiB: estimate(
		150,
		'MiB',
		'smss, csrss, lsass and service hosts run inside each Windows container.'
	),
	windowsSandboxMs: estimate(3000, 'ms', 'Windows containers start much slower than Linux ones.'),
	/** A container on a bridge network takes one port of a Linux bridge. */
	maxPerBridge: cited(
		1023,
		'count',
		'linux-bridge-ports',
		'1,024 ports per bridge, one taken by the host side.'
	),
	/** NAT networking adds a little latency to I/O. */
	ioOverheadPct: estimate(
		3,
		'percent',
		'Felter et al. found Docker ≈ native; NAT networking adds a little latency.',
		'felter-2015'
	),
	cpuOverheadPct: cited(0, 'percent', 'felter-2015', 'Docker ≈ native on CPU-bound work.'),
	unpackMiBPerS: estimate(
		150,
		'MiB/s',
		'gzip decompression and writing files run at roughly 100–300 MB/s.'
	),
	unpackRatio: estimate(
		2.5,
		'ratio',
		'On disk, layers unpack to roughly 2–3× their compressed size.',
		'docker-repo-info'
	),
	registryRoundTripMs: estimate(
		150,
		'ms',
		'Token, manifest and blob requests: one round trip per layer.'
	)
};

export const SHARING = {
	/** Of a guest's kernel, OS-service and library pages, the share KSM/TPS merges between identical guests. */
	pageShareFraction: estimate(
		0.8,
		'ratio',
		'Code and read-only pages of identical guests are identical; some differ (randomisation, private data). Best case measured: 67 % of all VM memory over 10 identical VMs (waldspurger-2002); we share no idle or app memory, so our saving is smaller.',
		'waldspurger-2002'
	),
	/** CPU ksmd spends scanning for identical pages. */
	ksmdCores: estimate(
		0.05,
		'cores',
		'ksmd scanning with default settings uses a few per cent of one core.'
	),
	/** A linked clone starts as a small delta over a shared base image. */
	linkedCloneDeltaMiB: estimate(
		256,
		'MiB',
		'A fresh linked clone’s delta disk: logs, package caches, machine identity.'
	)
};

/** CPU a booted but otherwise idle guest OS uses (timers, services). */
export const GUEST_IDLE_CORES: Record<OsFamily, Cited> = {
	linux: estimate(0.01, 'cores', 'Timer ticks and idle services.'),
	windows: estimate(0.05, 'cores', 'Background services, telemetry and updates.')
};
