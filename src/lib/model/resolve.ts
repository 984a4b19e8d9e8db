import { GUEST_OSES, WORKLOADS, type GuestOs, type Workload } from './catalog';
import { HOST_OS_INFO, HYPERVISOR_INFO } from './catalog';
import type { DiskMode, GuestOsId, Host, Kind, Template, WorkloadId } from './types';

/** A template with every default filled in and its support on the host decided. */
export interface Resolved {
	kind: Kind;
	workloadId: WorkloadId;
	workload: Workload;
	/** VMs and microVMs only. */
	guestOsId: GuestOsId | undefined;
	guestOs: GuestOs | undefined;
	vcpus: number;
	/** VMs and microVMs: RAM allocated to the guest. Containers: a cgroup limit, or undefined. */
	memoryMiB: number | undefined;
	diskMode: DiskMode;
	/** The app's average CPU demand per instance, before virtualisation overhead. */
	demandCores: number;
	/** True when the group set its own demand; false for the catalog's light-load default. */
	demandFromGroup: boolean;
	/** Why it cannot run on this host; undefined when it can. */
	unsupported: string | undefined;
}

const KIND_NAMES: Record<Kind, string> = { vm: 'VM', microvm: 'microVM', container: 'container' };
export const kindName = (kind: Kind): string => KIND_NAMES[kind];

/** Why `kind` of `workload` cannot run on `host` — or undefined when it can. */
export function unsupportedReason(
	host: Host,
	kind: Kind,
	workload: Workload,
	guestOs: GuestOs | undefined
): string | undefined {
	const hostOs = HOST_OS_INFO[host.os];
	if (kind === 'container') {
		if (workload.family === 'windows' && host.os !== 'windows')
			return `${workload.name} needs a Windows kernel: a container shares the host’s kernel, and this host runs ${hostOs.name}. Run it in a VM instead.`;
		if (host.hypervisor === 'esxi')
			return 'ESXi runs on bare metal with no general-purpose OS, so there is no kernel for containers to share. Run the containers inside a Linux VM.';
		return undefined;
	}
	if (guestOs && guestOs.family !== workload.family)
		return `${workload.name} is a ${workload.family === 'windows' ? 'Windows' : 'Linux'} app and cannot run on the ${guestOs.name} guest.`;
	if (kind === 'microvm') {
		if (host.os !== 'linux' || host.hypervisor === 'esxi')
			return 'Firecracker-style microVMs use Linux KVM: they need a Linux host.';
		if (workload.family === 'windows')
			return 'Firecracker-style microVMs boot only Linux guests (no firmware, no Windows drivers). Use a full VM.';
		return undefined;
	}
	const hv = HYPERVISOR_INFO[host.hypervisor];
	if (hv.hostOses && !hv.hostOses.includes(host.os))
		return `${hv.name} does not run on a ${hostOs.name} host. Choose ${hv.hostOses.map((os) => HOST_OS_INFO[os].name).join(' or ')} as the host OS, or another hypervisor.`;
	return undefined;
}

export function resolveTemplate(host: Host, t: Template): Resolved {
	const workload = WORKLOADS[t.workload];
	const isGuest = t.kind !== 'container';
	const guestOsId = isGuest
		? (t.guestOs ??
			(t.kind === 'microvm' ? workload.defaults.microvmGuestOs : workload.defaults.guestOs))
		: undefined;
	const guestOs = guestOsId ? GUEST_OSES[guestOsId] : undefined;
	const memoryMiB =
		t.memoryMiB ??
		(t.kind === 'vm'
			? workload.defaults.vmMemoryMiB
			: t.kind === 'microvm'
				? workload.defaults.microvmMemoryMiB
				: undefined);
	return {
		kind: t.kind,
		workloadId: t.workload,
		workload,
		guestOsId,
		guestOs,
		vcpus: t.vcpus ?? workload.defaults.vcpus,
		memoryMiB,
		diskMode: t.diskMode ?? 'full',
		demandCores: t.demandCores ?? workload.demandCores.value,
		demandFromGroup: t.demandCores !== undefined,
		unsupported: unsupportedReason(host, t.kind, workload, guestOs)
	};
}
