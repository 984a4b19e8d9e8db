import type { GuestOsId } from '../types';
import { cited, estimate, type Cited } from './cited';
import { gb } from './containers';

export type OsFamily = 'linux' | 'windows';

/** A guest operating system as it runs inside a VM or microVM. */
export interface GuestOs {
	name: string;
	family: OsFamily;
	/** Resident memory of the booted guest kernel (code, slab, page tables). */
	kernelMiB: Cited;
	/** Resident memory of the guest's own services (init, logging, agents) at idle. */
	servicesMiB: Cited;
	/** The smallest RAM its vendor supports. */
	minRamMiB: Cited;
	/** Disk used by an installed guest (the image a VM boots from). */
	diskMiB: Cited;
	bootloaderMs: Cited;
	kernelBootMs: Cited;
	/** Init system to a running multi-user system, before the app starts. */
	initMs: Cited;
	/** Average CPU the booted guest uses when its app is idle (timers, services). */
	idleCores: Cited;
	/** The guest's root file system is the app's container image (base layers included), not an installed OS. */
	rootfsFromImage: boolean;
}

const linuxIdle = estimate(
	0.01,
	'cores',
	'systemd timers, journald and periodic services of a full distribution; no published figure. For scale: 1,000–1,500 idle Kata sandboxes (shim, proxy and agent included) kept 30–50 % of 96 cores busy (kata-1375), 0.02–0.05 cores each.'
);

const idleNote =
	'No vendor publishes the idle memory of a booted guest; this is our estimate of a freshly booted server guest (free -m / Task Manager on a default install), and it is editable through the VM memory setting.';

