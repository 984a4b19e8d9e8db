import { LAYER_COLOR } from '$lib/style/layers';

/** How a hatch looks: parallel lines, optionally on a background. */
export interface HatchStyle {
	/** The pattern tile's side, which is the distance between lines, in px. */
	sizePx: number;
	/** The lines' slant from vertical. */
	angleDeg: number;
	color: string;
	lineWidthPx: number;
	/** Fill between the lines; transparent unless given. */
	background?: string;
}

/** Allocated but idle memory. */
export const IDLE_HATCH: HatchStyle = {
	sizePx: 6,
	angleDeg: 45,
	color: '#8a8a8a',
	lineWidthPx: 1.5,
	background: LAYER_COLOR.idle
};

/** The host view draws idle memory with lighter lines, as its legend swatch shows it. */
export const HOST_IDLE_HATCH: HatchStyle = { ...IDLE_HATCH, color: '#aaa' };

/** Memory saved by sharing. */
export const SAVED_HATCH: HatchStyle = {
	sizePx: 7,
	angleDeg: -45,
	color: '#009E73',
	lineWidthPx: 2,
	background: '#ffffff'
};

/** Disk bytes stored once and shared. */
export const STORED_HATCH: HatchStyle = {
	...SAVED_HATCH,
	angleDeg: 45,
	color: '#8a8a8a',
	lineWidthPx: 1.5
};

/** Demand beyond the host's capacity, over whatever is drawn beneath. */
export const OVER_HATCH: HatchStyle = {
	sizePx: 8,
	angleDeg: 45,
	color: 'var(--danger)',
	lineWidthPx: 3
};
