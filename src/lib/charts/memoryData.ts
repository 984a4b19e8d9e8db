/**
 * Memory by layer: one stacked bar for the whole host, one for the host's own software and one
 * per group, from the model's report. Pure: no DOM.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import {
	groupName,
	LAYER_LABEL,
	LAYERS,
	type Group,
	type Kind,
	type Layer,
	type Report,
	type Scenario
} from '$lib/model';
import { exactMiB, formatMiB, num0 } from './format';
import type { TableData } from './table';

export type MemoryKey = Layer | 'saved';
export const MEMORY_KEYS: readonly MemoryKey[] = [...LAYERS, 'saved'];

export interface MemorySegment {
	/** Unique in the chart: row id and layer. */
	key: string;
	layer: MemoryKey;
	/** Start and end along the bar, in MiB. */
	x0: number;
	x1: number;
	label: string;
}

export interface MemoryRow {
	id: string;
	name: string;
	kind?: Kind;
	count?: number;
	/** Why the row is empty, when the group cannot run on this host. */
	reason?: string;
	values: Record<MemoryKey, number>;
	usedMiB: number;
	savedMiB: number;
	segments: MemorySegment[];
}

const withSaved = (layers: Record<Layer, number>, saved: number): Record<MemoryKey, number> => ({
	...layers,
	saved
});

function describe(row: MemoryRow, key: MemoryKey, mib: number): string {
	const what = key === 'saved' ? 'Saved by sharing (not used)' : LAYER_LABEL[key];
	const forCount = row.count !== undefined ? ` for ${num0(row.count)}` : '';
	return `${row.name} — ${what}: ${exactMiB(mib)}${key === 'saved' ? '' : forCount}`;
}

/** A bar before stacking: everything its segments are computed from. */
type RowInput = Omit<MemoryRow, 'segments'>;

/** Unchanged: the same name, count, reason and values, so the same segments. */
const sameInput = (a: MemoryRow, b: RowInput) =>
	a.id === b.id &&
	a.name === b.name &&
	a.kind === b.kind &&
	a.count === b.count &&
	a.reason === b.reason &&
	a.usedMiB === b.usedMiB &&
	a.savedMiB === b.savedMiB &&
	MEMORY_KEYS.every((k) => a.values[k] === b.values[k]);

/** The group's human name; a report without its scenario group still names its workload and kind. */
const nameOf = (g: Group | undefined, r: Report['groups'][number]): string =>
	groupName(g ?? r, r.workloadName);

function inputs(report: Report, scenario: Scenario): RowInput[] {
	const groups = new Map<string, Group>(scenario.groups.map((g) => [g.id, g]));
	const rows: RowInput[] = [
		{
			id: 'host-total',
			name: 'Whole host',
			values: withSaved(report.memory.byLayer, report.memory.sharedSavedMiB),
			usedMiB: report.memory.usedMiB,
			savedMiB: report.memory.sharedSavedMiB
		},
		{
			id: 'host-software',
			name: 'Host software',
			values: withSaved(report.memory.hostLevel, 0),
			usedMiB: sumOf(report.memory.hostLevel),
			savedMiB: 0
		}
	];
	for (const g of report.groups) {
		const m = g.memory;
		let saved = 0;
		for (const l of LAYERS) saved += m.perInstance[l] * g.count - m.totalByLayer[l];
		// Sharing never costs memory; tiny negatives are rounding.
		saved = Math.max(0, saved);
		rows.push({
			id: g.id,
			name: nameOf(groups.get(g.id), g),
			kind: g.kind,
			count: g.count,
			reason: g.supported ? undefined : g.reason,
			values: withSaved(m.totalByLayer, saved),
			usedMiB: m.totalMiB,
			savedMiB: saved
		});
	}
	return rows;
}

/**
 * The bars, each with its segments stacked in layer order (host OS first, saved last). Bars that
 * equal one in `prev` are that very object (and `prev` itself when nothing changed), so a view
 * re-renders only what changed.
 */
export function memoryRows(
	report: Report,
	scenario: Scenario,
	prev: readonly MemoryRow[] = []
): MemoryRow[] {
	const old = new Map(prev.map((r) => [r.id, r]));
	const fresh: MemoryRow[] = [];
	const rows = inputs(report, scenario).map((input): MemoryRow => {
		const p = old.get(input.id);
		if (p && sameInput(p, input)) return p;
		const row = { ...input, segments: [] };
		fresh.push(row);
		return row;
	});
	if (fresh.length === 0 && rows.length === prev.length && rows.every((r, i) => r === prev[i]))
		return prev as MemoryRow[];
	stackRows(fresh);
	return rows;
}

/** Fill in the segments of `rows` (which have none yet): their layers stacked with d3's stack. */
function stackRows(rows: MemoryRow[]): void {
	const series = stack<MemoryRow, MemoryKey>()
		.keys(MEMORY_KEYS)
		.value((row, key) => Math.max(0, row.values[key]))(rows);
	for (const s of series) {
		const key = s.key as MemoryKey;
		s.forEach(([x0, x1], i) => {
			if (x1 - x0 <= 0) return;
			const row = rows[i]!;
			row.segments.push({
				key: `${row.id}|${key}`,
				layer: key,
				x0,
				x1,
				label: describe(row, key, x1 - x0)
			});
		});
	}
}

/** At most this many group bars are drawn; the rest share one "more groups" bar (the table has all). */
export const MAX_GROUP_BARS = 40;

/**
 * The bars to draw: the two host bars, the `max` groups that use the most memory (in their own
 * order), and one bar adding up the others.
 */
