/**
 * The isolation spectrum as rows to draw: the spectrum's entries (the answers', state/spectrum.ts) from the weakest
 * isolation to the strongest, each with its memory bar to one scale and whether the step explains
 * it in full. Pure: no DOM.
 */
import { formatMiB, formatMs } from '$lib/model';
import type { SpectrumEntry } from '$lib/model/reportSpectrum';
import { KIND_STYLE } from '$lib/style/kinds';

export interface SpectrumRow {
	entry: SpectrumEntry;
	/** Its name as a heading: the kind's label, or the Windows container's full name. */
	label: string;
	/** Its memory per instance as a share of the largest on the spectrum, in percent. */
	barPct: number;
	memoryText: string;
	readyText: string;
	kernelText: string;
	/** The step explains this entry in full (its boundary and what an escape must break). */
	focused: boolean;
}

/** Rows in spectrum order; `focus` = the entry ids explained in full (all when empty or unset). */
export function spectrumRows(
	entries: readonly SpectrumEntry[],
	focus: readonly string[] = []
): SpectrumRow[] {
	const max = Math.max(1, ...entries.filter((e) => e.supported).map((e) => e.memoryMiB));
	return entries.map((entry) => ({
		entry,
		label: entryLabel(entry),
		barPct: entry.supported ? Math.max(0.5, (100 * entry.memoryMiB) / max) : 0,
		memoryText: entry.supported ? `${formatMiB(entry.memoryMiB)} each` : 'cannot run here',
		readyText: entry.supported ? `ready in ${formatMs(entry.readyMs)}` : '',
		kernelText: entry.kernelText,
		focused: focus.length === 0 || focus.includes(entry.id)
	}));
}

/** An entry's name as a heading: a Windows container's own name, else its kind's label. */
export const entryLabel = (e: SpectrumEntry): string =>
	e.isolation ? e.name : KIND_STYLE[e.kind].label;

/** Every source the figures rest on, once each, with the entries that use it. */
export function spectrumSources(
	entries: readonly SpectrumEntry[]
): { title: string; for: string[] }[] {
	const by = new Map<string, string[]>();
	for (const e of entries) for (const s of e.sources) by.set(s, [...(by.get(s) ?? []), e.name]);
	return [...by].map(([title, names]) => ({ title, for: names }));
}
