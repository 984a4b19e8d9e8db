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

import { KUBERNETES_SOURCES } from './kubernetesSources';

export const SOURCES = {
	...KUBERNETES_SOURCES,
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
		title:
			'OpenShift Virtualization — memory overhead per virtual machine: 0.002 × guest RAM + 218 MiB + 8 MiB × vCPUs (the launcher pod’s processes included)',
		where: 'openshift-docs',
		grade: 'primary'
	},
	'kubevirt-renderresources': {
		title:
			'KubeVirt renderresources.go, GetMemoryOverhead — page tables guest RAM ÷ 512; QemuOverhead 30 Mi (the ps RSS of qemu less its guest RAM and page tables); 8 Mi per vCPU; 8 Mi per IOThread; 16 Mi video; virtqemud 40 Mi; virtlogd 25 Mi; virt-launcher 100 Mi; virt-launcher-monitor 25 Mi',
		where: 'github.com/kubevirt/kubevirt, pkg/virt-controller/services/renderresources.go',
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
			'Firecracker SPECIFICATION.md — for 1 vCPU and 128 MiB with a minimal kernel and root file system: VMM memory ≤ 5 MiB; InstanceStart to the guest’s /sbin/init ≤ 125 ms; VMM start within 8 CPU ms; compute-only guests > 95 % of bare metal; 14.5 Gbps of network at ≤ 80 % of a host core, 1 GiB/s of storage at ≤ 70 %',
		where: 'github.com/firecracker-microvm/firecracker, SPECIFICATION.md',
		grade: 'primary'
	},
	'firecracker-design': {
		title:
			'Firecracker design document — a steady mutation rate of 5 microVMs per host core per second (180 per second on 36 cores)',
		where: 'github.com/firecracker-microvm/firecracker, docs/design.md',
		grade: 'primary'
	},
	'firecracker-paper': {
		title:
			'Agache et al., "Firecracker: Lightweight Virtualization for Serverless Applications", NSDI 2020 — memory overhead under 5 MB, boot to application code under 125 ms, up to 150 microVMs per second per host; a QEMU process ≈ 131 MB in its comparison',
		where: 'USENIX NSDI 2020 (the QEMU figure seen in a summary)',
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
	'containerd-2020': {
		title: 'containerd issue #2020 — the containerd daemon’s resident memory, 57–64 MB',
		where: 'github.com/containerd/containerd/issues/2020',
		grade: 'primary'
	},
	'moby-21737': {
		title: 'moby issue #21737 — containerd create + start ≈ 250 ms (maintainer comment)',
		where: 'github.com/moby/moby/issues/21737',
		grade: 'primary'
	},
	'qemu-boot-2019': {
		title:
			'Garzarella, "QEMU 4.0 boots uncompressed Linux x86_64 kernel" (2019) — q35 + SeaBIOS + bzImage: qemu_init_end 36.07 ms, linux_start_kernel +78.60 ms, linux_start_user +77.08 ms',
		where:
			'stefano-garzarella.github.io, 2019-08-23 (scripts: github.com/stefano-garzarella/qemu-boot-time)',
		grade: 'primary'
	},
	'merwick-2018': {
		title:
			'Merwick, "[RFC 0/3] QEMU changes to do PVH boot", qemu-devel, December 2018 — QEMU + bzImage (a -kernel boot, default setup): qemu_init_end 30.4 ms, linux_startup_64 893.8 ms (+863.3, SeaBIOS loading and decompressing the kernel), linux_start_user 1,208.7 ms; QEMU + qboot + vmlinux (PVH): user space at 297.0 ms',
		where: 'lists.gnu.org/archive/html/qemu-devel/2018-12 (also on xen-devel)',
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
			'docker-library/repo-info — compressed pull sizes (amd64): alpine:3.22 3.8 MB; ubuntu:24.04 27–30 MB; python:3-slim 43.4 MB (Debian base layer 29.8 MB); nginx 62.9 MB (nginx:latest 63.1 MB compressed, about 161 MB on disk); postgres ≈ 115 MB; node ≈ 400–440 MB; eclipse-temurin:17-jre 90–109 MB',
		where: 'github.com/docker-library/repo-info',
		grade: 'primary'
	},
	'felter-2015': {
		title:
			'Felter et al., "An Updated Performance Comparison of Virtual Machines and Linux Containers", IBM Research / ISPASS 2015, and its raw logs — KVM vs native: Linpack −2.3 % (tuned), fio 4K random read 84,044 → 46,173 IOPS (−45 %), write 112,034 → 59,321 (−47 %), mixed 104,553 → 50,737 (−51 %), MySQL 13,370 → 5,623 tps; Docker: Redis GET 107–126k → 77–91k req/s through the bridge (NAT), about native with --net=host; MySQL with AUFS and NAT 11,469 tps',
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
	},
	yours: {
		title:
			'Entered for your own workload (typed, imported from a file, or measured on your system)',
		where: 'This scenario',
		grade: 'estimate'
	},
	'kata-deploy-runtimeclasses': {
		title:
			'kata-deploy RuntimeClasses — pod overhead kata-qemu 160 Mi / 250m CPU; kata-clh and kata-fc 130 Mi / 250m; confidential (snp, tdx) 2 Gi / 1 CPU',
		where: 'github.com/kata-containers/kata-containers, tools/packaging/kata-deploy/runtimeclasses',
		grade: 'primary'
	},
	'kata-boot-summary': {
		title: 'Kata Containers boot: about 0.5 s with QEMU, about 125 ms with Firecracker',
		where: 'Secondary summaries of Kata Containers benchmarks',
		grade: 'secondary'
	},
	'gvisor-performance': {
		title:
			'gVisor performance data (website/performance, ptrace platform) — density.csv host memory per container runc → runsc: empty 4.1 → 23.7 MB, node 76.7 → 124.1, ruby 45.7 → 106.1, redis 1 GB 1,055 → 1,077; applications.csv HTTP requests/s node 885.8 → 375.1 (0.42 of runc), ruby 540.0 → 259.8 (0.48); httpd10240k.csv Apache 10 MB file 0.19–0.36 of runc; sysbench-cpu 103.62 → 103.21 events/s',
		where: 'github.com/google/gvisor, website/performance/*.csv',
		grade: 'primary'
	},
	'gvisor-start-blog': {
		title: 'runsc create + start: 81–280 ms across 8 hosts',
		where: 'A blog post, seen in a summary',
		grade: 'secondary'
	},
	'windows-container-requirements': {
		title:
			'Windows container requirements — minimum memory, process vs Hyper-V isolation: Nano Server 40 MB vs 130 MB + 1 GB page file; Server Core 50 MB vs 325 MB + 1 GB page file; Windows client editions allow Hyper-V isolation only',
		where: 'Microsoft Learn, "Windows container requirements"',
		grade: 'primary'
	},
	'kata-1375': {
		title:
			'kata-containers/runtime issue #1375 — 1,000–1,500 idle busybox Kata sandboxes on a 96-core host kept 30–50 % of the CPU busy, shim, proxy and agent included (a user’s report)',
		where: 'github.com/kata-containers/runtime/issues/1375',
		grade: 'primary'
	},
	'vmware-tps-large-pages': {
		title:
			'VMware KB 1021095, "Transparent Page Sharing (TPS) in hardware MMU systems" — ESX backs guest memory with 2 MB large pages and “will not share large physical pages”; when host memory is overcommitted, large pages are broken into small pages, which are shared before they are swapped; KB 1021896: with large pages, “lower memory savings via page sharing in an under-committed system”',
		where: 'VMware (Broadcom) knowledge base, articles 1021095 and 1021896',
		grade: 'primary'
	},
	'vmware-memory-sharing': {
		title:
			'VMware vSphere Resource Management, "Memory Sharing" — nearly identical VMs “might free up more than thirty percent” of memory, diverse workloads “less than five percent”',
		where: 'VMware vSphere documentation, Resource Management guide',
		grade: 'primary'
	},
	'vmware-tps-salting': {
		title:
			'VMware — inter-VM transparent page sharing disabled by default from ESXi 5.5 Update 2d and 6.0 (salting); large pages are not shared until broken up',
		where:
			'VMware knowledge base, "Security considerations and disallowing inter-Virtual Machine Transparent Page Sharing"',
		grade: 'primary'
	},
	'docker-resource-saver': {
		title:
			'Docker Desktop, Resource Saver mode — stopping the Docker Desktop VM “reduces … memory utilization on the host by 2 GBs or more”; on WSL 2 it does not reduce memory',
		where: 'docs.docker.com, Docker Desktop manual, "Resource Saver mode"',
		grade: 'primary'
	},
	'docker-desktop-settings': {
		title:
			'Docker Desktop settings, Resources — the memory limit defaults to up to 50 % of the host’s memory',
		where: 'docs.docker.com, Docker Desktop manual, "Change settings"',
		grade: 'primary'
	},
	'wsl-config': {
		title:
			'Advanced settings configuration in WSL (.wslconfig) — memory: 50 % of the host’s memory by default; swap: 25 %; processors: all logical processors',
		where: 'Microsoft Learn, Windows Subsystem for Linux documentation',
		grade: 'primary'
	}
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
