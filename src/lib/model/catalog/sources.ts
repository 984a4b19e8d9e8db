/**
 * Every source a catalog number rests on. `grade`: primary = the figure is read off the source
 * itself; secondary = seen in a summary of the source and not re-checked; estimate = our own
 * reasoning, written out in docs/model.md.
 */
export interface Source {
	title: string;
	where: string;
	grade: 'primary' | 'secondary' | 'estimate';
}

export const SOURCES = {
	estimate: {
		title: 'Overhead Sandbox estimate',
		where: 'Reasoning given next to the value and in docs/model.md',
		grade: 'estimate'
	},
	'vmware-overhead': {
		title:
			'VMware vSphere 6.5/6.7 Resource Management — "Sample Overhead Memory on Virtual Machines"',
		where: 'VMware vSphere documentation, Resource Management guide',
		grade: 'primary'
	},
	'vmware-configmax': {
		title: 'VMware vSphere Configuration Maximums — virtual machines per host: 1,024',
		where: 'VMware Configuration Maximums tool (vSphere 7/8)',
		grade: 'primary'
	},
	'kubevirt-overhead': {
		title: 'OpenShift Virtualization — memory overhead per virtual machine',
		where: 'openshift-docs: 0.002 × guest RAM + 218 MiB + 8 MiB × vCPUs',
		grade: 'primary'
	},
	'hyperv-overhead': {
		title: 'Hyper-V memory overhead: 32 MB for the first GB of guest RAM + 8 MB per further GB',
		where: 'Secondary summaries of Microsoft Hyper-V sizing guidance',
		grade: 'secondary'
	},
	'hyperv-scale': {
		title: 'Plan for Hyper-V scalability in Windows Server — running VMs per host: 1,024',
		where: 'Microsoft Learn, Windows Server Hyper-V documentation',
		grade: 'primary'
	},
	'firecracker-spec': {
		title:
			'Firecracker SPECIFICATION.md — VMM memory overhead ≤ 5 MiB; InstanceStart to guest /sbin/init ≤ 125 ms',
		where: 'github.com/firecracker-microvm/firecracker, SPECIFICATION.md',
		grade: 'primary'
	},
	'firecracker-paper': {
		title:
			'Agache et al., "Firecracker: Lightweight Virtualization for Serverless Applications", NSDI 2020 — VMM overhead: QEMU ≈ 131 MB, Cloud Hypervisor ≈ 13 MB, Firecracker ≈ 3 MB',
		where: 'USENIX NSDI 2020 (figures seen in a summary)',
		grade: 'secondary'
	},
	'containerd-7878': {
		title: 'containerd issue #7878 — containerd-shim-runc-v2 RSS ≈ 10–11 MB per container (v1.6)',
		where: 'github.com/containerd/containerd/issues/7878',
		grade: 'primary'
	},
	'containerd-1767': {
		title: 'containerd PR #1767 — shim PSS ≈ 1.2 MB after the switch to ttrpc',
		where: 'github.com/containerd/containerd/pull/1767',
		grade: 'primary'
	},
	'moby-32711': {
		title:
			'moby issue #32711 — dockerd stayed under 60 MB across 10,000 container runs; containerd 57–64 MB',
		where: 'github.com/moby/moby/issues/32711',
		grade: 'primary'
	},
	'moby-21737': {
		title: 'moby issue #21737 — containerd create + start ≈ 250 ms (maintainer comment)',
		where: 'github.com/moby/moby/issues/21737',
		grade: 'primary'
	},
	'qemu-boot-2019': {
		title:
			'Garzarella 2019, QEMU/KVM boot-time measurements (qemu-devel): q35 + SeaBIOS + bzImage — QEMU init 36 ms, firmware → kernel 78.6 ms, kernel → init 77.1 ms',
		where: 'qemu-devel mailing list and KVM Forum 2019 talk',
		grade: 'primary'
	},
	'merwick-2018': {
		title:
			'Merwick 2018, QEMU/KVM boot with default SeaBIOS setup — QEMU init 30 ms, firmware → kernel 863 ms, kernel → init 314 ms',
		where: 'KVM Forum 2018 talk on boot-time optimisation',
		grade: 'primary'
	},
	'ubuntu-requirements': {
		title:
			'Ubuntu Server 24.04 system requirements — RAM 1 GB (cloud image) / 1.5 GB (ISO), 3 GB suggested; disk 4 GB cloud image / 5 GB ISO, 25 GB suggested',
		where: 'Ubuntu Server documentation, "System requirements"',
		grade: 'primary'
	},
	'debian-requirements': {
		title:
			'Debian 12 installation guide — minimum RAM without desktop 256 MB (512 MB recommended), disk 2 GB minimum',
		where: 'Debian GNU/Linux Installation Guide, "Meeting minimum hardware requirements"',
		grade: 'primary'
	},
	'windows-requirements': {
		title:
			'Windows Server 2016–2025 hardware requirements — RAM 512 MB Server Core / 2 GB Desktop Experience; disk 32 GB minimum',
		where: 'Microsoft Learn, "Hardware requirements for Windows Server"',
		grade: 'primary'
	},
	'windows-vhd-size': {
		title:
			'A fresh Windows Server 2022 VHD measured 6.12 GB (Server Core) / 9.47 GB (Desktop Experience)',
		where: 'Community measurement',
		grade: 'secondary'
	},
	'docker-repo-info': {
		title:
			'docker-library/repo-info — compressed pull sizes (amd64): alpine:3.22 3.8 MB; ubuntu:24.04 27–30 MB; python:3-slim 43.4 MB (Debian base layer 29.8 MB); nginx 62.9 MB; postgres ≈ 115 MB; node ≈ 400–440 MB; eclipse-temurin:17-jre 90–109 MB',
		where: 'github.com/docker-library/repo-info',
		grade: 'primary'
	},
	'felter-2015': {
		title:
			'Felter et al., "An Updated Performance Comparison of Virtual Machines and Linux Containers", IBM Research / ISPASS 2015 — KVM vs native: Linpack −2.3 % (tuned), STREAM −2 %, RandomAccess −11 %, fio 4K random −49/−50 %, TCP_RR latency +80 %; Docker ≈ native',
		where: 'Paper and raw logs: github.com/thewmf/kvm-docker-comparison',
		grade: 'primary'
	},
	'waldspurger-2002': {
		title:
			'Waldspurger, "Memory Resource Management in VMware ESX Server", OSDI 2002 — best case: 67 % of VM memory shared across 10 identical Linux VMs',
		where: 'USENIX OSDI 2002 (figure seen in a summary)',
		grade: 'secondary'
	},
	'oci-image-spec': {
		title:
			'OCI Image Format Specification — Entrypoint and Cmd are image configuration; they add no filesystem layer',
		where: 'github.com/opencontainers/image-spec, config.md',
		grade: 'primary'
	},
	'linux-bridge-ports': {
		title:
			'Linux kernel net/bridge/br_private.h — BR_MAX_PORTS = 1024 ports per bridge (one is the host side)',
		where: 'Linux kernel source',
		grade: 'primary'
	}
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
