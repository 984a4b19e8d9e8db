/**
 * Where the density chart's words go: each line's end label kept inside the plot (a phone's plot
 * is narrow), and the capacity label in a spot no line or end label crosses. Pure: no DOM.
 */
import { formatCount, RESOURCE_LABEL } from '$lib/model';
import { capacityCrossing, usedAt, type DensityScales, type DensitySeries } from './densityData';
import { dodge } from './labels';
import { textWidth } from './legend';

export interface PlacedLabel {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	text: string;
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const FONT_PX = 14;
/** A label's box: its text's width from the anchor, a line of text above its baseline. */
function boxOf(l: PlacedLabel): Box {
	const w = textWidth(l.text, FONT_PX);
	const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
	return { x0, x1: x0 + w, y0: l.y - FONT_PX, y1: l.y + 4 };
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

/** The end label of each line that has a marker, inside [0, width], apart from each other. */
export function endLabels(
	series: readonly DensitySeries[],
	markers: readonly ({ x: number; y: number } | null)[],
	inner: { width: number; height: number }
): (PlacedLabel | null)[] {
	// Short words on a phone, and when many lines end close together (five kinds).
	const narrow = inner.width < 420 || markers.filter(Boolean).length > 3;
	const ys = dodge(
		markers.map((m) => (m ? m.y - 14 : 0)),
		18,
		12,
		inner.height - 4
	);
	return series.map((d, i) => {
		const m = markers[i];
		if (!m) return null;
		const text = endText(d, narrow);
		const w = textWidth(text, FONT_PX);
		const right = m.x > inner.width * 0.6;
		// Beside the marker, on the side with room; never past either edge of the plot.
		let x = m.x + (right ? -12 : 12);
		if (right) x = Math.min(inner.width, Math.max(x, w));
		else x = Math.max(0, Math.min(x, inner.width - w));
		return { x, y: ys[i]!, anchor: right ? 'end' : 'start', text };
	});
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
