import {
	ENGINE_INFO,
	evaluate,
	formatCount,
	formatMiB,
	HOST_OS_INFO,
	isCatalogWorkload,
	HYPERVISOR_INFO,
	WORKLOADS,
	type GroupReport,
	type Host,
	type Hypervisor,
	type Kind,
	type LayerId,
	type Report,
	type Scenario,
	type WorkloadId
} from '$lib/model';

/**
 * Figures the teaching views read, all taken from evaluate(): one VM's or one container's layers,
 * the hidden Linux VM's cost. Pure functions, shared by the views and their tests.
 */

/** One instance of a kind, with the host-level costs of the report it came from. */
export interface Sample {
	group: GroupReport;
	/** The report the group is part of: the live one, or that of the instance alone. */
	report: Report;
	/** The group's label when it is on the host; undefined for an instance evaluated on its own. */
	label?: string;
	/** true when it is a group on the live host, false when evaluated alone on the same host. */
	live: boolean;
}

export type SampleResult = { ok: true; sample: Sample } | { ok: false; reason: string };

/** `count` instances of one kind evaluated alone on `host`: the group's report, or why it cannot run. */
export function aloneOn(
	host: Host,
	kind: Kind,
	workload: WorkloadId,
	count = 1
): { ok: true; report: Report; group: GroupReport } | { ok: false; reason: string } {
	const report = evaluate({
		version: 1,
		name: '',
		host,
		groups: [{ id: 'alone', kind, workload, count }]
	});
	const group = report.groups[0]!;
	if (!group.supported) return { ok: false, reason: group.reason ?? 'It cannot run on this host.' };
	return { ok: true, report, group };
}

/**
 * The first group of `kind` running `workload` on the host; when there is none, one instance
 * evaluated alone on the same host, so the view still has true numbers to show.
 */
export function sampleOf(
	scenario: Scenario,
	report: Report,
	kind: Kind,
	workload: WorkloadId
): SampleResult {
	const live = report.groups.find(
		(g) => g.kind === kind && g.workload === workload && g.supported && g.count > 0
	);
	if (live) {
		const label = scenario.groups.find((g) => g.id === live.id)?.label;
		return { ok: true, sample: { group: live, report, label, live: true } };
	}
	const alone = aloneOn(scenario.host, kind, workload);
	if (!alone.ok) return alone;
	return { ok: true, sample: { group: alone.group, report: alone.report, live: false } };
}

/**
 * The one workload a VM-against-container view compares, so both sides run the same app: one
 * on the host both as VMs and as containers, else the first container's, else the first VM's,
 * else the fallback.
 */
export function pairWorkload(scenario: Scenario, fallback: WorkloadId): WorkloadId {
	const placed = scenario.groups.filter((g) => g.count > 0);
	const of = (kind: Kind) =>
		placed
			.filter((g) => g.kind === kind)
			.map((g) => g.workload)
			.filter(isCatalogWorkload);
	const vms = of('vm');
	const cts = of('container');
	return cts.find((w) => vms.includes(w)) ?? cts[0] ?? vms[0] ?? fallback;
}

/**
 * The host in one line, as a class needs it when the host settings are hidden:
 * "16 cores · 64 GiB memory · 1,000 GiB disk · Linux, KVM (QEMU), Docker Engine".
 */
export function hostInWords(host: Host): string {
	const platform = [
		HOST_OS_INFO[host.os].name,
		HYPERVISOR_INFO[host.hypervisor].name,
		ENGINE_INFO[host.engine].name
	];
	return [
		`${formatCount(host.cpuCores)} ${host.cpuCores === 1 ? 'core' : 'cores'}`,
		`${formatMiB(host.memoryMiB)} memory`,
		`${formatMiB(host.diskGiB * 1024)} disk`,
		platform.join(', ')
	].join(' · ');
}

/** A guest's own OS: its kernel plus its services — the layer a container does not have. */
export const guestOsMiB = (g: GroupReport): number =>
	g.memory.perInstance.guestKernel + g.memory.perInstance.guestOs;

