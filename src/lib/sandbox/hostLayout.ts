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
}

/** Height of the summarised free-memory band when zoomed to what is used. */
export const FREE_BAND_PX = 36;

export const MAX_COLUMNS = 40;

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

	const bands: Band[] = [];
	for (const g of report.groups) {
		const n = scenario.groups.find((sg) => sg.id === g.id)?.count ?? g.count;
		const mib = g.memory.totalMiB;
		if (!g.supported || n <= 0 || mib <= 0) continue;
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
	const freeBand = summarise ? { y: 0, h: FREE_BAND_PX, mib: free } : null;
	return { width, height, scaleMiB, hostBand, hostBandY, bands, capacityY, usedY: y, freeBand };
}

/** An SVG path of vertical lines at each x, from y down to y + h (a band's column dividers). */
export function dividerPath(xs: readonly number[], y: number, h: number): string {
	let d = '';
	for (const x of xs) d += `M${x.toFixed(2)} ${y.toFixed(2)}v${h.toFixed(2)}`;
	return d;
}
