import { KIND_PLURAL, START_LIMIT_LABEL, type KindFigures, type Report } from '$lib/model';

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
	/** What each side's figure is bound by, in words, when the figure has a limiting factor. */
	why?: { a: string; b: string };
	/** A kind's row: its colour and marker. */
	kind?: KindFigures['kind'];
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

/** Every instance started at once: when the last is ready, as the model counts it (report.startup). */
export const allReadyMs = (r: Report): number => r.startup.allReadyMs;

/** What holds every start back on one side, in words. */
export const allReadyWhy = (r: Report): string =>
	r.groups.some((g) => g.supported && g.count > 0)
		? START_LIMIT_LABEL[r.startup.limitedBy]
		: 'nothing to start';

/** The figures the A/B panel compares, in reading order. */
export function compareReports(
	a: Report,
	b: Report,
	/** The workload as every kind on each side's host (a sandbox’s answers: kindsFor). */
	kindsA: readonly KindFigures[],
	kindsB: readonly KindFigures[],
	/** The workload's name, said in each density row ("nginx web server VMs that fit…"). */
	workloadName: string
): Delta[] {
	return [
		delta('memory', 'Memory used', 'MiB', a.memory.usedMiB, b.memory.usedMiB),
		delta('disk', 'Disk used', 'MiB', a.disk.usedMiB, b.disk.usedMiB),
		delta('vcpus', 'vCPUs allocated', 'vCPUs', a.cpu.allocatedVcpus, b.cpu.allocatedVcpus),
		delta('cpu', 'CPU busy (average)', 'cores', a.cpu.demandCores, b.cpu.demandCores),
		{
			...delta('ready', 'Time until all are ready', 'ms', allReadyMs(a), allReadyMs(b)),
			why: { a: allReadyWhy(a), b: allReadyWhy(b) }
		},
		...kindsA.map((ka) => ({
			...delta(
				`density-${ka.kind}`,
				`${workloadName} ${KIND_PLURAL[ka.kind]} that fit on an empty host`,
				'instances',
				ka.density.count,
				kindsB.find((kb) => kb.kind === ka.kind)?.density.count ?? 0,
				true
			),
			kind: ka.kind
		}))
	];
}
