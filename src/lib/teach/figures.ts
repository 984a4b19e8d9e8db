import {
	formatCount,
	formatMiB,
	type GroupReport,
	type Host,
	type Kind,
	type KindFigures,
	type Report,
	type Scenario,
	type UtilityVmParts,
	type WorkloadRef
} from '$lib/model';

export type { HypervisorPlacement as Placement } from '$lib/model';

/**
 * Figures the teaching views read, all taken from a sandbox's answers (its report and its per-kind
 * tables): one VM's or one container's layers, the hidden Linux VM's cost. Pure functions, shared
 * by the views and their tests.
 */

/** What the teaching views read from a sandbox's answers (state/answers.svelte.ts). */
export interface TeachSource {
	readonly scenario: Scenario;
	readonly report: Report;
	/** A workload as every kind on this host, as What fits counts it. */
	kindsFor(workload: WorkloadRef): KindFigures[];
}

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

/**
 * One instance of `kind` alone on the host (sized as the scenario's groups of that kind and
 * workload are): its report and its group's, or why it cannot run — from the per-kind table.
 */
export function aloneOn(
	source: Pick<TeachSource, 'kindsFor'>,
	kind: Kind,
	workload: WorkloadRef
): { ok: true; report: Report; group: GroupReport } | { ok: false; reason: string } {
	const k = source.kindsFor(workload).find((x) => x.kind === kind)!;
	if (!k.supported) return { ok: false, reason: k.reason ?? 'It cannot run on this host.' };
	return { ok: true, ...k.alone };
}

/** The disk `count` instances like `g`'s take on the host: the first, then what each further one adds. */
export const diskOfCount = (g: GroupReport, count: number): number =>
	count <= 0 ? 0 : g.diskMiB.perInstance + (count - 1) * g.marginal.diskMiB;

/**
 * The first group of `kind` running `workload` on the host; when there is none, one instance
 * alone on the same host, so the view still has true numbers to show.
 */
export function sampleOf(source: TeachSource, kind: Kind, workload: WorkloadRef): SampleResult {
	const { scenario, report } = source;
	const live = report.groups.find(
		(g) => g.kind === kind && g.workload === workload && g.supported && g.count > 0
	);
	if (live) {
		const label = scenario.groups.find((g) => g.id === live.id)?.label;
		return { ok: true, sample: { group: live, report, label, live: true } };
	}
	const alone = aloneOn(source, kind, workload);
	if (!alone.ok) return alone;
	return { ok: true, sample: { group: alone.group, report: alone.report, live: false } };
}

/**
 * The one workload a two-kind view compares, so both sides run the same app: one on the host as
 * both `kinds`, else the second kind's first, else the first kind's, else the fallback.
 */
export function pairWorkload(
	scenario: Scenario,
	fallback: WorkloadRef,
	kinds: readonly [Kind, Kind] = ['vm', 'container']
): WorkloadRef {
	const placed = scenario.groups.filter((g) => g.count > 0);
	const of = (kind: Kind) => placed.filter((g) => g.kind === kind).map((g) => g.workload);
	const as = of(kinds[0]);
	const bs = of(kinds[1]);
	return bs.find((w) => as.includes(w)) ?? bs[0] ?? as[0] ?? fallback;
}

/**
 * The host in one line, as a class needs it when the host settings are hidden:
 * "16 cores · 64 GiB memory · 1,000 GiB disk · Linux, KVM (QEMU), Docker Engine".
 */
export function hostInWords(host: Host, report: Report): string {
	const p = report.platform;
	return [
		`${formatCount(host.cpuCores)} ${host.cpuCores === 1 ? 'core' : 'cores'}`,
		`${formatMiB(host.memoryMiB)} memory`,
		`${formatMiB(host.diskGiB * 1024)} disk`,
		[p.hostOsName, p.hypervisorName, p.engineName].join(', ')
	].join(' · ');
}

/** A guest's own OS: its kernel plus its services — the layer a container does not have. */
export const guestOsMiB = (g: GroupReport): number =>
	g.memory.perInstance.guestKernel + g.memory.perInstance.guestOs;

/** The hypervisor's own services, paid once per host while VMs run (always for ESXi, which is the host). */
export const hypervisorBaseMiB = (report: Report): number => report.platform.hypervisorServicesMiB;

export interface UtilityVm extends UtilityVmParts {
	present: boolean;
}

const NO_UTILITY_VM: UtilityVm = {
	present: false,
	vmmMiB: 0,
	kernelMiB: 0,
	servicesMiB: 0,
	engineMiB: 0,
	totalMiB: 0
};

/** The hidden Linux VM that runs containers on a macOS or Windows host, by part; all zero when there is none. */
export const utilityVm = (report: Report): UtilityVm =>
	report.utilityVm ? { present: true, ...report.utilityVm.parts } : NO_UTILITY_VM;

/** An image on the host and how many containers run it. */
export interface ImageUse {
	workload: WorkloadRef;
	count: number;
}

/** The images the host's containers run (up to `max`), or the fallback's with a count of 0 when none run. */
export function imagesOn(report: Report, fallback: WorkloadRef, max = 3): ImageUse[] {
	const uses: ImageUse[] = [];
	for (const g of report.groups) {
		if (!g.imageShared || !g.supported || g.count <= 0) continue;
		const known = uses.find((u) => u.workload === g.workload);
		if (known) known.count += g.count;
		else uses.push({ workload: g.workload, count: g.count });
	}
	return uses.length > 0 ? uses.slice(0, max) : [{ workload: fallback, count: 0 }];
}

/** An image's layers as the report lists them, bottom first. */
export const layersOf = (report: Report, workload: WorkloadRef) =>
	report.workloads.find((w) => w.id === workload)?.layers ?? [];

/** Layers that more than one of `images` is built on: stored once for all of them. */
export function sharedLayers(report: Report, images: readonly ImageUse[]): Set<string> {
	const all = images.flatMap((i) => [...new Set(layersOf(report, i.workload).map((l) => l.id))]);
	return new Set(all.filter((id, k) => all.indexOf(id) !== k));
}
