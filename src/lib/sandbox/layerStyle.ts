import type { HatchStyle } from '$lib/charts/marks/hatches';

export { LAYER_COLOR } from '$lib/style/layers';

/** The words for layers and kinds live with the model (one table for every view and sentence). */
export { LAYER_LABEL } from '$lib/model';

/**
 * A Kubernetes node's reservation (kube-reserved, system-reserved, the eviction threshold):
 * memory the platform keeps from pods, not a guest's idle RAM. Upright stripes, apart from idle's slant.
 */
export const RESERVED_HATCH: HatchStyle = {
	sizePx: 6,
	angleDeg: 0,
	color: '#777777',
	lineWidthPx: 2,
	background: '#d4d4d4'
};

/** The node's reservation, in the legend and in the drawing's tooltip. */
export const RESERVED_LABEL = 'Reserved by the platform';

/** A hatch as a CSS background, for a legend swatch that matches the drawing's SVG pattern. */
export function hatchCss(h: HatchStyle): string {
	const bg = h.background ?? 'transparent';
	const gap = Math.max(0, h.sizePx - h.lineWidthPx);
	// The SVG pattern turns an upright line by angleDeg; CSS measures its stripes' direction from up.
	return `repeating-linear-gradient(${90 - h.angleDeg}deg,${bg} 0 ${gap}px,${h.color} ${gap}px ${h.sizePx}px)`;
}