export function limitRows(rows: readonly MemoryRow[], max = MAX_GROUP_BARS): readonly MemoryRow[] {
	const groups = rows.filter((r) => r.count !== undefined);
	if (groups.length <= max) return rows;
	const keep = new Set(
		[...groups]
			.sort((a, b) => b.usedMiB + b.savedMiB - (a.usedMiB + a.savedMiB))
			.slice(0, max)
			.map((r) => r.id)
	);
	const rest = groups.filter((r) => !keep.has(r.id));
	const values = Object.fromEntries(MEMORY_KEYS.map((k) => [k, 0])) as Record<MemoryKey, number>;
	for (const r of rest) for (const k of MEMORY_KEYS) values[k] += r.values[k];
	const others: MemoryRow = {
		id: 'more-groups',
		name: `${num0(rest.length)} more groups`,
		count: rest.reduce((t, r) => t + r.count!, 0),
		values,
		usedMiB: rest.reduce((t, r) => t + r.usedMiB, 0),
		savedMiB: rest.reduce((t, r) => t + r.savedMiB, 0),
		segments: []
	};
	stackRows([others]);
	return [...rows.filter((r) => r.count === undefined || keep.has(r.id)), others];
}

/** memoryRows that remembers its last result, so each call can reuse unchanged bars. */
export function memoryRowsKeeper(): (report: Report, scenario: Scenario) => MemoryRow[] {
	let last: MemoryRow[] = [];
	return (report, scenario) => (last = memoryRows(report, scenario, last));
}

function sumOf(layers: Record<Layer, number>): number {
	let t = 0;
	for (const l of LAYERS) t += layers[l];
	return t;
}

/** The longest bar, saved part included. */
export const longestMiB = (rows: readonly MemoryRow[]): number =>
	rows.reduce((m, r) => Math.max(m, r.usedMiB + r.savedMiB), 0);

/** Height of one bar's band: roomy for a few bars, compact for many. */
export function memoryBandHeight(rows: number): number {
	if (rows <= 8) return 42;
	if (rows <= 16) return 28;
	if (rows <= 30) return 22;
	return 17;
}

export interface MemoryScales {
	x: ScaleLinear<number, number>;
	y: ScaleBand<string>;
	/** The end of the x axis, in MiB. */
	maxMiB: number;
	capacityVisible: boolean;
}

/**
 * x in MiB from 0 to the capacity or the longest bar, whichever is more; when zoomed, to the
 * longest bar only (the capacity line may then fall off the end). y: one band per bar.
 */
export function memoryScales(
	rows: readonly MemoryRow[],
	capacityMiB: number,
	zoom: boolean,
	inner: { width: number; height: number }
): MemoryScales {
	const longest = longestMiB(rows);
	const maxMiB = Math.max(1, zoom && longest > 0 ? longest : Math.max(capacityMiB, longest));
	return {
		x: scaleLinear().domain([0, maxMiB]).range([0, inner.width]),
		y: scaleBand<string>()
			.domain(rows.map((r) => r.id))
			.range([0, inner.height])
			.paddingInner(0.22)
			.paddingOuter(0.1),
		maxMiB,
		capacityVisible: capacityMiB <= maxMiB * (1 + 1e-9)
	};
}

/**
 * The unit the bars are drawn in inside their scaled group: MiB, or GiB, TiB… for huge hosts.
 * The browser clamps an SVG length near 2^25, so 200,000 VMs (220 TiB, 2.3 × 10^8 MiB) drawn in
 * MiB ended at about 65,000 GiB and lost their last layers; in GiB they stay well inside.
 */
export function barUnitMiB(maxMiB: number): number {
	let unit = 1;
	while (maxMiB / unit > 1e6) unit *= 1024;
	return unit;
}

/** Layers that appear in any bar, in stacking order: the legend and the table's columns. */
export const layersInUse = (rows: readonly MemoryRow[]): MemoryKey[] =>
	MEMORY_KEYS.filter((k) => rows.some((r) => r.values[k] > 0));

export function memoryTable(rows: readonly MemoryRow[]): TableData {
	const keys = layersInUse(rows);
	return {
		columns: [
			{ label: 'Bar' },
			{ label: 'Instances' },
			...keys.map((k) => ({
				label: k === 'saved' ? 'Saved by sharing' : LAYER_LABEL[k],
				unit: 'MiB'
			})),
			{ label: 'Total used', unit: 'MiB' }
		],
		rows: rows.map((r) => [
			r.reason ? `${r.name} (not supported)` : r.name,
			r.count ?? '',
			...keys.map((k) => r.values[k]),
			r.usedMiB
		])
	};
}

export function memorySummary(report: Report, rows: readonly MemoryRow[]): string {
	const { usedMiB, capacityMiB, sharedSavedMiB } = report.memory;
	const groups = rows.filter((r) => r.count !== undefined && !r.reason);
	const biggest = groups.reduce<MemoryRow | null>(
		(b, r) => (b && b.usedMiB >= r.usedMiB ? b : r),
		null
	);
	const fits = report.fits ? '' : ' — not everything fits';
	const most = biggest
		? ` The largest group is ${biggest.name}, ${formatMiB(biggest.usedMiB)}.`
		: '';
	const saved = sharedSavedMiB > 0 ? ` Sharing saves ${formatMiB(sharedSavedMiB)}.` : '';
	return `The host uses ${formatMiB(usedMiB)} of its ${formatMiB(capacityMiB)} of memory${fits}.${most}${saved}`;
}
