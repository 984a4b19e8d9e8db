/**
 * Startup timeline: one Gantt row per kind for one workload on the current host, twice (cold and
 * warm image cache) for a kind whose start depends on the cache. Phases come from the sandbox's
 * answers’ per-kind table. Pure: no DOM.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import {
	KIND_LABEL as KIND_WORD,
	PHASE_LABEL,
	PHASES,
	type ImageCache,
	type Kind,
	type KindFigures,
	type KindStartup,
	type Phase
} from '$lib/model';
import { KIND_STYLE } from '$lib/style/kinds';
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

/** The rows of one kind: one, or cold and warm image cache for a kind that pulls an image. */
function rowsOf(
	k: KindFigures
): { id: string; cache?: ImageCache; name: string; s: KindStartup }[] {
	const label = KIND_STYLE[k.kind].label;
	if (!k.sharesImageLayers) return [{ id: k.kind, name: label, s: k.startup }];
	return [
		{ id: `${k.kind}-cold`, cache: 'cold', name: `${label}, cold cache`, s: k.startup.cold },
		{ id: `${k.kind}-warm`, cache: 'warm', name: `${label}, warm cache`, s: k.startup.warm }
	];
}

/** Every kind's rows, from the answers’ per-kind table (the workload as every kind). */
export function startupRows(kinds: readonly KindFigures[]): GanttRow[] {
	return kinds
		.flatMap((k) => rowsOf(k).map(({ id, cache, name, s }) => ({ k, id, cache, name, s })))
		.map(({ k, id, cache, name, s }) => {
			const kind = k.kind;
			const g = { supported: k.supported, reason: k.reason, startup: s };
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

/** The shortest phase of any row, in ms (0 when there is none). */
const shortestMs = (rows: readonly GanttRow[]): number =>
	rows.reduce(
		(m, r) =>
			r.phases.reduce((n, p) => (p.endMs > p.startMs ? Math.min(n, p.endMs - p.startMs) : n), m),
		Infinity
	);

/**
 * Time, linear from 0 to the slowest row; or log, for reading each phase's own length, from a
 * power of ten at or below the shortest phase (a log axis has no 0) to a round end.
 */
export function timeScale(
	rows: readonly GanttRow[],
	log: boolean,
	width: number
): ScaleContinuousNumeric<number, number> {
	const max = Math.max(10, slowestMs(rows));
	if (!log) return scaleLinear().domain([0, max]).nice().range([0, width]);
	const shortest = shortestMs(rows);
	const start = 10 ** Math.floor(Math.log10(Number.isFinite(shortest) ? shortest : 1));
	return scaleLog()
		.domain([Math.max(0.1, Math.min(start, 1)), niceCeil(max)])
		.range([0, width]);
}

/** One drawn bar: a phase, or (log) a row's whole time to ready. */
export interface GanttBar {
	key: string;
	phase: Phase | 'ready';
	y: number;
	h: number;
	fromMs: number;
	toMs: number;
	label: string;
}

export interface GanttPlaced {
	row: GanttRow;
	/** Baseline of the row's name. */
	nameY: number;
	/** Middle of the row's bars: where "ready in …" or "not supported" is written (linear). */
	midY: number;
	bars: GanttBar[];
}

/**
 * Where each row goes. Linear: the phases end to end on one bar, as they happen. Log: phases
 * cannot be stacked on a log axis (its lengths are ratios, not sums), so each phase gets its own
 * thin bar from the axis start to its length, with the total time to ready below them.
 */
export function startupLayout(
	rows: readonly GanttRow[],
	log: boolean,
	axisStartMs: number
): { placed: GanttPlaced[]; height: number } {
	const placed: GanttPlaced[] = [];
	let y = 0;
	for (const row of rows) {
		const drawn = row.phases.filter((p) => p.endMs > p.startMs);
		if (!log || !row.supported) {
			const top = y + 22;
			placed.push({
				row,
				nameY: top - 7,
				midY: top + 14,
				bars: drawn.map((p) => ({
					key: p.key,
					phase: p.phase,
					y: top,
					h: 28,
					fromMs: p.startMs,
					toMs: p.endMs,
					label: p.label
				}))
			});
			y += 60;
			continue;
		}
		const top = y + 22;
		const bars: GanttBar[] = drawn.map((p, i) => ({
			key: p.key,
			phase: p.phase,
			y: top + i * 17,
			h: 13,
			fromMs: axisStartMs,
			toMs: p.endMs - p.startMs,
			label: p.label
		}));
		bars.push({
			key: `${row.id}|ready`,
			phase: 'ready',
			y: top + drawn.length * 17,
			h: 13,
			fromMs: axisStartMs,
			toMs: row.readyMs,
			label: `${row.name} — ready after ${exactMs(row.readyMs)} in all`
		});
		placed.push({ row, nameY: top - 7, midY: top + 7, bars });
		y += 22 + bars.length * 17 + 14;
	}
	return { placed, height: y };
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
	const parts = rows
		.filter((r) => r.supported)
		.map((r) => {
			const as = `as ${/^[aeiou]/i.test(KIND_WORD[r.kind]) ? 'an' : 'a'} ${KIND_WORD[r.kind]}`;
			const cache = r.cache ? ` from a ${r.cache} image cache` : '';
			return `in ${formatMs(r.readyMs)} ${as}${cache}`;
		});
	if (parts.length === 0) return `${workloadName} cannot start on this host.`;
	const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	return `${workloadName} is ready ${list}.`;
}
