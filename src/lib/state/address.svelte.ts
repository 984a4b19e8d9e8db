import { onMount, untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { FORMAT_LIMITS } from '$lib/model/limits';
import type { SharedLesson, SharedState } from '$lib/scenario/shared';
import { newVersionMessage, watchForNewVersion } from './newVersion';
import type { OpenAction, Opened } from './open';
import { canonical } from './sameWork';
import { Autosave } from './autosave.svelte';
import { codecNow, loadCodec, type Codec } from './codecLoader';
import type { LinkEncoder } from './linkEncoder';
import { browserStorage, linkIn, sessionSet, sessionTake, STALE_LINK } from './browserStorage';
import type { Message, ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

/** How long edits settle before the address bar and the autosave are written. */
const WRITE_DELAY_MS = 250;

/** The User Timing name of each write's main-thread work (bench/scale.bench.ts reads it). */
export const WRITE_MEASURE = 'overhead-sandbox:write';

interface Pending {
	state: SharedState;
	step: number;
	presenting: boolean;
}

/**
 * The one place that reads and writes the page's address, and — through Autosave — the browser's
 * copy of the work. Call during the page component's initialisation: it opens the link (else the
 * autosave, else the start) on mount, writes each change back after a short pause, outside the
 * interaction that made it, flushes a pending write when the page is hidden or closed, and
 * reopens the state an entry holds on Back and Forward. While a write waits, `<html>` carries
 * `data-pending` (tests wait for it to go).
 */
/**
 * What the address needs of the running lesson (the teach folder's LessonState has it): the state
 * folder names the shape, so it does not import the teach folder back.
 */
export interface LessonAddress {
	/** Open the lesson and step a saved state names. */
	restore(saved: SharedLesson | undefined): void;
	/** Follow the lesson of a state opened later (a link, another tab). */
	follow(saved: SharedLesson | undefined): void;
	/** Open `?lesson=…&step=…`; the problem with them in words, or null. */
	openLink(id: string | null, step: string | null): string | null;
	/** The lessons are loaded (they are a chunk of their own), and `load` fetches them. */
	readonly loaded: boolean;
	load(): Promise<void>;
}

export class Address {
	/** The address last written (absolute); empty until the first write. */
	href = $state('');
	/** True once the page has opened what its address holds. */
	opened = $state(false);
	readonly autosave: Autosave;

	#workspace: Workspace;
	#view: ViewState;
	#lesson: LessonAddress;
	#shared: () => SharedState;
	/** The workspace step the current history entry holds. */
	#entryStep = 0;
	/** The step of the entry the page opened in. */
	#openedStep = 0;
	/** What the page opened with: a change from it is the person's first edit. */
	#baseline: SharedState | null = null;
	#edited = false;
	/** The autosave holds a state the address does not yet (its link is still being encoded). */
	#urlBehind = false;
	/** A refused link stays in the address bar until the person edits. */
	#keepAddress = false;
	#pending: Pending | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Counts URL writes, so a slow (worker) encoding never overwrites a newer one. */
	#writeSeq = 0;
	/** Made with the codec, on the first write. */
	#encoder: LinkEncoder | null = null;

	constructor(opts: {
		workspace: Workspace;
		view: ViewState;
		lesson: LessonAddress;
		shared: () => SharedState;
	}) {
		this.#workspace = opts.workspace;
		this.#view = opts.view;
		this.#lesson = opts.lesson;
		this.#shared = opts.shared;
		this.autosave = new Autosave({
			storage: typeof window === 'undefined' ? null : browserStorage(),
			view: opts.view,
			apply: (state, how) => this.applyState(state, how)
		});
		this.autosave.onkeep = () => this.#flushNow();
		onMount(() => {
			// A lesson link opens its step as the page opens (so the autosave keeps the work it
			// covers): its lessons, a chunk of their own, are fetched first. The codec (links, files,
			// the autosave's format) is fetched first only when there is a link or an autosave to
			// read; otherwise at the first sign of an edit (a press or key), or the first write.
			const params = page.url.searchParams;
			const waits: Promise<unknown>[] = [];
			if (params.has('lesson') && !this.#lesson.loaded) waits.push(this.#lesson.load());
			if (params.has('s') || params.has('lesson') || this.autosave.saved) waits.push(loadCodec());
			if (waits.length) void Promise.all(waits).then(() => this.#open());
			else this.#open();
			const preload = () => void loadCodec().catch(() => {});
			window.addEventListener('pointerdown', preload, { capture: true, once: true });
			window.addEventListener('keydown', preload, { capture: true, once: true });
			const onStorage = (e: StorageEvent) =>
				this.autosave.otherTabSaved(e.key, e.newValue, this.#shared());
			const onHide = () => {
				if (document.visibilityState === 'hidden') this.#flushNow();
			};
			const onPageHide = () => {
				// The address a reload will open was fixed before this last write: say so to the next page.
				if ((this.#pending || this.#urlBehind) && this.#edited && !this.#view.embedded)
					sessionSet(STALE_LINK, linkIn(location.search));
				this.#flushNow();
			};
			window.addEventListener('storage', onStorage);
			window.addEventListener('pagehide', onPageHide);
			document.addEventListener('visibilitychange', onHide);
			const stopWatching = watchForNewVersion(this.#view);
			return () => {
				stopWatching();
				window.removeEventListener('storage', onStorage);
				window.removeEventListener('pointerdown', preload, { capture: true });
				window.removeEventListener('keydown', preload, { capture: true });
				window.removeEventListener('pagehide', onPageHide);
				document.removeEventListener('visibilitychange', onHide);
				clearTimeout(this.#timer);
				this.#encoder?.stop();
			};
		});
		$effect(() => this.#schedule());
		$effect(() => this.#followHistory());
	}

	/** The full link to what is on screen now, encoded on demand (Copy link, QR code, Embed). */
	async linkNow(): Promise<string> {
		const state = this.#shared();
		const presenting = this.#view.presenting;
		const codec = await loadCodec();
		return this.#urlFor(codec.encodeLink(state), presenting).href;
	}

	/** Open `state` as an undoable step (an imported file, restored work): nothing on screen is lost. */
	applyState(state: SharedState, how: string, details: string[] = []): void {
		this.#workspace.open(state);
		const fit = state.view?.fitWorkload;
		// Read links and files already hold only workloads their scenario has (scenario/shared.ts).
		if (fit) this.#view.fitWorkload = fit;
		if (state.view?.zoomToUsed !== undefined) this.#view.zoomToUsed = state.view.zoomToUsed;
		this.#lesson.follow(state.lesson);
		this.#view.message = {
			level: 'info',
			text: `${how} Undo brings back what you had.`,
			details
		};
	}

	#urlFor(link: string | null, presenting: boolean): URL {
		// A throwaway value built and read here, never state: no reactivity wanted.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = new URL(page.url);
		// A link longer than a reader accepts is not written: the autosave holds that state.
		if (link !== null && link.length <= FORMAT_LIMITS.linkChars) url.searchParams.set('s', link);
		else url.searchParams.delete('s');
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
		view.embedded = params.has('embed');
		// A reload right after an edit opens the address from before it: the autosave has the edit.
		// Only a reload: the same link opened on purpose (pasted, or from a bookmark) opens itself.
		const stale = sessionTake(STALE_LINK);
		const reloaded = navigationType() === 'reload';
		const link = params.get('s');
		// Without a link or an autosave there is nothing to read, and the codec is not loaded.
		const codec = codecNow();
		const opened = codec
			? codec.openFrom(
					reloaded && stale !== null && stale === (link ?? '') ? null : link,
					this.autosave.read()
				)
			: nothingToOpen();
		if (opened.state) {
			workspace.load(opened.state);
			workspace.restoreUndo(opened.undo);
			const fit = opened.state.view?.fitWorkload;
			if (fit) view.fitWorkload = fit;
			view.zoomToUsed = opened.state.view?.zoomToUsed ?? view.zoomToUsed;
		}
		// A lesson: the one the link or autosave was in, then `?lesson=<id>&step=<n>` over it.
		lesson.restore(opened.state?.lesson);
		const before = workspace.steps;
		const lessonProblem = lesson.openLink(params.get('lesson'), params.get('step'));
		if (workspace.steps !== before && opened.continuesAutosave && opened.state) {
			// A lesson link put its step over the autosaved work: keep that work, restorable.
			opened.continuesAutosave = false;
			opened.earlier = opened.state;
			opened.message ??= {
				level: 'info',
				text: `This lesson link opened its step. Your earlier scenario “${opened.state.scenario.name}” was kept: Restore brings it back.`,
				details: [],
				actions: ['restore-earlier']
			};
		}
		view.message = this.#message(opened);
		if (lessonProblem) view.message = { level: 'error', text: lessonProblem, details: [] };
		view.presenting = params.has('present');
		this.autosave.begin(opened, view.embedded);
		this.#keepAddress = opened.keepAddress;
		// What opened is this entry's state: only steps taken from here on get entries of their own.
		this.#entryStep = workspace.steps;
		this.#openedStep = workspace.steps;
		this.opened = true;
		// The prerendered page is visible before it is live; this marks the moment it is (tests wait for it).
		document.documentElement.dataset.live = '';
	}

	#message(opened: Opened): Message | null {
		const m = opened.message;
		if (!m) return null;
		const run: Record<OpenAction, { label: string; run: () => void }> = {
			'restore-earlier': { label: 'Restore', run: this.autosave.restoreEarlier },
			'download-unreadable': {
				label: 'Download it',
				run: () => void this.autosave.downloadUnreadable()
			},
			'discard-unreadable': { label: 'Discard it', run: this.autosave.discardUnreadable }
		};
		// An embed changes nothing in storage: it offers no Discard.
		const actions = this.#view.embedded
			? m.actions.filter((a) => a !== 'discard-unreadable')
			: m.actions;
		return {
			level: m.level,
			text: m.text,
			details: m.details,
			actions: actions.map((a) => run[a]),
			topic: opened.unreadable ? 'autosave' : 'open'
		};
	}

	/** After each change: remember it and write it after a pause (a new pause for each change). */
	#schedule(): void {
		if (!this.opened) return;
		const state = this.#shared();
		const step = this.#workspace.steps;
		const presenting = this.#view.presenting;
		untrack(() => {
			if (this.#baseline === null) {
				// The state the page opened with: the address may be tidied, nothing is saved.
				this.#baseline = state;
				if (this.#keepAddress) return;
			} else if (
				!this.#edited &&
				state !== this.#baseline &&
				// The same content made again (the address written back re-derives it) is no edit:
				// counting it one would load the codec and save what was never changed.
				canonical(state) !== canonical(this.#baseline)
			)
				this.#edited = true;
			this.#pending = { state, step, presenting };
			document.documentElement.dataset.pending = '';
			// The first edit: fetch the codec now, while the write waits out its pause.
			if (!codecNow()) void loadCodec().catch(() => {});
			clearTimeout(this.#timer);
			// After the pause, when the page is idle: the write never stands between a click and its frame.
			this.#timer = setTimeout(() => whenIdle(() => this.#flush(false)), WRITE_DELAY_MS);
		});
	}

	/** Write what waits now (the page is being hidden or closed, or the person chose to save). */
	#flushNow(): void {
		// Nothing edited and no link read: there is nothing to write, and no codec to load for it.
		if (!this.opened || (!this.#edited && !codecNow())) return;
		if (!this.#pending) this.#pending = this.#currentPending();
		this.#flush(true);
	}

	#currentPending(): Pending {
		return {
			state: this.#shared(),
			step: this.#workspace.steps,
			presenting: this.#view.presenting
		};
	}

	#flush(now: boolean): void {
		clearTimeout(this.#timer);
		const codec = codecNow();
		// The first write of an edit: fetch the codec, then write what waits then (still pending).
		if (!codec && this.#edited)
			return void loadCodec().then(
				() => this.#flush(now),
				// This version's files were replaced by a newer one's: say so, never fail silently.
				() =>
					(this.#view.message = {
						...newVersionMessage(''),
						level: 'error',
						text: 'A new version of Overhead Sandbox is ready, and this page could not load what saves your work from the old one: your latest changes are not saved. Reload to use the new version.'
					})
			);
		const pending = this.#pending;
		this.#pending = null;
		if (!pending) return;
		// Timed for bench/scale.bench.ts: the main thread's share of writing the autosave and link.
		const start = performance.now();
		try {
			if (codec) this.#write(codec, pending, now);
			// Nothing read, nothing edited: the entry records its step and holds no link (none to
			// tidy, and no codec to load for it); Back to it reopens what the page opened with.
			else this.#writeUrl(null, pending);
			if (!this.#pending) delete document.documentElement.dataset.pending;
		} finally {
			performance.measure(WRITE_MEASURE, { start, end: performance.now() });
		}
	}

	#write(codec: Codec, pending: Pending, now: boolean): void {
		let text: string | null = null;
		if (this.#edited) {
			this.#keepAddress = false;
			text = this.autosave.save(pending.state, this.#workspace.undoHistory());
			this.#urlBehind = true;
		}
		const done = () => {
			if (!this.#pending) delete document.documentElement.dataset.pending;
		};
		if (this.#keepAddress) return done();
		const seq = ++this.#writeSeq;
		if (now) {
			this.#writeUrl(codec.encodeLink(pending.state), pending);
			return done();
		}
		this.#encoder ??= new codec.LinkEncoder();
		void this.#encoder
			.encode(pending.state, () => text ?? this.autosave.stateText(pending.state))
			.then((link) => {
				if (seq !== this.#writeSeq) return;
				const start = performance.now();
				this.#writeUrl(link, pending);
				performance.measure(WRITE_MEASURE, { start, end: performance.now() });
				done();
			});
	}

	#writeUrl(link: string | null, { step, presenting }: Pending): void {
		const url = this.#urlFor(link, presenting);
		// The target is resolve('/') plus the query string; the lint rule cannot see through the +.
		// An embedded page never adds entries: they would join the course page's Back button.
		/* eslint-disable svelte/no-navigation-without-resolve */
		if (step !== this.#entryStep && !this.#view.embedded)
			pushState(resolve('/') + url.search, { step });
		else replaceState(resolve('/') + url.search, { step });
		/* eslint-enable svelte/no-navigation-without-resolve */
		this.#entryStep = step;
		this.#urlBehind = false;
		this.href = url.href;
	}

	/** Back and Forward between meaningful steps: reopen the state that entry's link holds. */
	#followHistory(): void {
		const step = page.state.step;
		if (!this.opened || step === undefined || step === this.#entryStep) return;
		untrack(() => {
			// Shallow entries keep page.url at the route; the address bar holds the entry's link.
			const entry = new URL(location.href).searchParams.get('s'); // eslint-disable-line svelte/prefer-svelte-reactivity
			// An entry with a link was written by this page: the codec has loaded.
			const codec = codecNow();
			const result = entry === null || !codec ? null : codec.decodeLink(entry);
			// The entry the page opened in holds no link when nothing was read: it is what opened.
			const state = result?.ok
				? result.state
				: entry === null && step === this.#openedStep
					? this.#baseline
					: null;
			if (codec && state) {
				// Within the undo history: Undo after Back still works, and nothing is lost.
				this.#workspace.goTo(state, codec.readBackScenario);
				// The lesson and its step travel in the entry's link too.
				this.#lesson.follow(state.lesson);
			}
			this.#entryStep = step;
			this.#workspace.steps = step;
		});
	}
}

/** What the page opens with when there is no link and no autosave: the start, kept by the first save. */
const nothingToOpen = (): Opened => ({
	state: null,
	undo: {},
	continuesAutosave: true,
	keepAddress: false,
	earlier: null,
	unreadable: null,
	message: null
});

/** Run `task` when the browser is idle (within a second at most), or soon where it cannot say. */
function whenIdle(task: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
	else setTimeout(task, 0);
}

/** How this page was reached: 'reload', 'navigate', 'back_forward' (unknown where the API is missing). */
function navigationType(): string {
	const entry = performance.getEntriesByType?.('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	return entry?.type ?? 'unknown';
}
