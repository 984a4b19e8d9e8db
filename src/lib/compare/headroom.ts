/**
 * Room left on one side of a comparison: what runs out first, and how many more instances of the
 * side's largest group would fit — from the report's totals and what each further instance of that
 * group adds (its `marginal`, sharing applied, with the hidden Linux VM's memory and the hard
 * limits it takes, as data: no limit is guessed from its name). Pure: no DOM.
 */
import { formatCount, groupName, type Group, type Report, type Scenario } from '$lib/model';

export type HeadroomResource =
	'memory' | 'disk' | 'vcpus' | 'cpu' | 'memoryRequests' | 'cpuRequests' | 'limit';

export const HEADROOM_WORDS: Record<HeadroomResource, string> = {
	memory: 'memory',
	disk: 'disk',
	vcpus: 'vCPUs',
	cpu: 'CPU time',
	memoryRequests: 'allocatable memory (requests)',
	cpuRequests: 'allocatable CPU (requests)',
	limit: 'a hard limit'
};

/** The model's resource as a headroom word. */
const HEADROOM_OF: Record<NonNullable<Report['limitedBy']>, HeadroomResource> = {
	memory: 'memory',
	vcpus: 'vcpus',
	cpuTime: 'cpu',
	memoryRequests: 'memoryRequests',
	cpuRequests: 'cpuRequests',
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
	// What is free of each resource, and what one more instance takes of it, in the model's order.
	const room: [HeadroomResource, number, number][] = [
		['memory', report.memory.capacityMiB - report.memory.usedMiB, m.memoryMiB]
	];
	const vm = report.utilityVm;
	if (vm) room.push(['memory', vm.limitMiB - vm.usedMiB, m.utilityVmMiB]);
	room.push(
		['vcpus', report.cpu.vcpuCapacity - report.cpu.allocatedVcpus, m.vcpus],
		['cpu', report.cpu.capacityCores - report.cpu.demandCores, m.demandCores],
		['disk', report.disk.capacityMiB - report.disk.usedMiB, m.diskMiB]
	);
	// On a Kubernetes node the scheduler also places by requests, against allocatable.
	const node = report.kubernetes;
	if (node)
		room.push(
			['memoryRequests', node.allocatableMiB - node.requestedMiB, largest.requests.memoryMiB],
			['cpuRequests', node.allocatableCores - node.requestedCores, largest.requests.cores]
		);
	for (const l of report.limits)
		if (m.limits.includes(l.id)) room.push(['limit', l.max - l.used, 1]);
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
