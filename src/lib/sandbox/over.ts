import type { Report, Resource } from '$lib/model';

/** Which of the host's resources are asked for beyond its capacity (everything placed counted). */
export interface Over {
	memory: boolean;
	disk: boolean;
	vcpus: boolean;
	cpu: boolean;
	limit: boolean;
}

/** What is over, and the name of the hard limit that is (“Pods per Amazon EKS node”), if one is. */
export type OverWithName = Over & { limitName?: string };

export function overCapacity(r: Report): OverWithName {
	return {
		limitName: r.limits.find((l) => l.used > l.max)?.name,
		memory: r.memory.usedMiB > r.memory.capacityMiB,
		disk: r.disk.usedMiB > r.disk.capacityMiB,
		vcpus: r.cpu.allocatedVcpus > r.cpu.vcpuCapacity,
		cpu: r.cpu.demandCores > r.cpu.capacityCores,
		limit: r.limits.some((l) => l.used > l.max)
	};
}

/** Each resource as a noun, and as the first to run out. */
const WORDS: Record<keyof Over, [noun: string, runsOut: string]> = {
	memory: ['memory', 'memory runs out'],
	disk: ['disk', 'disk runs out'],
	vcpus: ['vCPUs', 'vCPUs run out'],
	cpu: ['CPU time', 'CPU time runs out'],
	limit: ['a hard limit of the platform', 'a hard limit of the platform is reached']
};
/** The model's resource as this list's word (requests against allocatable: memory or CPU). */
const OVER_OF: Record<Resource, keyof Over> = {
	memory: 'memory',
	vcpus: 'vcpus',
	cpuTime: 'cpu',
	memoryRequests: 'memory',
	cpuRequests: 'cpu',
	disk: 'disk',
	limit: 'limit'
};
const firstOf = (first: Resource): keyof Over => OVER_OF[first];

/** "No — memory runs out first; disk and vCPUs are over too." Plain words, the first named first. */
export function overList(over: OverWithName, limitedBy: Resource | null): string {
	const head0 = limitedBy ? firstOf(limitedBy) : undefined;
	const all = (Object.keys(WORDS) as (keyof Over)[]).filter((k) => over[k] && k !== head0);
	if (head0) all.unshift(head0);
	if (all.length === 0) return 'No — see the notes';
	const [head, ...rest] = all;
	const first =
		head === 'limit' && over.limitName ? `${over.limitName} is the limit` : WORDS[head!][1];
	if (rest.length === 0) return `No — ${first}`;
	const nouns = rest.map((k) => (k === 'limit' && over.limitName ? over.limitName : WORDS[k][0]));
	const tail =
		nouns.length === 1 ? nouns[0] : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
	return `No — ${first} first; ${tail} ${nouns.length === 1 ? 'is' : 'are'} over capacity too`;
}
