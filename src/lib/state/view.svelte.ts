import { createContext } from 'svelte';
import {
	workloadIn,
	type ExplainTarget,
	type Scenario,
	type Template,
	type WorkloadRef
} from '$lib/model';

/** A message about the link, a file or saving: what happened, what was changed, what the person can do. */
export interface Message {
	level: 'info' | 'error';
	text: string;
	details: string[];
	/** Buttons beside the message, e.g. "Restore". Each runs once and may replace the message. */
	actions?: { label: string; run: () => void }[];
	/** What the message is about, so that its cause can take it back (e.g. 'storage' once saving works again). */
	topic?: string;
}

/** View state, apart from the model state: what is selected, grabbed, explained, announced. */
export class ViewState {
	/**
	 * The workload the "what fits" panel, the density and startup charts and the teaching views
	 * compare: a catalog workload or one of the person's own. Views read it through `fitIn`.
	 */
	fitWorkload = $state<WorkloadRef>('nginx');
	selectedGroupId = $state<string | null>(null);
	/** A palette item grabbed with the keyboard, waiting to be dropped on the host. */
	grabbed = $state.raw<Template | null>(null);
	explainTarget = $state.raw<ExplainTarget | null>(null);
	/** The last message for screen readers (aria-live). */
	announcement = $state('');
	/** A refusal or problem to show the user until dismissed. */
	alert = $state<string | null>(null);
	/** A message about the link, a file or saving: what was wrong and what was kept. */
	message = $state.raw<Message | null>(null);
	/**
	 * Host drawing: zoomed to what is used (the default: the instances get the drawing, the free
	 * memory is summarised), or the whole host to scale.
	 */
	zoomToUsed = $state(true);
	/** Presentation mode: the projector view for a class (P, the Present button, `?present`). */
	presenting = $state(false);
	/** Shown inside another page (`?embed`): no editing controls. Not a choice Reset undoes. */
	embedded = $state(false);
	/**
	 * Presentation mode's text size, a factor on the projector type (1 = the size lessons are made
	 * to fit). The projector's need, kept in the browser: not a choice Reset undoes either.
	 */
	textScale = $state(1);

	/** The chosen workload as `scenario` has it; nginx when the scenario has no such own workload. */
	fitIn(scenario: Pick<Scenario, 'workloads'>): WorkloadRef {
		return workloadIn(scenario, this.fitWorkload);
	}

	announce(message: string): void {
		// Re-announce the same words: clear first so aria-live sees a change.
		this.announcement = '';
		queueMicrotask(() => (this.announcement = message));
	}

	reset(): void {
		this.fitWorkload = 'nginx';
		this.selectedGroupId = null;
		this.grabbed = null;
		this.explainTarget = null;
		this.announcement = '';
		this.alert = null;
		this.message = null;
		this.zoomToUsed = true;
		this.presenting = false;
	}
}

export const [getView, setView] = createContext<ViewState>();
