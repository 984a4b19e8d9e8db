/**
 * Presentation mode's text size: a factor on the projector type present.css sets, chosen with the
 * A− / A+ buttons or the − and + keys, and kept in this browser (a projector's need, not a link's).
 */

/** The sizes offered, smallest first; 1 is the size every step of every lesson is made to fit. */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75] as const;

export const DEFAULT_TEXT_SCALE = 1;

/** The size one step larger (`dir` 1) or smaller (−1) than `scale`; the same at either end. */
export function stepTextScale(scale: number, dir: 1 | -1): number {
	const next =
		dir === 1
			? TEXT_SCALES.find((s) => s > scale + 1e-9)
			: TEXT_SCALES.findLast((s) => s < scale - 1e-9);
	return next ?? (dir === 1 ? TEXT_SCALES.at(-1)! : TEXT_SCALES[0]);
}

/** "115 %": the size as people read it. */
export const textScaleWords = (scale: number): string => `${Math.round(scale * 100)} %`;

export const TEXT_SCALE_KEY = 'overhead-sandbox:present-text-size';

/** The size this browser last chose, or the default (storage blocked, nothing kept, or nonsense kept). */
export function loadTextScale(): number {
	try {
		const n = Number(localStorage.getItem(TEXT_SCALE_KEY));
		return (TEXT_SCALES as readonly number[]).includes(n) ? n : DEFAULT_TEXT_SCALE;
	} catch {
		return DEFAULT_TEXT_SCALE;
	}
}

/** Keep the size; with storage blocked it lasts until the page closes. */
export function saveTextScale(scale: number): void {
	try {
		localStorage.setItem(TEXT_SCALE_KEY, String(scale));
	} catch {
		// Storage refused (private mode): nothing to keep it in.
	}
}
