/** Legend layout inside the SVG (so an exported chart keeps its key): items flow into rows. */

export interface LegendItem {
	key: string;
	label: string;
	fill: string;
	/** A dark outline for light fills. */
	outline?: boolean;
	/** For line legends: a dash pattern; the swatch is then a short line. */
	dash?: string;
}

export interface PlacedItem extends LegendItem {
	x: number;
	y: number;
}

export const LEGEND_FONT_PX = 13;
const ROW_PX = 22;
const SWATCH_PX = 14;

/** A rough text width for system sans-serif fonts, enough to lay out a legend row. */
export const textWidth = (text: string, fontPx = LEGEND_FONT_PX): number =>
	text.length * fontPx * 0.56;

/** Items left to right, wrapping at `width`; the height includes a gap below the last row. */
export function legendLayout(
	items: readonly LegendItem[],
	width: number
): { items: PlacedItem[]; height: number } {
	if (items.length === 0) return { items: [], height: 0 };
	const placed: PlacedItem[] = [];
	let x = 0;
	let y = 0;
	for (const item of items) {
		const w = SWATCH_PX + 6 + textWidth(item.label) + 18;
		if (x > 0 && x + w > width) {
			x = 0;
			y += ROW_PX;
		}
		placed.push({ ...item, x, y });
		x += w;
	}
	return { items: placed, height: y + ROW_PX + 6 };
}
