import { LAYERS, type Layer, type Report, type Scenario } from '$lib/model';

/** One coloured piece of a tile: a layer's share of the tile's height (or width, for strips). */
export interface Segment {
	layer: Layer;
	x: number;
	y: number;
	w: number;
	h: number;
	mib: number;
}

export interface Band {
	id: string;
	y: number;
	h: number;
	mib: number;
	/** Pages stored once for the whole group (shared image libraries, shared guest pages). */
	shared: Segment[];
	/** Every instance has the same layers: one stack across the band, split by dividers. */
	segments: Segment[];
	/** x of each line between columns; a column is one instance, or `perColumn` of them. */
	dividers: number[];
	perColumn: number;
	/** True when part of the band lies above the capacity line. */
	overflow: boolean;
	/** The band of the groups past MAX_BANDS: how many it holds. */
	groups?: number;
}

export interface HostLayout {
	width: number;
	height: number;
	/** MiB the full height stands for. */
	scaleMiB: number;
	hostBand: Segment[];
	hostBandY: number;
	bands: Band[];
	/** y of the capacity line; 0 when capacity is the top edge. */
	capacityY: number;
	usedY: number;
	/**
	 * Zoomed to what is used: the free memory, summarised as a band of fixed height at the top
	 * (not to scale), so the instances get the drawing. Null when not zoomed or nothing is free.
	 */
	freeBand: { y: number; h: number; mib: number } | null;
	/** Where each band's name goes: one per band, none overlapping another or the free band. */
	labels: BandLabel[];
}

/**
 * A band's name: at its top left when the band is tall enough to hold it, else at the right edge
 * level with the band (moved apart from its neighbours' when thin bands crowd), on a backing of its own.
 */
export interface BandLabel {
	id: string;
	/** The text's baseline. */
	y: number;
	side: 'left' | 'right';
}

/** A band holds its name inside from this height, px. */
export const LABEL_INSIDE_PX = 16;
/** One label's line, px: the host drawing's labels are 15 px type on a backing. */
export const LABEL_LINE_PX = 20;

/**
 * Place the bands' names so that none overlaps another, the free band or the drawing's edges:
 * tall bands' names at their top left, thin bands' at the right, spread apart where they crowd.
 */
export function placeLabels(
	bands: readonly Pick<Band, 'id' | 'y' | 'h'>[],
	height: number,
	top = 0,
	line = LABEL_LINE_PX
): BandLabel[] {
	const out: BandLabel[] = [];
	const first = top + line + 2;
	const last = height - 5;
	for (const side of ['left', 'right'] as const) {
		// More names than lines: the largest bands keep theirs (the rest have their tooltips).
		const room = Math.max(0, Math.floor((last - first) / line) + 1);
		const mine = bands
			.filter((b) => b.h > 0 && b.h >= LABEL_INSIDE_PX === (side === 'left'))
			.toSorted((a, b) => b.h - a.h)
			.slice(0, room)
			.map((b) => ({
				id: b.id,
				y: side === 'left' ? b.y + Math.min(b.h / 2, 17) + 5 : b.y + b.h / 2 + 5
			}))
			.sort((a, b) => a.y - b.y);
		// Down the drawing, each name at least a line below the one above; then back up from the bottom.
		let prev = -Infinity;
		for (const l of mine) prev = l.y = Math.max(l.y, prev + line, first);
		let next = Infinity;
		for (const l of mine.toReversed()) next = l.y = Math.min(l.y, next - line, last);
		for (const l of mine) out.push({ ...l, side });
	}
	return out;
}

/** Height of the summarised free-memory band when zoomed to what is used. */
export const FREE_BAND_PX = 36;

export const MAX_COLUMNS = 40;
/** Groups drawn as bands of their own; the rest (the smallest) share one band. */
export const MAX_BANDS = 50;
/** The id of the band that holds the groups past MAX_BANDS. */
export const MORE_GROUPS = 'more-groups';

/** The groups that get a band of their own (the MAX_BANDS largest, in order) and the rest. */
function splitBands<T extends { memory: { totalMiB: number } }>(
	groups: readonly T[]
): { own: readonly T[]; rest: readonly T[] } {
	if (groups.length <= MAX_BANDS) return { own: groups, rest: [] };
	const largest = new Set(
		[...groups].sort((a, b) => b.memory.totalMiB - a.memory.totalMiB).slice(0, MAX_BANDS - 1)
	);
	return {
		own: groups.filter((g) => largest.has(g)),
		rest: groups.filter((g) => !largest.has(g))
	};
}

/** Lay `layers` side by side across [x, x + w] in a strip at y with height h. */
function strip(
	layers: Partial<Record<Layer, number>>,
	x: number,
	y: number,
	w: number,
	h: number
): Segment[] {
	let total = 0;
	for (const l of LAYERS) total += layers[l] ?? 0;
	const out: Segment[] = [];
	if (total <= 0 || h <= 0) return out;
	let cx = x;
	for (const layer of LAYERS) {
		const mib = layers[layer] ?? 0;
		if (mib <= 0) continue;
		const sw = (w * mib) / total;
		out.push({ layer, x: cx, y, w: sw, h, mib });
		cx += sw;
	}
	return out;
}

