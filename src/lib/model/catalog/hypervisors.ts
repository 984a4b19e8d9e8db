import type { HostOs, Hypervisor } from '../types';
import { cited, estimate, type Cited, type Part } from './cited';
import { KVM_IO_OVERHEAD_PCT } from './felter';

/** How a hypervisor's per-VM memory overhead is computed (see memory.ts). */
export type OverheadFormula = 'esxi-table' | 'qemu' | 'hyperv' | 'process';

export interface HypervisorInfo {
	name: string;
	type: 1 | 2;
	/** Host OSes it runs on; null for a bare-metal hypervisor that is itself the host OS. */
	hostOses: readonly HostOs[] | null;
	/** The hypervisor's own host services (management daemons), once per host when VMs run. */
	hostServices: Part[];
	overhead: OverheadFormula;
	/** 'process' formula: the VMM process's own resident memory per VM. */
	processMiB?: Cited;
	/** The steps from "start the VM" to the guest's bootloader (VMM start, virtual firmware). */
	firmware: Part[];
	/** Extra CPU work per unit of guest computation. */
	cpuOverheadPct: Cited;
	/** Extra cost per unit of guest I/O. */
	ioOverheadPct: Cited;
	/** Hard limit on running VMs per host, if published. */
	maxVms: Cited | null;
	/** How guest RAM the guest does not use goes back to the host when memory is backed on touch. */
	reclaim: string;
	/**
	 * The large pages it backs guest RAM with, which page sharing cannot merge until the host is
	 * short of memory and breaks them into small ones; absent when sharing works on small pages.
	 */
	largePageMiB?: Cited;
}

/** Per-VM memory of QEMU as KubeVirt budgets it (renderresources.go, GetMemoryOverhead). */
export const QEMU = {
	processMiB: cited(
		30,
		'MiB',
		'kubevirt-renderresources',
		'QemuOverhead: the ps RSS of qemu, minus the RAM of its guest and its page tables.'
	),
	perVcpuMiB: cited(8, 'MiB', 'kubevirt-renderresources', '8 Mi of CPU tables per vCPU.'),
	ioThreadMiB: cited(8, 'MiB', 'kubevirt-renderresources', '8 Mi for the one IOThread.'),
	videoMiB: cited(
		16,
		'MiB',
		'kubevirt-renderresources',
		'16 Mi of video RAM when a graphics device is attached (the default).'
	),
	/** Guest RAM ÷ this = page-table memory. */
	pageTableDivisor: cited(
		512,
		'ratio',
		'kubevirt-renderresources',
		'Page tables: one byte per 512 bytes of guest RAM.'
	),
	/** The QEMU process measured whole, for comparison only. */
	measuredUpperBoundMiB: cited(
		131,
		'MiB',
		'firecracker-paper',
		'A QEMU process measured whole in the Firecracker paper’s comparison; an upper bound, not used in the formula.'
	)
};

/** VMware's sample overhead table: MB of overhead by guest MB (rows) and vCPUs (columns). */
export const ESXI_TABLE = {
	guestMiB: [256, 1024, 4096, 16384] as const,
	vcpus: [1, 2, 4, 8] as const,
	overheadMiB: [
		[20.29, 24.28, 32.23, 48.16],
		[25.9, 29.91, 37.86, 53.82],
		[48.64, 52.72, 60.67, 76.78],
		[139.62, 143.98, 151.93, 168.6]
	] as const,
	source: cited(
		0,
		'MiB',
		'vmware-overhead',
		'Interpolated linearly between the table points, extrapolated from the last two.'
	)
};

export const HYPERV_OVERHEAD = {
	firstGiBMiB: cited(32, 'MiB', 'hyperv-overhead', 'For the first GB of guest RAM.'),
	perGiBMiB: cited(8, 'MiB', 'hyperv-overhead', 'For each further GB.')
};

/** The 'process' formula borrows these terms from KubeVirt's QEMU budget. */
export const PROCESS_OVERHEAD = {
	perVcpuMiB: estimate(
		8,
		'MiB',
		'Borrowed from KubeVirt’s 8 Mi per vCPU for QEMU; this VMM publishes no figure.',
		'kubevirt-renderresources'
	),
	pageTableDivisor: estimate(
		512,
		'ratio',
		'Borrowed from KubeVirt’s page-table term (guest RAM ÷ 512); this VMM publishes no figure.',
		'kubevirt-renderresources'
	)
};

