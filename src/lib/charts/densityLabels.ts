/**
 * Where the density chart's words go: each line's end label kept inside the plot (a phone's plot
 * is narrow), and the capacity label in a spot no line or end label crosses. Pure: no DOM.
 */
import { formatCount, RESOURCE_LABEL } from '$lib/model';
import { capacityCrossing, usedAt, type DensityScales, type DensitySeries } from './densityData';
import { textWidth } from './legend';

export interface PlacedLabel {
	x: number;
	/** The baseline of its first line. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	text: string;
	/** On a narrow plot an end label takes two lines ("gVisor sandbox:" over "431 (CPU limit)"). */
	lines?: string[];
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const FONT_PX = 14;
/** From one line's baseline to the next's. */
export const LINE_PX = 17;
/** A label's width: its longest line's. */
const widthOf = (l: Pick<PlacedLabel, 'text' | 'lines'>) =>
	Math.max(...(l.lines ?? [l.text]).map((t) => textWidth(t, FONT_PX)));
/** A label's box: its text's width from the anchor, its lines from above the first baseline. */
function boxOf(l: PlacedLabel): Box {
	const w = widthOf(l);
	const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
	return {
		x0,
		x1: x0 + w,
		y0: l.y - FONT_PX,
		y1: l.y + 4 + ((l.lines?.length ?? 1) - 1) * LINE_PX
	};
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** "VM: 56 max — memory full", or on a narrow plot "VM: 56 (memory full)", "Container: 783 (CPU limit)". */
export function endText(d: DensitySeries, narrow: boolean): string {
	if (!d.supported) return `${d.name}: not supported here`;
	if (narrow) {
		const short =
			d.limitedBy === 'memory'
				? 'memory full'
				: d.limitedBy === 'limit'
					? 'hard limit'
					: `${RESOURCE_LABEL[d.limitedBy]} limit`;
		return `${d.name}: ${formatCount(d.count)} (${short})`;
	}
	const what =
		d.limitedBy === 'memory' ? 'memory full' : `limited by ${RESOURCE_LABEL[d.limitedBy]}`;
	return `${d.name}: ${formatCount(d.count)} max — ${what}`;
}

/** Half the size of a marker's box, padded: no label may cover a marker. */
export const MARKER_HALF_PX = 9;

/** The box a marker takes, padded. */
export const markerBox = (m: { x: number; y: number }): Box => ({
	x0: m.x - MARKER_HALF_PX,
	x1: m.x + MARKER_HALF_PX,
	y0: m.y - MARKER_HALF_PX,
	y1: m.y + MARKER_HALF_PX
});

/** The box a placed end label takes on screen. */
export const labelBox = (l: PlacedLabel): Box => boxOf(l);
export { overlaps as boxesOverlap };
export type { Box as LabelBox };

/**
 * The end label of each line that has a marker, inside [0, width] × [0, height], apart from each
 * other and from every marker. Lines that run out at the same count for the same reason (their
 * markers on one spot) share one label, "microVM, Kata pod: 64 (CPU limit)", on the first of them;
 * the others get null. Each label goes beside its marker — right or left, level with it or a line
 * or more above or below — at the first spot that covers nothing (and sits on no rule), nearest
 * first; the labels furthest right (least room) are placed first.
 */
export function endLabels(
	series: readonly DensitySeries[],
	markers: readonly ({ x: number; y: number } | null)[],
	inner: { width: number; height: number },
	/** Horizontal rules (the capacity line) a label should not sit on, by their y; kept clear when there is room. */
	rules: readonly number[] = []
): (PlacedLabel | null)[] {
	// Short words on a phone, and when many lines end close together (five kinds).
	const narrow = inner.width < 420 || markers.filter(Boolean).length > 3;
	// Lines whose markers share a spot (same count, same reason) share a label.
	const groups: number[][] = [];
	series.forEach((d, i) => {
		const m = markers[i];
		if (!m) return;
		const same = groups.find((g) => {
			const j = g[0]!;
			const o = markers[j]!;
			return (
				series[j]!.supported === d.supported &&
				series[j]!.count === d.count &&
				series[j]!.limitedBy === d.limitedBy &&
				Math.hypot(o.x - m.x, o.y - m.y) < 4
			);
		});
		if (same) same.push(i);
		else groups.push([i]);
	});
	// A phone's plot: the name over the count, so a label is half as wide.
	const twoLines = inner.width < 420;
	const textOf = (g: number[]) => {
		const first = series[g[0]!]!;
		const name = g.map((i) => series[i]!.name).join(', ');
		const text = endText({ ...first, name }, narrow);
		const cut = text.indexOf(': ');
		return twoLines && cut > 0
			? { text, lines: [text.slice(0, cut + 1), text.slice(cut + 2)] }
			: { text };
	};
	const obstacles: Box[] = markers.filter((m) => m !== null).map(markerBox);
	const placed: Box[] = [];
	const out: (PlacedLabel | null)[] = series.map(() => null);
	const fits = (b: Box) =>
		b.x0 >= 0 &&
		b.x1 <= inner.width &&
		b.y0 >= 0 &&
		b.y1 <= inner.height &&
		!obstacles.some((o) => overlaps(o, b)) &&
		!placed.some((o) => overlaps(o, b));
	const order = [...groups].sort((a, b) => markers[b[0]!]!.x - markers[a[0]!]!.x);
	for (const g of order) {
		const m = markers[g[0]!]!;
		const words = textOf(g);
		const w = widthOf(words);
		const rows = words.lines?.length ?? 1;
		// The side with more room first.
		const sides: PlacedLabel['anchor'][] =
			m.x > inner.width / 2 ? ['end', 'start'] : ['start', 'end'];
		const candidates: PlacedLabel[] = [];
		// Nearest first, as far as the whole plot: a label far from its marker beats one over another.
		for (let k = 0; k <= Math.ceil(inner.height / LINE_PX); k++)
			for (const dy of k === 0 ? [0] : [-k * LINE_PX, k * LINE_PX])
				for (const anchor of sides) {
					// Level with the marker, the text's middle on its centre; off it, the text may
					// also sit over or under the marker, centred, when the sides have no room.
					const y = m.y + 5 + dy - ((rows - 1) * LINE_PX) / 2;
					const gapPx = MARKER_HALF_PX + 3;
					const x = anchor === 'start' ? m.x + gapPx : m.x - gapPx;
					candidates.push({ x, y, anchor, ...words });
					if (k > 0) {
						// Slid inwards so a long label keeps inside the plot.
						const slid = anchor === 'start' ? Math.min(x, inner.width - w) : Math.max(x, w);
						if (slid !== x) candidates.push({ x: slid, y, anchor, ...words });
					}
				}
		const onRule = (b: Box) => rules.some((y) => b.y0 - 1 < y && y < b.y1 + 1);
		const best =
			candidates.find((c) => fits(boxOf(c)) && !onRule(boxOf(c))) ??
			candidates.find((c) => fits(boxOf(c)));
		// No free spot at all (a very short plot): the nearest spot inside the plot.
		const chosen =
			best ??
			(() => {
				const c = candidates[0]!;
				const x =
					c.anchor === 'start'
						? Math.max(0, Math.min(c.x, inner.width - w))
						: Math.min(inner.width, Math.max(c.x, w));
				return { ...c, x, y: Math.min(inner.height - 4, Math.max(FONT_PX, c.y)) };
			})();
		placed.push(boxOf(chosen));
		out[g[0]!] = chosen;
	}
	return out;
}

/** Points every few px along each line (and its dashed extension): what a label must not cover. */
function linePoints(series: readonly DensitySeries[], s: DensityScales, capacityMiB: number) {
	const pts: { x: number; y: number }[] = [];
	for (const d of series) {
		if (!d.supported || d.count < 1) continue;
		const reach = d.limitedBy === 'memory' ? d.count : capacityCrossing(d, capacityMiB);
		const end = Math.min(s.xMax, Math.max(d.count, reach));
		const [px0, px1] = [s.x(s.xMin), s.x(end)];
		const steps = Math.max(2, Math.ceil((px1 - px0) / 3));
		for (let k = 0; k <= steps; k++) {
			const px = px0 + ((px1 - px0) * k) / steps;
			pts.push({ x: px, y: s.y(usedAt(d, s.x.invert(px))) });
		}
	}
	return pts;
}

/**
 * The capacity label: below the capacity line at the left (the usual spot), else the first of the
 * other corners along the line where no line passes and no end label sits.
 */
export function capacityLabel(
	text: string,
	series: readonly DensitySeries[],
	s: DensityScales,
	capacityMiB: number,
	inner: { width: number; height: number },
	taken: readonly (PlacedLabel | null)[]
): PlacedLabel {
	const yc = s.y(capacityMiB);
	const w = inner.width;
	const candidates: PlacedLabel[] = [
		{ x: 6, y: yc + 20, anchor: 'start', text },
		{ x: w - 6, y: yc + 20, anchor: 'end', text },
		{ x: w / 2, y: yc + 20, anchor: 'middle', text },
		{ x: 6, y: yc - 8, anchor: 'start', text },
		{ x: w - 6, y: yc - 8, anchor: 'end', text },
		{ x: 6, y: yc + 40, anchor: 'start', text },
		{ x: w - 6, y: yc + 40, anchor: 'end', text }
	];
	const pts = linePoints(series, s, capacityMiB);
	const labels = taken.filter((l): l is PlacedLabel => l !== null).map(boxOf);
	const free = (c: PlacedLabel) => {
		const b = boxOf(c);
		const pad = { x0: b.x0 - 3, x1: b.x1 + 3, y0: b.y0 - 3, y1: b.y1 + 3 };
		return (
			!pts.some((p) => p.x >= pad.x0 && p.x <= pad.x1 && p.y >= pad.y0 && p.y <= pad.y1) &&
			!labels.some((l) => overlaps(l, pad))
		);
	};
	return candidates.find(free) ?? candidates[0]!;
}