/** Stack `layers` bottom-up in a column at x with width w, from y + h upwards. */
function column(
	layers: Record<Layer, number>,
	x: number,
	y: number,
	w: number,
	h: number
): Segment[] {
	let total = 0;
	for (const l of LAYERS) total += layers[l];
	const out: Segment[] = [];
	if (total <= 0 || h <= 0) return out;
	let cy = y + h;
	for (const layer of LAYERS) {
		const mib = layers[layer];
		if (mib <= 0) continue;
		const sh = (h * mib) / total;
		cy -= sh;
		out.push({ layer, x, y: cy, w, h: sh, mib });
	}
	return out;
}

/**
 * The host's memory drawn to scale: width × height stands for the host's capacity (or, zoomed,
 * for what is used). Host-level costs at the bottom, then one band per group, bottom-up; each
 * band's area is the group's memory, split into a column per instance.
 */
export function hostLayout(
	report: Report,
	scenario: Scenario,
	width: number,
	height: number,
	zoomToUsed: boolean
): HostLayout {
	const capacity = report.memory.capacityMiB;
	const used = report.memory.usedMiB;
	const free = capacity - used;
	// Zoomed with memory to spare: the used memory fills the drawing below a summary of the free.
	const summarise = zoomToUsed && free > 0 && used > 0;
	const drawH = summarise ? height - FREE_BAND_PX : height;
	const scaleMiB = summarise
		? used
		: Math.max(zoomToUsed ? used * 1.05 : Math.max(capacity, used), 1);
	const px = (mib: number) => (drawH * mib) / scaleMiB;

	let y = height;
	let hostMiB = 0;
	for (const l of LAYERS) hostMiB += report.memory.hostLevel[l];
	const hostH = px(hostMiB);
	y -= hostH;
	const hostBand = strip(report.memory.hostLevel, 0, y, width, hostH);
	const hostBandY = y;
	const capacityY = summarise ? 0 : height - px(capacity);

	const counts = new Map(scenario.groups.map((sg) => [sg.id, sg.count]));
	const bands: Band[] = [];
	const drawn = report.groups.filter(
		(g) => g.supported && (counts.get(g.id) ?? g.count) > 0 && g.memory.totalMiB > 0
	);
	// Past MAX_BANDS groups, the smallest share one band: thousands of one-pixel bands say nothing.
	const { own, rest } = splitBands(drawn);
	for (const g of own) {
		const n = counts.get(g.id) ?? g.count;
		const mib = g.memory.totalMiB;
		const h = px(mib);
		y -= h;
		const shared: Record<Layer, number> = { ...g.memory.totalByLayer };
		let sharedMiB = 0;
		for (const l of LAYERS) {
			shared[l] = Math.max(0, g.memory.totalByLayer[l] - n * g.memory.marginalByLayer[l]);
			sharedMiB += shared[l];
		}
		const sharedH = (h * sharedMiB) / mib;
		const colsH = h - sharedH;
		const perColumn = Math.ceil(n / MAX_COLUMNS);
		const dividers: number[] = [];
		for (let i = perColumn; i < n; i += perColumn) dividers.push((width * i) / n);
		bands.push({
			id: g.id,
			y,
			h,
			mib,
			shared: strip(shared, 0, y + colsH, width, sharedH),
			segments: column(g.memory.marginalByLayer, 0, y, width, colsH),
			dividers,
			perColumn,
			overflow: y < capacityY - 0.01
		});
	}
	if (rest.length > 0) {
		// The rest: one band with their layers summed side by side, named by how many groups it holds.
		let mib = 0;
		const layers: Partial<Record<Layer, number>> = {};
		for (const g of rest) {
			mib += g.memory.totalMiB;
			for (const l of LAYERS) layers[l] = (layers[l] ?? 0) + g.memory.totalByLayer[l];
		}
		const h = px(mib);
		y -= h;
		bands.push({
			id: MORE_GROUPS,
			y,
			h,
			mib,
			shared: [],
			segments: strip(layers, 0, y, width, h),
			dividers: [],
			perColumn: 1,
			overflow: y < capacityY - 0.01,
			groups: rest.length
		});
	}
	const freeBand = summarise ? { y: 0, h: FREE_BAND_PX, mib: free } : null;
	const labels = placeLabels(bands, hostBandY, freeBand?.h ?? 0);
	return {
		width,
		height,
		scaleMiB,
		hostBand,
		hostBandY,
		bands,
		capacityY,
		usedY: y,
		freeBand,
		labels
	};
}

/** An SVG path of vertical lines at each x, from y down to y + h (a band's column dividers). */
export function dividerPath(xs: readonly number[], y: number, h: number): string {
	let d = '';
	for (const x of xs) d += `M${x.toFixed(2)} ${y.toFixed(2)}v${h.toFixed(2)}`;
	return d;
}
