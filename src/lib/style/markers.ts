import type { Marker } from './kinds';

/** A kind's marker as one SVG path around (0, 0), `r` its half-size: the same shape in every view. */
export function markerPath(shape: Marker, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
		case 'square':
			return `M${-r},${-r}H${r}V${r}H${-r}Z`;
		case 'diamond':
			return `M0,${-r - 2}L${r + 2},0L0,${r + 2}L${-r - 2},0Z`;
		case 'triangle':
			return `M0,${-r - 2}L${r + 2},${r}L${-r - 2},${r}Z`;
		case 'hexagon':
			return `M${-r},0L${-r / 2},${-r}L${r / 2},${-r}L${r},0L${r / 2},${r}L${-r / 2},${r}Z`;
	}
}