/** The hypervisor's own services, paid once per host while VMs run (always for ESXi, which is the host). */
export function hypervisorBaseMiB(host: Host, report: Report): number {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const vms = report.groups.some((g) => g.kind === 'vm' && g.supported && g.count > 0);
	return vms || hv.hostOses === null
		? hv.hostServices.reduce((sum, p) => sum + p.value.value, 0)
		: 0;
}

/**
 * Where a hypervisor sits in the VM's stack, bottom to top:
 * - `hosted` (type 2): hardware → host OS → hypervisor, an application on it → VMs;
 * - `bare` (type 1, no host OS, e.g. ESXi): hardware → hypervisor, which is the host → VMs;
 * - `kernel` (type 1 inside the host OS's kernel, KVM): hardware → host OS, whose kernel the
 *   hypervisor module turns into the hypervisor → VMs — why KVM counts as type 1;
 * - `partition` (type 1 under a host OS that runs beside the VMs, Hyper-V): hardware →
 *   hypervisor → the host OS's management partition beside the VMs.
 */
export type Placement = 'hosted' | 'bare' | 'kernel' | 'partition';

/** Hypervisors whose place is not told by their type alone. */
const PLACEMENT: Partial<Record<Hypervisor, Placement>> = { kvm: 'kernel', hyperv: 'partition' };

export function placementOf(hypervisor: Hypervisor): Placement {
	const hv = HYPERVISOR_INFO[hypervisor];
	if (hv.type === 2) return 'hosted';
	if (hv.hostOses === null) return 'bare';
	return PLACEMENT[hypervisor] ?? 'partition';
}

export interface UtilityVm {
	present: boolean;
	vmmMiB: number;
	kernelMiB: number;
	servicesMiB: number;
	/** The container engine inside it (its daemons, counted in the engine layer). */
	engineMiB: number;
	totalMiB: number;
}

/** The hidden Linux VM that runs containers on a macOS or Windows host, by part; all zero when there is none. */
export function utilityVm(host: Host, report: Report): UtilityVm {
	const h = report.memory.hostLevel;
	// Host-level guest layers come only from the utility VM; its VMM shares the hypervisor layer.
	if (h.guestKernel <= 0)
		return { present: false, vmmMiB: 0, kernelMiB: 0, servicesMiB: 0, engineMiB: 0, totalMiB: 0 };
	const vmmMiB = Math.max(0, h.hypervisor - hypervisorBaseMiB(host, report));
	return {
		present: true,
		vmmMiB,
		kernelMiB: h.guestKernel,
		servicesMiB: h.guestOs,
		engineMiB: h.engine,
		totalMiB: vmmMiB + h.guestKernel + h.guestOs + h.engine
	};
}

/** An image on the host and how many containers run it. */
export interface ImageUse {
	workload: WorkloadId;
	count: number;
}

/** The images the host's containers run (up to `max`), or the fallback's with a count of 0 when none run. */
export function imagesOn(report: Report, fallback: WorkloadId, max = 3): ImageUse[] {
	const uses: ImageUse[] = [];
	for (const g of report.groups) {
		if (g.kind !== 'container' || !g.supported || g.count <= 0) continue;
		if (!isCatalogWorkload(g.workload)) continue;
		const known = uses.find((u) => u.workload === g.workload);
		if (known) known.count += g.count;
		else uses.push({ workload: g.workload, count: g.count });
	}
	return uses.length > 0 ? uses.slice(0, max) : [{ workload: fallback, count: 0 }];
}

/** Layers that more than one of `images` is built on: stored once for all of them. */
export function sharedLayers(images: readonly ImageUse[]): Set<LayerId> {
	const all = images.flatMap((i) => [...new Set(WORKLOADS[i.workload].layers)]);
	return new Set(all.filter((id, k) => all.indexOf(id) !== k));
}
