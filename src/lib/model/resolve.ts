import { GUEST_OSES, type GuestOs, type Workload } from './catalog';
import { kindModule } from './kinds';
import type { DiskMode, GuestOsId, Host, Isolation, Kind, Template, WorkloadRef } from './types';
import { workloadBook, type WorkloadBook } from './workloadBook';

/** A template with every default filled in and its support on the host decided. */
export interface Resolved {
	kind: Kind;
	workloadId: WorkloadRef;
	workload: Workload;
	/** Kinds with a guest of the person's choice (VMs and microVMs). */
	guestOsId: GuestOsId | undefined;
	guestOs: GuestOs | undefined;
	vcpus: number;
	/** VMs and microVMs: RAM allocated to the guest. The others: a memory limit, or undefined. */
	memoryMiB: number | undefined;
	diskMode: DiskMode;
	/** The app's average CPU demand per instance, before virtualisation overhead. */
	demandCores: number;
	/** True when the group set its own demand; false for the catalog's light-load default. */
	demandFromGroup: boolean;
	/** Windows containers: process isolation (the default) or Hyper-V isolation. */
	isolation: Isolation | undefined;
	/** A pod's requests as the group sets them; undefined = none (BestEffort). */
	requestMiB: number | undefined;
	requestCores: number | undefined;
	/** Why it cannot run on this host; undefined when it can. */
	unsupported: string | undefined;
}

export { kindName } from './kinds';

/** `t` with its defaults filled in, its workload looked up in `book` (sanitize has checked it is there). */
export function resolveTemplate(
	host: Host,
	t: Template,
	book: WorkloadBook = workloadBook(undefined)
): Resolved {
	const workload = book.get(t.workload)!;
	const kind = kindModule(t.kind);
	const defaultOs = kind.defaultGuestOs(workload);
	const guestOsId = defaultOs === undefined ? undefined : (t.guestOs ?? defaultOs);
	const r: Resolved = {
		kind: t.kind,
		workloadId: t.workload,
		workload,
		guestOsId,
		guestOs: guestOsId ? GUEST_OSES[guestOsId] : undefined,
		vcpus: t.vcpus ?? workload.defaults.vcpus,
		memoryMiB: t.memoryMiB ?? kind.defaultMemoryMiB(workload),
		diskMode: t.diskMode ?? 'full',
		demandCores: t.demandCores ?? workload.demandCores.value,
		demandFromGroup: t.demandCores !== undefined,
		isolation: workload.family === 'windows' ? (t.isolation ?? 'process') : undefined,
		requestMiB: t.requestMiB,
		requestCores: t.requestCores,
		unsupported: undefined
	};
	r.unsupported = kind.unsupported(host, r);
	return r;
}
