/**
 * "One of each, to one scale": one instance of each group as a bar of its memory layers, every bar
 * on the same scale, so a VM and a container can be told apart at a glance. Pure: no DOM.
 */
import {
	formatCount,
	formatMiB,
	groupName,
	LAYERS,
	type Group,
	type Kind,
	type Layer,
	type Report,
	type Scenario
} from '$lib/model';

export interface StripSegment {
	layer: Layer;
	/** Share of the longest bar, 0 to 1: where the segment starts and how wide it is. */
	x: number;
	w: number;
	mib: number;
}

export interface StripRow {
	id: string;
	name: string;
	kind: Kind;
	mib: number;
	/**
	 * Of `mib`, guest RAM held for the instance but not used by anything in it (a VM's committed
	 * RAM): reserved, not resident work. The rest is what the instance uses.
	 */
	idleMiB: number;
	/** This bar's length as a share of the longest, 0 to 1. */
	share: number;
	segments: StripSegment[];
}

export interface Strip {
	rows: StripRow[];
	/** Groups on the host not drawn here (the strip keeps a few rows). */
	more: number;
	/** "One nginx as VMs uses as much memory as 39 nginx as containers." Empty with one row. */
	sentence: string;
}

/** At most this many bars: enough to compare kinds, few enough to read in ten seconds. */
export const MAX_STRIP_ROWS = 4;

/**
 * One bar per placed, supported group, in the host's order; groups with the same kind, workload
 * and per-instance memory are drawn once.
 */
export function instanceStrip(report: Report, scenario: Scenario, max = MAX_STRIP_ROWS): Strip {
	const groups = new Map<string, Group>(scenario.groups.map((g) => [g.id, g]));
	const seen = new Set<string>();
	const all: Omit<StripRow, 'share' | 'segments'>[] = [];
	const layersOf = new Map<string, Record<Layer, number>>();
	for (const g of report.groups) {
		if (!g.supported || g.count <= 0 || g.memory.perInstanceMiB <= 0) continue;
		const key = `${g.kind}|${g.workload}|${g.memory.perInstanceMiB}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const sg = groups.get(g.id);
		all.push({
			id: g.id,
			name: groupName(sg ?? g, g.workloadName),
			kind: g.kind,
			mib: g.memory.perInstanceMiB,
			idleMiB: g.memory.perInstance.idle
		});
		layersOf.set(g.id, g.memory.perInstance);
	}
	const shown = all.slice(0, max);
	const longest = shown.reduce((m, r) => Math.max(m, r.mib), 0);
	const rows = shown.map((r): StripRow => {
		const layers = layersOf.get(r.id)!;
		const segments: StripSegment[] = [];
		let x = 0;
		for (const layer of LAYERS) {
			const mib = layers[layer];
			if (!(mib > 0)) continue;
			const w = mib / longest;
			segments.push({ layer, x, w, mib });
			x += w;
		}
		return { ...r, share: r.mib / longest, segments };
	});
	return { rows, more: all.length - shown.length, sentence: compare(rows) };
}

/** The biggest against the smallest, in words, when they differ enough to say so. */
function compare(rows: readonly StripRow[]): string {
	if (rows.length < 2) return '';
	const big = rows.reduce((a, b) => (b.mib > a.mib ? b : a));
	const small = rows.reduce((a, b) => (b.mib < a.mib ? b : a));
	const times = big.mib / small.mib;
	if (times < 1.5) return '';
	// Held is not used: a VM's committed guest RAM is said apart, where the number first appears.
	const held =
		big.idleMiB >= 1
			? `${formatMiB(big.mib)}: ${formatMiB(big.mib - big.idleMiB)} in use and ${formatMiB(big.idleMiB)} of guest RAM reserved but idle`
			: formatMiB(big.mib);
	return `One of “${big.name}” (${held}) takes as much of the host’s memory as about ${formatCount(Math.round(times))} of “${small.name}” (${formatMiB(small.mib)} each).`;
}
