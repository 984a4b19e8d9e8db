/**
 * The isolation spectrum of a sandbox's answers: the chosen workload's per-kind table, in the
 * order of isolation, with the Windows containers on a Windows host. Kept apart from the answers
 * because it carries cited prose: only the lesson views that show it import this, so it loads
 * with them. Computed once per table (a count change keeps the table, and so the spectrum).
 */
import type { KindFigures } from '$lib/model';
import { isolationSpectrum, spectrumSummary, type SpectrumEntry } from '$lib/model/reportSpectrum';
import type { Answers } from './answers.svelte';

const computed = new WeakMap<readonly KindFigures[], SpectrumEntry[]>();

export function spectrumOf(answers: Pick<Answers, 'scenario' | 'fit' | 'kinds'>): SpectrumEntry[] {
	const table = answers.kinds;
	let entries = computed.get(table);
	if (!entries) {
		entries = isolationSpectrum(answers.scenario, answers.fit.ref, 'windows-iis', table);
		computed.set(table, entries);
	}
	return entries;
}

/** What the spectrum's own figures say about cost against isolation, in words. */
export const spectrumSummaryOf = (answers: Pick<Answers, 'scenario' | 'fit' | 'kinds'>): string =>
	spectrumSummary(spectrumOf(answers));

export type { SpectrumEntry };