const sameAsKvmCpu = (name: string) =>
	estimate(2.3, 'percent', `Taken equal to KVM on CPU-bound work; ${name} publishes no figure.`);

export const HYPERVISOR_INFO: Record<Hypervisor, HypervisorInfo> = {
	kvm: {
		name: 'KVM (QEMU)',
		type: 1,
		hostOses: ['linux'],
		hostServices: [
			{
				label: 'virtqemud',
				value: cited(40, 'MiB', 'kubevirt-renderresources', 'The ps RSS of virtqemud.')
			},
			{
				label: 'virtlogd',
				value: cited(25, 'MiB', 'kubevirt-renderresources', 'The ps RSS of virtlogd.')
			}
		],
		overhead: 'qemu',
		firmware: [
			{
				label: 'QEMU start',
				value: cited(36.07, 'ms', 'qemu-boot-2019', 'q35 machine: qemu_init_end at 36.07 ms.')
			},
			{
				label: 'SeaBIOS to the kernel',
				value: cited(
					78.6,
					'ms',
					'qemu-boot-2019',
					'SeaBIOS with a bzImage: linux_start_kernel 78.60 ms after QEMU start. Merwick’s default setup took 863 ms here (merwick-2018), since fixed.'
				)
			}
		],
		cpuOverheadPct: cited(
			2.3,
			'percent',
			'felter-2015',
			'Linpack −2.3 % when the CPU topology is exposed (−55 % when it is not).'
		),
		ioOverheadPct: KVM_IO_OVERHEAD_PCT,
		maxVms: null,
		reclaim: 'QEMU backs guest RAM when the guest first touches it; virtio-balloon hands it back.'
	},
	esxi: {
		name: 'VMware ESXi',
		type: 1,
		hostOses: null,
		hostServices: [
			{
				label: 'vmkernel and host agents',
				value: estimate(
					1536,
					'MiB',
					'The vmkernel and host agents; ESXi replaces the host OS, whose cost is counted here instead.'
				)
			}
		],
		overhead: 'esxi-table',
		firmware: [
			{
				label: 'Virtual EFI firmware',
				value: estimate(2000, 'ms', 'Virtual EFI firmware with a boot-device scan.')
			}
		],
		cpuOverheadPct: sameAsKvmCpu('VMware'),
		ioOverheadPct: estimate(
			80,
			'percent',
			'Paravirtual devices (PVSCSI, VMXNET3); assumed a little better than KVM’s measured virtio cost.'
		),
		maxVms: cited(1024, 'count', 'vmware-configmax', 'Virtual machines per host: 1,024.'),
		reclaim:
			'ESXi backs guest RAM on touch, shares zero pages, and reclaims with its balloon driver.',
		largePageMiB: cited(
			2,
			'MiB',
			'vmware-tps-large-pages',
			'With hardware-assisted MMU, ESXi backs guest memory with 2 MB large pages when it can and does not share them; it still hashes their 4 KB pages, and breaks large pages to share those only when host memory is overcommitted.'
		)
	},
	hyperv: {
		name: 'Microsoft Hyper-V',
		type: 1,
		hostOses: ['windows'],
		hostServices: [
			{
				label: 'VM management service',
				value: estimate(
					300,
					'MiB',
					'The VM management service; the Windows root partition is counted as the host OS.'
				)
			}
		],
		overhead: 'hyperv',
		firmware: [
			{ label: 'UEFI firmware', value: estimate(1500, 'ms', 'Generation 2 VM UEFI firmware.') }
		],
		cpuOverheadPct: estimate(3, 'percent', 'Close to KVM on CPU-bound work.'),
		ioOverheadPct: estimate(
			90,
			'percent',
			'Synthetic devices through VMBus; taken close to KVM’s measured virtio cost.'
		),
		maxVms: cited(1024, 'count', 'hyperv-scale', 'Running virtual machines per host: 1,024.'),
		reclaim:
			'Static memory is committed when the VM starts; with Dynamic Memory Hyper-V starts the VM small and balloons it.'
	},
	virtualbox: {
		name: 'Oracle VirtualBox',
		type: 2,
		hostOses: ['linux', 'windows', 'macos'],
		hostServices: [
			{ label: 'VBoxSVC and the GUI', value: estimate(60, 'MiB', 'VBoxSVC and the GUI front end.') }
		],
		overhead: 'process',
		processMiB: estimate(
			120,
			'MiB',
			'VirtualBox publishes no figure; a type-2 VMM process is taken as a little larger than QEMU’s.'
		),
		firmware: [
			{
				label: 'VirtualBox BIOS/EFI',
				value: estimate(2500, 'ms', 'VirtualBox BIOS/EFI with its boot logo delay.')
			}
		],
		cpuOverheadPct: estimate(
			8,
			'percent',
			'A type-2 hypervisor shares the CPU with a full host OS and its scheduler.'
		),
		ioOverheadPct: estimate(
			150,
			'percent',
			'Emulated or paravirtual devices through the host OS’s file and network stacks: costlier than KVM’s measured virtio.'
		),
		maxVms: null,
		reclaim: 'VirtualBox backs guest RAM as it is used; the Guest Additions can balloon it back.'
	},
	'apple-vz': {
		name: 'Apple Virtualization framework',
		type: 2,
		hostOses: ['macos'],
		hostServices: [
			{
				label: 'Virtualization XPC services',
				value: estimate(30, 'MiB', 'The framework’s XPC services; no published figure.')
			}
		],
		overhead: 'process',
		processMiB: estimate(
			60,
			'MiB',
			'One VirtualMachine XPC process per VM with virtio devices only; Apple publishes no figure.'
		),
		firmware: [
			{
				label: 'EFI boot loader',
				value: estimate(1000, 'ms', 'VZEFIBootLoader finding the guest’s boot loader.')
			}
		],
		cpuOverheadPct: sameAsKvmCpu('Apple'),
		ioOverheadPct: estimate(
			90,
			'percent',
			'virtio devices through the framework; taken close to KVM’s measured virtio cost.'
		),
		maxVms: null,
		reclaim: 'The framework backs guest RAM on touch; a virtio balloon device can hand memory back.'
	},
	parallels: {
		name: 'Parallels Desktop',
		type: 2,
		hostOses: ['macos'],
		hostServices: [
			{
				label: 'Parallels services and Control Center',
				value: estimate(150, 'MiB', 'The dispatcher service and the Control Center app.')
			}
		],
		overhead: 'process',
		processMiB: estimate(
			150,
			'MiB',
			'The per-VM process with its device emulation and integration tools; no published figure.'
		),
		firmware: [{ label: 'EFI firmware', value: estimate(1500, 'ms', 'Parallels EFI firmware.') }],
		cpuOverheadPct: sameAsKvmCpu('Parallels'),
		ioOverheadPct: estimate(
			100,
			'percent',
			'Paravirtual devices through the host OS; no published figure.'
		),
		maxVms: null,
		reclaim: 'Parallels backs guest RAM as it is used and can hand unused memory back.'
	},
	'vmware-fusion': {
		name: 'VMware Fusion',
		type: 2,
		hostOses: ['macos'],
		hostServices: [
			{
				label: 'Fusion services and UI',
				value: estimate(150, 'MiB', 'The Fusion app and its helper services.')
			}
		],
		overhead: 'process',
		processMiB: estimate(
			120,
			'MiB',
			'The vmware-vmx process per VM; taken near ESXi’s per-VM overhead plus a process. No published figure.'
		),
		firmware: [
			{ label: 'Virtual EFI firmware', value: estimate(2000, 'ms', 'Virtual EFI firmware.') }
		],
		cpuOverheadPct: sameAsKvmCpu('VMware'),
		ioOverheadPct: estimate(
			100,
			'percent',
			'Paravirtual devices through the host OS; no published figure.'
		),
		maxVms: null,
		reclaim: 'Fusion backs guest RAM as it is used; VMware Tools can balloon it back.'
	}
};
