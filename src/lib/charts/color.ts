/**
 * Colour maths for the charts (WCAG 2 contrast) and the chart-specific palettes. Layer colours
 * come from the sandbox's layerStyle so a layer looks the same in every view.
 */
import type { Kind, Phase } from '$lib/model';
import { LAYER_COLOR } from '$lib/sandbox/layerStyle';

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

/**
 * Startup phases take the colour of the layer doing the work: the image pull is the engine's,
 * unpacking writes bins/libs, the kernel is the guest kernel's, and so on.
 */
export const PHASE_COLOR: Record<Phase, string> = {
	imagePull: LAYER_COLOR.engine,
	unpack: LAYER_COLOR.binsLibs,
	firmware: LAYER_COLOR.hypervisor,
	bootloader: '#999999',
	kernel: LAYER_COLOR.guestKernel,
	init: LAYER_COLOR.guestOs,
	sandbox: LAYER_COLOR.runtime,
	appStart: LAYER_COLOR.app
};

/** Phase names live with the model; re-exported for the views that read them from here. */
export { PHASE_LABEL } from '$lib/model';

/**
 * Density lines: a colour and a dash per kind (the dash matches the sandbox's kind badges:
 * VM solid, microVM dashed, container dotted), so the kinds differ without colour too.
 */
export const KIND_STYLE: Record<
	Kind,
	{ color: string; dash: string; marker: 'circle' | 'square' | 'diamond' }
> = {
	vm: { color: '#B8460B', dash: '', marker: 'square' },
	microvm: { color: '#8E3B84', dash: '9 5', marker: 'diamond' },
	container: { color: '#0072B2', dash: '3 4', marker: 'circle' }
};
