/** Colour maths (WCAG 2 contrast) shared by every view: which text reads on a fill, which fill needs an outline. */

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const n = parseInt(m[1]!, 16);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return (
		0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
	);
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

export const INK = '#1a1a1a';
export const PAPER = '#ffffff';

const remembered = <T>(f: (fill: string) => T) => {
	const cache = new Map<string, T>();
	return (fill: string): T => {
		let v = cache.get(fill);
		if (v === undefined) cache.set(fill, (v = f(fill)));
		return v;
	};
};

/** Black or white text, whichever reads better on `fill`. */
export const textOn = remembered((fill) =>
	contrast(fill, '#000000') >= contrast(fill, PAPER) ? '#000000' : PAPER
);

/** A fill too light to stand out from the white page by 3:1 (WCAG 1.4.11) gets a dark outline. */
export const needsOutline = remembered((fill) => contrast(fill, PAPER) < 3);
