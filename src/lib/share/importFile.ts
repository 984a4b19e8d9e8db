import { fromFileJson } from '$lib/scenario/file';
import type { ViewState } from '$lib/state/view.svelte';
import type { Workspace } from '$lib/state/workspace.svelte';

/**
 * Open a scenario file's text as an undoable step, or say why it could not be read (nothing is
 * changed then). The message names the file and lists any values that had to be adjusted.
 */
export function importFile(
	workspace: Workspace,
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
	workspace.open(d.state);
	view.message = {
		level: 'info',
		text: `Imported “${d.state.scenario.name}” from ${name}. Undo brings back what you had.`,
		details: d.repairs
	};
}
