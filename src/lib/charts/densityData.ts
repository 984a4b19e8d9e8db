/**
 * Density: memory used (y) against instances placed (x) for one workload as every kind, on the
 * current host. Every figure comes from the sandbox’s answers (their per-kind table): the host’s own software, the
 * first instance, what each further one adds, the maximum and what runs out first. Pure: no DOM.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import {
	KIND_PLURAL,
	RESOURCE_LABEL,
	type Kind,
	type KindFigures,
	type Resource
} from '$lib/model';
import { KIND_STYLE } from '$lib/style/kinds';
import { formatMiB, num0 } from './format';
import type { TableData } from './table';

export interface DensitySeries {
	kind: Kind;
	name: string;
	supported: boolean;
	/** The model's reason for the count (or for not running at all). */
	reason: string;
	/** Host-level software that this kind brings (host OS, hypervisor or engine). */
	hostLevelMiB: number;
	firstMiB: number;
	/** What each instance after the first adds. */
	marginalMiB: number;
	/** The most that fit on the empty host, and what runs out first. */
	count: number;
	limitedBy: Resource;
}

export { RESOURCE_LABEL };

/** One line per kind, from the answers’ per-kind table (the workload as every kind). */
export function densitySeries(kinds: readonly KindFigures[]): DensitySeries[] {
	return kinds.map((k) => ({
		kind: k.kind,
		name: KIND_STYLE[k.kind].label,
		supported: k.supported,
		reason: k.supported ? k.density.reason : (k.reason ?? k.density.reason),
		hostLevelMiB: k.hostLevelMiB,
		firstMiB: k.firstMiB,
		marginalMiB: k.marginalMiB,
		count: k.supported ? k.density.count : 0,
		limitedBy: k.density.limitedBy
	}));
}

/** Memory used with n instances on the host: host software + first + (n − 1) × each further. */
export const usedAt = (s: DensitySeries, n: number): number =>
	n < 1 ? s.hostLevelMiB : s.hostLevelMiB + s.firstMiB + (n - 1) * s.marginalMiB;

/** Where the line reaches `capacityMiB` (a real number of instances); Infinity if it never does. */
export function capacityCrossing(s: DensitySeries, capacityMiB: number): number {
	const room = capacityMiB - s.hostLevelMiB - s.firstMiB;
	if (room < 0) return 0;
	return s.marginalMiB > 0 ? 1 + room / s.marginalMiB : Infinity;
}

export interface DensityScales {
	x: ScaleContinuousNumeric<number, number>;
	y: ScaleContinuousNumeric<number, number>;
	log: boolean;
	/** The x axis runs from xMin to xMax instances. */
	xMin: number;
	xMax: number;
}

/** x: instances, to a quarter past the largest maximum (log from 1, or linear from 0). y: 0 to 110 % of capacity. */
export function densityScales(
	series: readonly DensitySeries[],
	capacityMiB: number,
	log: boolean,
	inner: { width: number; height: number }
): DensityScales {
	const largest = Math.max(0, ...series.filter((s) => s.supported).map((s) => s.count));
	const xMin = log ? 1 : 0;
	const xMax = Math.max(log ? 10 : 5, largest * 1.25);
	const x = (log ? scaleLog() : scaleLinear()).domain([xMin, xMax]).range([0, inner.width]);
	const y = scaleLinear()
		.domain([0, Math.max(1, capacityMiB) * 1.1])
		.range([inner.height, 0]);
	return { x, y, log, xMin, xMax };
}

/** Instances to plot from a to b: the ends, and on a log axis points spaced evenly between. */
export function samples(a: number, b: number, log: boolean, n = 24): number[] {
	if (!(b > a)) return [a];
	if (!log) return [a, b];
	const la = Math.log(a);
	const step = (Math.log(b) - la) / (n - 1);
	return Array.from({ length: n }, (_, i) => (i === n - 1 ? b : Math.exp(la + i * step)));
}

export interface DensityGeometry {
	kind: Kind;
	/** The line up to the maximum (empty when nothing fits). */
	path: string;
	/** Dashed continuation to where memory would run out, when something else ran out first. */
	extension: string;
	marker: { x: number; y: number } | null;
	label: string;
}

export function densityGeometry(
	series: readonly DensitySeries[],
	s: DensityScales,
	capacityMiB: number
): DensityGeometry[] {
	return series.map((d) => {
		const label = markLabel(d);
		if (!d.supported || d.count < 1)
			return { kind: d.kind, path: '', extension: '', marker: null, label };
		const toPath = line<number>()
			.x((n) => s.x(n))
			.y((n) => s.y(usedAt(d, n)));
		// Linear: host software alone at 0, the first instance at 1, then a straight line.
		const pts = s.log ? samples(1, d.count, true) : d.count > 1 ? [0, 1, d.count] : [0, 1];
		const crossing = Math.min(capacityCrossing(d, capacityMiB), s.xMax);
		const extension =
			d.limitedBy !== 'memory' && crossing > d.count
				? (toPath(samples(d.count, crossing, s.log)) ?? '')
				: '';
		return {
			kind: d.kind,
			path: toPath(pts) ?? '',
			extension,
			marker: { x: s.x(d.count), y: s.y(usedAt(d, d.count)) },
			label
		};
	});
}

/** The words at the end of a line: how many fit, and what ran out. */
export function markLabel(d: DensitySeries): string {
	if (!d.supported) return `${d.name}: not supported here`;
	const what =
		d.limitedBy === 'memory' ? 'memory full' : `limited by ${RESOURCE_LABEL[d.limitedBy]}`;
	return `${d.name}: ${num0(d.count)} max — ${what}`;
}

export function densityTable(series: readonly DensitySeries[]): TableData {
	return {
		columns: [
			{ label: 'Kind' },
			{ label: 'Host software', unit: 'MiB' },
			{ label: 'First instance', unit: 'MiB' },
			{ label: 'Each further instance', unit: 'MiB' },
			{ label: 'Maximum instances' },
			{ label: 'Limited by' },
			{ label: 'Memory used at the maximum', unit: 'MiB' }
		],
		rows: series.map((d) =>
			d.supported
				? [
						d.name,
						d.hostLevelMiB,
						d.firstMiB,
						d.marginalMiB,
						d.count,
						RESOURCE_LABEL[d.limitedBy],
						usedAt(d, d.count)
					]
				: [d.name, '', '', '', 0, 'not supported', '']
		)
	};
}

export function densitySummary(
	series: readonly DensitySeries[],
	workloadName: string,
	capacityMiB: number
): string {
	const parts = series.map((d) => {
		const as = `as ${KIND_PLURAL[d.kind]}`;
		if (!d.supported) return `none ${as} (not supported here)`;
		const why =
			d.limitedBy === 'memory'
				? 'memory runs out'
				: `${RESOURCE_LABEL[d.limitedBy]} runs out first`;
		return `${num0(d.count)} ${as} (${why})`;
	});
	const list = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
	return `On an empty host with ${formatMiB(capacityMiB)} of memory, ${workloadName} fits ${list}.`;
}
