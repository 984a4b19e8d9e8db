/**
 * Room left on one side of a comparison: what runs out first, and how many more instances of the
 * side's largest group would fit — from the report's totals and what each further instance of that
 * group adds (its `marginal`, sharing applied). Pure: no DOM.
 */
import { formatCount, groupName, type Group, type Report, type Scenario } from '$lib/model';

export type HeadroomResource = 'memory' | 'disk' | 'vcpus' | 'cpu' | 'limit';

export const HEADROOM_WORDS: Record<HeadroomResource, string> = {
	memory: 'memory',
	disk: 'disk',
	vcpus: 'vCPUs',
	cpu: 'CPU time',
	limit: 'a hard limit'
};

/** The model's resource as a headroom word (requests against allocatable: a hard limit of the node). */
const HEADROOM_OF: Record<NonNullable<Report['limitedBy']>, HeadroomResource> = {
	memory: 'memory',
	vcpus: 'vcpus',
	cpuTime: 'cpu',
	memoryRequests: 'limit',
	cpuRequests: 'limit',
	disk: 'disk',
	limit: 'limit'
};

export interface Headroom {
	/** The group the room is counted for (the one with the most instances); undefined when none. */
	group?: string;
	/** How many more of it fit; 0 when the host is already over; Infinity when nothing runs out. */
	more: number;
	/** What stops it: the first resource to run out. */
	runsOut: HeadroomResource | null;
	/** True when something placed already does not fit. */
	over: boolean;
}

/** The model names each hard limit; a VM limit applies to VMs, a bridge limit to containers. */
const limitAppliesTo = (name: string, kind: Report['groups'][number]['kind']) =>
	kind === 'vm' ? /\bVMs\b/.test(name) : kind === 'container' && /\bcontainers\b/i.test(name);

export function headroom(report: Report, scenario: Scenario): Headroom {
	const groups = new Map<string, Group>(scenario.groups.map((g) => [g.id, g]));
	const largest = report.groups
		.filter((g) => g.supported && g.count > 0)
		.reduce<Report['groups'][number] | undefined>(
			(best, g) => (best && best.count >= g.count ? best : g),
			undefined
		);
	const limitOf = (r: Report['limitedBy']): HeadroomResource | null =>
		r === null ? null : HEADROOM_OF[r];
	if (!report.fits)
		return {
			group: largest
				? groupName(groups.get(largest.id) ?? largest, largest.workloadName)
				: undefined,
			more: 0,
			runsOut: limitOf(report.limitedBy),
			over: true
		};
	if (!largest) return { more: 0, runsOut: null, over: false };

	const m = largest.marginal;
	const room: [HeadroomResource, number, number][] = [
		['memory', report.memory.capacityMiB - report.memory.usedMiB, m.memoryMiB],
		['vcpus', report.cpu.vcpuCapacity - report.cpu.allocatedVcpus, m.vcpus],
		['cpu', report.cpu.capacityCores - report.cpu.demandCores, m.demandCores],
		['disk', report.disk.capacityMiB - report.disk.usedMiB, m.diskMiB],
		...report.limits
			.filter((l) => limitAppliesTo(l.name, largest.kind))
			.map((l): [HeadroomResource, number, number] => ['limit', l.max - l.used, 1])
	];
	let more = Infinity;
	let runsOut: HeadroomResource | null = null;
	for (const [resource, free, each] of room) {
		if (!(each > 0)) continue;
		// A hair of rounding must not cost a whole instance.
		const n = Math.max(0, Math.floor(free / each + 1e-9));
		if (n < more) [more, runsOut] = [n, resource];
	}
	return {
		group: groupName(groups.get(largest.id) ?? largest, largest.workloadName),
		more,
		runsOut,
		over: false
	};
}

/** "memory", "memory (already over)", or "nothing placed". */
export function runsOutWords(h: Headroom): string {
	if (!h.runsOut) return h.group ? 'nothing in sight' : 'nothing placed yet';
	return h.over ? `${HEADROOM_WORDS[h.runsOut]} (already over)` : HEADROOM_WORDS[h.runsOut];
}

/** "52 more “nginx as VMs”", "none: already over", or "—". */
export function moreWords(h: Headroom): string {
	if (!h.group) return '—';
	if (h.over) return 'none: not everything fits now';
	if (!Number.isFinite(h.more)) return `no end in sight for “${h.group}”`;
	return `${formatCount(h.more)} more “${h.group}”`;
}
