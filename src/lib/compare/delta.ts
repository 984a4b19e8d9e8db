import {
	KIND_PLURAL,
	KINDS,
	maxInstances,
	type Host,
	type Report,
	type WorkloadId
} from '$lib/model';

/** One compared figure: A, B, B − A and B ÷ A. */
export interface Delta {
	key: string;
	label: string;
	unit: 'MiB' | 'ms' | 'vCPUs' | 'cores' | 'instances';
	a: number;
	b: number;
	diff: number;
	/** B ÷ A; null when A is 0. */
	ratio: number | null;
	/** Whether a bigger number is better for the reader (more instances fit) or worse (more memory). */
	higherIsBetter: boolean;
}

const delta = (
	key: string,
	label: string,
	unit: Delta['unit'],
	a: number,
	b: number,
	higherIsBetter = false
): Delta => ({
	key,
	label,
	unit,
	a,
	b,
	diff: b - a,
	ratio: a === 0 ? null : b / a,
	higherIsBetter
});

/** The slowest group's ready time: instances start in parallel, so the last one to be ready decides. */
export const allReadyMs = (r: Report): number =>
	r.groups.reduce((m, g) => (g.supported && g.count > 0 ? Math.max(m, g.startup.readyMs) : m), 0);

/** The figures the A/B panel compares, in reading order. */
export function compareReports(
	a: Report,
	b: Report,
	hostA: Host,
	hostB: Host,
	workload: WorkloadId,
	/** The workload's name, said in each density row ("nginx web server VMs that fit…"). */
	workloadName: string
): Delta[] {
	return [
		delta('memory', 'Memory used', 'MiB', a.memory.usedMiB, b.memory.usedMiB),
		delta('disk', 'Disk used', 'MiB', a.disk.usedMiB, b.disk.usedMiB),
		delta('vcpus', 'vCPUs allocated', 'vCPUs', a.cpu.allocatedVcpus, b.cpu.allocatedVcpus),
		delta('cpu', 'CPU busy (average)', 'cores', a.cpu.demandCores, b.cpu.demandCores),
		delta('ready', 'Time until all are ready', 'ms', allReadyMs(a), allReadyMs(b)),
		...KINDS.map((kind) =>
			delta(
				`density-${kind}`,
				`${workloadName} ${KIND_PLURAL[kind]} that fit on an empty host`,
				'instances',
				maxInstances(hostA, { kind, workload }).count,
				maxInstances(hostB, { kind, workload }).count,
				true
			)
		)
	];
}
