import { FORMAT_LIMITS } from '$lib/model/limits';
import type { SharedState } from '$lib/scenario/shared';
import { loadCodec } from '$lib/state/codecLoader';
import type { ViewState } from '$lib/state/view.svelte';
import type { WorkloadsUi } from '$lib/workloads/ui.svelte';

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
export async function importFile(
	apply: (state: SharedState, how: string, details: string[]) => void,
	view: ViewState,
	text: string,
	name: string
): Promise<void> {
	// The file reader is part of the codec, fetched with the first file.
	const { fromFileJson } = await loadCodec();
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

/**
 * Open a dropped or chosen file: a scenario file opens as before; a compose file or Kubernetes
 * manifest (or anything else, which the reader names: binary, too large, empty) goes to the import
 * dialog, read off the page's thread. A file past the importer's size limit is never read.
 */
export async function openFile(
	file: File,
	openScenario: (text: string, name: string) => Promise<void>,
	ui: WorkloadsUi
): Promise<void> {
	// Loaded with the first file: the page itself does not need it.
	const { ERROR_HEADING, inputKind, tooLargeMessage } = await import('$lib/workloads/importInput');
	const head = await file.slice(0, 4096).text();
	if (inputKind(file.name, head) === 'scenario') {
		// Checked before reading: a file past the reader's limit is refused by its size, never read whole.
		const tooLarge = scenarioFileTooLarge(file.name, file.size);
		if (tooLarge) return ui.fail(`“${file.name}”`, 'This file is too large', tooLarge);
		return openScenario(await file.text(), file.name);
	}
	const what = `“${file.name}”`;
	const big = tooLargeMessage(file.name, file.size);
	if (big) return ui.fail(what, ERROR_HEADING['too-large'], big);
	await ui.read(await file.arrayBuffer(), what);
}

/**
 * Why a scenario file is too large to open, from its size alone, or null. Text is at least one
 * byte a character, so a file of more bytes than the reader takes characters cannot be one.
 */
export function scenarioFileTooLarge(name: string, bytes: number): string | null {
	const max = FORMAT_LIMITS.fileChars;
	if (bytes <= max) return null;
	const mb = (n: number) => (n / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
	return `“${name}” is ${mb(bytes)} MB; scenario files are read up to ${mb(max)} MB, so it was not read. Nothing was changed.`;
}
