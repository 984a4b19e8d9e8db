import { onMount, untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import { openFrom } from '$lib/share/open';
import type { LessonState } from '$lib/teach/lesson.svelte';
import { loadAutosave, saveAutosave } from './autosave';
import type { ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

/** How long edits settle before the address bar and the autosave are written. */
const WRITE_DELAY_MS = 250;

/**
 * The one place that reads and writes the page's address and the autosave. Call during the page
 * component's initialisation: it opens the link (else the autosave, else the start) on mount,
 * writes each change back after a short pause — outside the interaction that made it, so an edit
 * never waits for compression — and reopens the state an entry holds on Back and Forward.
 */
export class Address {
	/** The address last written (absolute); empty until the first write. */
	href = $state('');
	/** True once the page has opened what its address holds. */
	opened = $state(false);

	#workspace: Workspace;
	#view: ViewState;
	#lesson: LessonState;
	#shared: () => SharedState;
	/** The workspace step the current history entry holds. */
	#entryStep = 0;
	#saveWarned = false;

	constructor(opts: {
		workspace: Workspace;
		view: ViewState;
		lesson: LessonState;
		shared: () => SharedState;
	}) {
		this.#workspace = opts.workspace;
		this.#view = opts.view;
		this.#lesson = opts.lesson;
		this.#shared = opts.shared;
		onMount(() => this.#open());
		$effect(() => this.#scheduleWrite());
		$effect(() => this.#followHistory());
	}

	/** The full link to what is on screen now, encoded on demand (Copy link, QR code, Embed). */
	linkNow(): string {
		return this.#urlFor(this.#shared(), this.#view.presenting).href;
	}

	#urlFor(state: SharedState, presenting: boolean): URL {
		// A throwaway value built and read here, never state: no reactivity wanted.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(page.url);
		url.searchParams.set('s', encodeLink(state));
		// The link holds the lesson from now on; `?lesson=&step=` only opens one.
		url.searchParams.delete('lesson');
		url.searchParams.delete('step');
		if (presenting) url.searchParams.set('present', '');
		else url.searchParams.delete('present');
		return url;
	}

	#open(): void {
		const workspace = this.#workspace;
		const view = this.#view;
		const lesson = this.#lesson;
		const params = page.url.searchParams;
		const result = openFrom(params.get('s'), loadAutosave);
		if (result.state) {
			workspace.load(result.state);
			if (result.state.view?.fitWorkload) view.fitWorkload = result.state.view.fitWorkload;
			view.zoomToUsed = result.state.view?.zoomToUsed ?? view.zoomToUsed;
		}
		view.message = result.message;
		// A lesson: the one the link or autosave was in, then `?lesson=<id>&step=<n>` over it.
		lesson.restore(result.state?.lesson);
		const lessonProblem = lesson.openLink(params.get('lesson'), params.get('step'));
		if (lessonProblem) view.message = { level: 'error', text: lessonProblem, details: [] };
		view.presenting = params.has('present');
		view.embedded = params.has('embed');
		// What opened is this entry's state: only steps taken from here on get entries of their own.
		this.#entryStep = workspace.steps;
		this.opened = true;
		// The prerendered page is visible before it is live; this marks the moment it is (tests wait for it).
		document.documentElement.dataset.live = '';
	}

	/** Debounced: a new history entry only for a meaningful step, otherwise the entry is replaced. */
	#scheduleWrite(): (() => void) | undefined {
		if (!this.opened) return;
		const state = this.#shared();
		const step = this.#workspace.steps;
		const presenting = this.#view.presenting;
		const timer = setTimeout(() => this.#write(state, step, presenting), WRITE_DELAY_MS);
		return () => clearTimeout(timer);
	}

	#write(state: SharedState, step: number, presenting: boolean): void {
		const url = this.#urlFor(state, presenting);
		// The target is resolve('/') plus the query string; the lint rule cannot see through the +.
		/* eslint-disable svelte/no-navigation-without-resolve */
		if (step !== this.#entryStep) pushState(resolve('/') + url.search, { step });
		else replaceState(resolve('/') + url.search, { step });
		/* eslint-enable svelte/no-navigation-without-resolve */
		this.#entryStep = step;
		this.href = url.href;
		const saved = saveAutosave(state);
		if (!saved.ok && !this.#saveWarned) {
			this.#saveWarned = true;
			this.#view.message = {
				level: 'error',
				text: `${saved.error} Use Export JSON or Copy link to keep your work.`,
				details: []
			};
		}
	}

	/** Back and Forward between meaningful steps: reopen the state that entry's link holds. */
	#followHistory(): void {
		const step = page.state.step;
		if (!this.opened || step === undefined || step === this.#entryStep) return;
		untrack(() => {
			// Shallow entries keep page.url at the route; the address bar holds the entry's link.
			const entry = new URL(location.href).searchParams.get('s'); // eslint-disable-line svelte/prefer-svelte-reactivity
			const result = openFrom(entry, () => null);
			if (result.state) {
				this.#workspace.load(result.state);
				// The lesson and its step travel in the entry's link too.
				this.#lesson.follow(result.state.lesson);
			}
			this.#entryStep = step;
			this.#workspace.steps = step;
		});
	}
}
