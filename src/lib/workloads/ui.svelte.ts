import { createContext } from 'svelte';
import type { ImportedStack } from '$lib/import/types';
import type { WorkloadRef } from '$lib/model/types';

/** Where the import dialog is: waiting for text, reading (off the page's thread), failed, or showing its report. */
export type ImportPhase =
	| { state: 'text' }
	| { state: 'reading'; what: string }
	| { state: 'error'; what: string; heading: string; message: string }
	| { state: 'ready'; what: string; stack: ImportedStack };

/**
 * The own-workload dialogs' view state: which workload the editor shows, and the import dialog's
 * phase. Provided by context per page; the scenario itself stays in the sandbox.
 */
export class WorkloadsUi {
	/** The workload the editor shows; 'new' while one is being created; null when closed. */
	editing = $state.raw<WorkloadRef | 'new' | null>(null);
	/** The import dialog's phase; null when closed. */
	importing = $state.raw<ImportPhase | null>(null);
	/** Guards against an earlier read finishing after a later one started. */
	#readId = 0;

	edit(ref: WorkloadRef | 'new'): void {
		this.importing = null;
		this.editing = ref;
	}

	/** Open the import dialog on its text area. */
	importText(): void {
		this.editing = null;
		this.importing = { state: 'text' };
	}

	fail(what: string, heading: string, message: string): void {
		this.importing = { state: 'error', what, heading, message };
	}

	/** Read `input` off the page's thread; the dialog shows “Reading…” until it answers. */
	async read(input: string | ArrayBuffer, what: string): Promise<void> {
		const id = ++this.#readId;
		this.editing = null;
		this.importing = { state: 'reading', what };
		let next: ImportPhase;
		try {
			const [{ readStackOffThread }, { ERROR_HEADING }] = await Promise.all([
				import('$lib/import/client'),
				import('./importInput')
			]);
			const r = await readStackOffThread(input);
			next = r.ok
				? { state: 'ready', what, stack: r.stack }
				: { state: 'error', what, heading: ERROR_HEADING[r.error.code], message: r.error.message };
		} catch {
			next = {
				state: 'error',
				what,
				heading: 'The importer could not be loaded',
				message:
					'The importer could not be loaded: a new version of Overhead Sandbox may be ready. Reload the page and try again; nothing was changed.'
			};
		}
		if (id === this.#readId && this.importing !== null) this.importing = next;
	}

	close(): void {
		this.#readId++;
		this.editing = null;
		this.importing = null;
	}
}

export const [getWorkloadsUi, setWorkloadsUi] = createContext<WorkloadsUi>();
