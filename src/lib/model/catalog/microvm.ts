import { cited, estimate, type Part } from './cited';
import { KVM_IO_OVERHEAD_PCT } from './felter';

/** Before InstanceStart: the host side of starting a microVM, in steps. */
const SETUP: Part[] = [
	{
		label: 'jailer: cgroups, namespaces, chroot and a tap device',
		value: estimate(
			30,
			'ms',
			'The jailer confines the VMM and a tap device is attached for its network; no published figure.'
		)
	},
	{
		label: 'Firecracker process start',
		value: cited(
			12,
			'ms',
			'firecracker-spec',
			'The VMM starts, up to its API socket, in 8 CPU ms; wall-clock typically 12 ms (6–60 ms).'
		)
	},
	{
		label: 'configuration API calls',
		value: estimate(
			10,
			'ms',
			'Boot source, drives, network and machine configuration, a few requests on a local socket.'
		)
	}
];

/** Firecracker-style microVMs. */
export const MICROVM = {
	setup: SETUP,
	/** InstanceStart to guest /sbin/init: VMM start and a minimal kernel, no firmware or bootloader. */
	kernelBootMs: cited(
		125,
		'ms',
		'firecracker-spec',
		'≤ 125 ms from the InstanceStart API call to the guest’s /sbin/init, with a minimal kernel and root file system (1 vCPU, 128 MiB); an upper bound.'
	),
	/** The VMM's own memory per microVM. */
	vmmMiB: cited(
		5,
		'MiB',
		'firecracker-spec',
		'The VMM threads use at most 5 MiB per microVM (1 vCPU, 128 MiB); an upper bound.'
	),
	/** Resident memory of a minimal microVM guest kernel (no modules, few drivers). */
	kernelMiB: estimate(
		25,
		'MiB',
		'A minimal guest kernel config (virtio-mmio only, no modules) is a fraction of a distribution kernel.'
	),
	cpuOverheadPct: estimate(
		2.3,
		'percent',
		'The same hardware virtualisation as KVM, whose CPU-bound cost Felter et al. measured at 2.3 %; Firecracker’s specification promises compute-only guests more than 95 % of bare metal.',
		'firecracker-spec'
	),
	ioOverheadPct: estimate(
		KVM_IO_OVERHEAD_PCT.value,
		'percent',
		'virtio devices emulated in a user-space VMM, as with QEMU: taken equal to KVM’s measured cost per I/O. Firecracker’s specification bounds the emulation thread at ≤ 80 % of a host core for 14.5 Gbps of network and ≤ 70 % for 1 GiB/s of storage.',
		'firecracker-spec'
	)
};