export const GUEST_OSES: Record<GuestOsId, GuestOs> = {
	'minimal-linux': {
		name: 'Minimal Linux (single-purpose init)',
		family: 'linux',
		kernelMiB: estimate(25, 'MiB', `${idleNote} A minimal kernel config with virtio drivers only.`),
		servicesMiB: estimate(
			2,
			'MiB',
			'A single-purpose init (or the app itself as PID 1) and nothing else.'
		),
		minRamMiB: estimate(
			64,
			'MiB',
			'A minimal kernel and init run in a few tens of MiB; Firecracker’s reference guest uses 128 MiB.'
		),
		diskMiB: estimate(
			16,
			'MiB',
			'The init and its helpers; the rest of the root file system is the app’s container image.'
		),
		bootloaderMs: estimate(
			100,
			'ms',
			'In a full VM, a bootloader with no menu loads the small kernel; a microVM has none.'
		),
		kernelBootMs: cited(
			77.1,
			'ms',
			'qemu-boot-2019',
			'A minimal kernel from linux_start_kernel to linux_start_user: 77.08 ms.'
		),
		initMs: estimate(
			20,
			'ms',
			'A single-purpose init mounts a few file systems and starts the app: tens of milliseconds.'
		),
		idleCores: estimate(
			0.001,
			'cores',
			'A tickless minimal kernel with no services wakes rarely. Far below the 0.02–0.05 cores per idle Kata sandbox one user measured with shim, proxy and agent (kata-1375).',
			'kata-1375'
		),
		rootfsFromImage: true
	},
	'ubuntu-24.04': {
		name: 'Ubuntu Server 24.04',
		family: 'linux',
		kernelMiB: estimate(120, 'MiB', idleNote),
		servicesMiB: estimate(
			230,
			'MiB',
			`${idleNote} Includes systemd, journald, snapd, cloud-init leftovers.`
		),
		minRamMiB: cited(
			1024,
			'MiB',
			'ubuntu-requirements',
			'1 GB for the cloud image (1.5 GB for the ISO installer).'
		),
		diskMiB: cited(
			4096,
			'MiB',
			'ubuntu-requirements',
			'4 GB cloud image; 25 GB is the suggested disk.'
		),
		bootloaderMs: estimate(
			500,
			'ms',
			'GRUB with a short or zero menu timeout, as in cloud images.'
		),
		kernelBootMs: estimate(
			1500,
			'ms',
			'Generic distribution kernel with initramfs; a minimal bzImage reaches init in 77–314 ms (qemu-boot-2019, merwick-2018), a full distro kernel with initramfs takes seconds.'
		),
		initMs: estimate(
			6000,
			'ms',
			'systemd to multi-user.target on a server image, including cloud-init; systemd-analyze typically reports several seconds of userspace.'
		),
		idleCores: linuxIdle,
		rootfsFromImage: false
	},
	'debian-12': {
		name: 'Debian 12',
		family: 'linux',
		kernelMiB: estimate(100, 'MiB', idleNote),
		servicesMiB: estimate(
			80,
			'MiB',
			`${idleNote} A minimal Debian runs fewer services than Ubuntu (no snapd).`
		),
		minRamMiB: cited(
			256,
			'MiB',
			'debian-requirements',
			'256 MB without a desktop; 512 MB recommended.'
		),
		diskMiB: estimate(
			2048,
			'MiB',
			'A minimal Debian server install uses about 1–2 GB; the Debian guide asks for 2 GB.',
			'debian-requirements'
		),
		bootloaderMs: estimate(500, 'ms', 'GRUB with a short menu timeout.'),
		kernelBootMs: estimate(1200, 'ms', 'Generic distribution kernel with initramfs.'),
		initMs: estimate(2500, 'ms', 'systemd to multi-user.target on a minimal server.'),
		idleCores: linuxIdle,
		rootfsFromImage: false
	},
	'alpine-3': {
		name: 'Alpine Linux 3',
		family: 'linux',
		kernelMiB: estimate(40, 'MiB', `${idleNote} Alpine's virt kernel is small.`),
		servicesMiB: estimate(15, 'MiB', `${idleNote} OpenRC, busybox syslog and little else.`),
		minRamMiB: estimate(
			128,
			'MiB',
			'Alpine runs from RAM with 128 MB; no formal minimum is published.'
		),
		diskMiB: estimate(
			256,
			'MiB',
			'A "virt" install is about 100–200 MB; 256 MiB leaves room for the package cache.'
		),
		bootloaderMs: estimate(200, 'ms', 'syslinux/extlinux with no menu delay.'),
		kernelBootMs: estimate(
			400,
			'ms',
			'The virt kernel with a small initramfs; between the minimal-bzImage measurements (77–314 ms) and a generic distro kernel.'
		),
		initMs: estimate(600, 'ms', 'OpenRC starts a handful of services.'),
		idleCores: estimate(
			0.003,
			'cores',
			'OpenRC with a handful of services wakes less than a systemd distribution; no published figure.'
		),
		rootfsFromImage: false
	},
	'windows-server-2022-core': {
		name: 'Windows Server 2022 Core',
		family: 'windows',
		kernelMiB: estimate(300, 'MiB', `${idleNote} Kernel, HAL, drivers and non-paged pool.`),
		servicesMiB: estimate(500, 'MiB', `${idleNote} Service host processes, WMI, Defender.`),
		minRamMiB: cited(512, 'MiB', 'windows-requirements', '512 MB for Server Core.'),
		diskMiB: cited(
			gb(6.12),
			'MiB',
			'windows-vhd-size',
			'6.12 GB (10^9 bytes) fresh VHD (community measurement); Microsoft asks for a 32 GB disk.'
		),
		bootloaderMs: estimate(1500, 'ms', 'UEFI boot manager and winload.'),
		kernelBootMs: estimate(
			8000,
			'ms',
			'Kernel and driver initialisation of a virtualised Windows Server.'
		),
		initMs: estimate(
			20000,
			'ms',
			'Services to a usable logon; Windows guests take tens of seconds (estimate — no published figure).'
		),
		idleCores: estimate(
			0.05,
			'cores',
			'Background services, telemetry and updates; no published figure.'
		),
		rootfsFromImage: false
	},
	'windows-server-2022-desktop': {
		name: 'Windows Server 2022 Desktop Experience',
		family: 'windows',
		kernelMiB: estimate(350, 'MiB', `${idleNote} Kernel, HAL, drivers and non-paged pool.`),
		servicesMiB: estimate(
			1100,
			'MiB',
			`${idleNote} Adds the desktop shell, Server Manager and more services.`
		),
		minRamMiB: cited(2048, 'MiB', 'windows-requirements', '2 GB for Desktop Experience.'),
		diskMiB: cited(
			gb(9.47),
			'MiB',
			'windows-vhd-size',
			'9.47 GB (10^9 bytes) fresh VHD (community measurement); Microsoft asks for a 32 GB disk.'
		),
		bootloaderMs: estimate(1500, 'ms', 'UEFI boot manager and winload.'),
		kernelBootMs: estimate(9000, 'ms', 'Kernel and driver initialisation, more drivers than Core.'),
		initMs: estimate(
			35000,
			'ms',
			'Services and the desktop shell (estimate — no published figure).'
		),
		idleCores: estimate(
			0.06,
			'cores',
			'Background services and the desktop shell; no published figure.'
		),
		rootfsFromImage: false
	}
};
