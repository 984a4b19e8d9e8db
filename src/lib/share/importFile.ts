import { fromFileJson } from '$lib/scenario/file';
import type { SharedState } from '$lib/scenario/shared';
import type { ViewState } from '$lib/state/view.svelte';

/** What a file brought besides the scenario, in words: "with side B and lesson “density” (2 steps of your own)". */
function besides(state: SharedState): string {
	const parts: string[] = [];
	if (state.compare) parts.push(`side B, “${state.compare.name}”`);
	if (state.lesson) {
		const own = state.lesson.extra?.length ?? 0;
		parts.push(
			`the lesson at step ${state.lesson.step}` +
				(own ? ` with ${own} step${own === 1 ? '' : 's'} of your own` : '')
		);
	}
	return parts.length ? ` with ${parts.join(' and ')}` : '';
}

/**
 * Open a scenario file's text as an undoable step — the scenario, side B, the view and the lesson
 * with a teacher's own steps, all that Export JSON writes — or say why it could not be read
 * (nothing is changed then). The message names the file and lists any values that were adjusted.
 */
export function importFile(
	apply: (state: SharedState, how: string, details: string[]) => void,
	view: ViewState,
	text: string,
	name: string
): void {
	const d = fromFileJson(text);
	if (!d.ok) {
		view.message = {
			level: 'error',
			text: `“${name}” could not be imported: ${d.error}. Nothing was changed.`,
			details: []
		};
		return;
	}
	apply(
		d.state,
		`Imported “${d.state.scenario.name}”${besides(d.state)} from ${name}.` +
			(d.repairs.length ? ' Some values were adjusted (see What was changed).' : ''),
		d.repairs
	);
}
