/**
 * Startup timeline: one Gantt row per kind for one workload on the current host, with the
 * container twice (cold and warm image cache). Phases come from evaluate() of one-instance
 * scenarios. Pure: no DOM.
 */
import { scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import {
	evaluate,
	PHASE_LABEL,
	PHASES,
	type Host,
	type ImageCache,
	type Kind,
	type Phase,
	type WorkloadId
} from '$lib/model';
import { exactMs, formatMs } from './format';
import type { TableData } from './table';
import { niceCeil } from './ticks';

export interface GanttPhase {
	key: string;
	phase: Phase;
	startMs: number;
	endMs: number;
	label: string;
}

export interface GanttRow {
	id: string;
	name: string;
	kind: Kind;
	cache?: ImageCache;
	supported: boolean;
	reason?: string;
	phases: GanttPhase[];
	readyMs: number;
}

const ROWS: { id: string; kind: Kind; cache?: ImageCache; name: string }[] = [
	{ id: 'vm', kind: 'vm', name: 'VM' },
	{ id: 'microvm', kind: 'microvm', name: 'microVM' },
	{ id: 'container-cold', kind: 'container', cache: 'cold', name: 'Container, cold cache' },
	{ id: 'container-warm', kind: 'container', cache: 'warm', name: 'Container, warm cache' }
];

export function startupRows(host: Host, workload: WorkloadId): GanttRow[] {
	return ROWS.map(({ id, kind, cache, name }) => {
		const report = evaluate({
			version: 1,
			name: 'startup',
			host: cache ? { ...host, imageCache: cache } : host,
			groups: [{ id: 'startup', kind, workload, count: 1 }]
		});
		const g = report.groups[0]!;
		let t = 0;
		const phases = g.startup.phases.map(({ phase, ms }) => {
			const p = {
				key: `${id}|${phase}`,
				phase,
				startMs: t,
				endMs: t + ms,
				label: `${name} — ${PHASE_LABEL[phase]}: ${exactMs(ms)}, from ${exactMs(t)} to ${exactMs(t + ms)}`
			};
			t += ms;
			return p;
		});
		return {
			id,
			name,
			kind,
			cache,
			supported: g.supported,
			reason: g.supported ? undefined : g.reason,
			phases,
			readyMs: g.startup.readyMs
		};
	});
}

/** Phases that occur in any row, in the model's order: the legend and the table's columns. */
export const phasesInUse = (rows: readonly GanttRow[]): Phase[] =>
	PHASES.filter((p) => rows.some((r) => r.phases.some((q) => q.phase === p)));

export const slowestMs = (rows: readonly GanttRow[]): number =>
	rows.reduce((m, r) => Math.max(m, r.readyMs), 0);

/**
 * Time from 0 to the slowest row. Linear, or log-like: a symmetric log with a 1 ms knee, so 0
 * stays at the left edge and 5 ms, 500 ms and 50 s each get room.
 */
export function timeScale(
	rows: readonly GanttRow[],
	log: boolean,
	width: number
): ScaleContinuousNumeric<number, number> {
	const max = Math.max(10, slowestMs(rows));
	return log
		? scaleSymlog()
				.constant(1)
				.domain([0, niceCeil(max)])
				.range([0, width])
		: scaleLinear().domain([0, max]).nice().range([0, width]);
}

export function startupTable(rows: readonly GanttRow[]): TableData {
	const phases = phasesInUse(rows);
	return {
		columns: [
			{ label: 'Start as' },
			...phases.map((p) => ({ label: PHASE_LABEL[p], unit: 'ms' })),
			{ label: 'Ready after', unit: 'ms' }
		],
		rows: rows.map((r) =>
			r.supported
				? [
						r.name,
						...phases.map((p) => {
							const q = r.phases.find((x) => x.phase === p);
							return q ? q.endMs - q.startMs : '';
						}),
						r.readyMs
					]
				: [`${r.name} (not supported)`, ...phases.map(() => ''), '']
		)
	};
}

export function startupSummary(rows: readonly GanttRow[], workloadName: string): string {
	const by = new Map(rows.map((r) => [r.id, r]));
	const t = (id: string) => {
		const r = by.get(id);
		return r?.supported ? formatMs(r.readyMs) : null;
	};
	const parts: string[] = [];
	if (t('vm')) parts.push(`in ${t('vm')} as a VM`);
	if (t('microvm')) parts.push(`${t('microvm')} as a microVM`);
	if (t('container-cold'))
		parts.push(
			`as a container in ${t('container-cold')} from a cold image cache or ${t('container-warm')} from a warm one`
		);
	if (parts.length === 0) return `${workloadName} cannot start on this host.`;
	const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	return `${workloadName} is ready ${list}.`;
}
