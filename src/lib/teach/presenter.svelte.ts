import { createContext } from 'svelte';
import type { ViewState } from '$lib/state/view.svelte';
import { leaveFullscreen } from './fullscreen';
import { saveTextScale, stepTextScale, textScaleWords } from './textSize';

/** What the presenter's keys drive in the boot race on screen. */
export interface RaceControl {
	/** Play, or pause when playing. */
	toggle(): void;
	/** Pause and go to the next phase boundary. */
	step(): void;
	/** Pause and go back to the start. */
	reset(): void;
}

/** What the arrows and R need from a running lesson. */
export interface LessonControl {
	next(): void;
	previous(): void;
	/** Back to the lesson's first step (the sandbox is left as it is). */
	restart(): void;
}

/**
 * The presenter's remote: which boot race the keys drive (the one on screen registers itself)
 * and whether the keys-help dialog is open. Per page, by context.
 */
export class Presenter {
	race = $state.raw<RaceControl | null>(null);
	keysHelpOpen = $state(false);
	/** Presentation mode hides the host settings until the presenter asks for them. */
	showHostSettings = $state(false);
	/** …and the workload palette (a lesson's steps place what they need). */
	showPalette = $state(false);
	/** A lesson or the quiz is one screen; the host drawing, figures and charts come on request. */
	showSandbox = $state(false);

	/** Let `control` take the keys; the returned function gives them back (if still its own). */
	register(control: RaceControl): () => void {
		this.race = control;
		return () => {
			if (this.race === control) this.race = null;
		};
	}

	reset(): void {
		this.keysHelpOpen = false;
		this.showHostSettings = false;
		this.showPalette = false;
		this.showSandbox = false;
	}
}

export const [getPresenter, setPresenter, hasPresenter] = createContext<Presenter>();

/** Presentation mode on or off (the P key and the Present button), said for screen readers. */
export function togglePresenting(view: ViewState): void {
	view.presenting = !view.presenting;
	if (!view.presenting) void leaveFullscreen();
	view.announce(
		view.presenting
			? 'Presentation mode on. Press question mark for the keys, P to leave.'
			: 'Presentation mode off.'
	);
}

/** Presentation text one size larger (1) or smaller (−1) — the A± buttons and the + and − keys. */
export function changeTextSize(view: ViewState, dir: 1 | -1): void {
	const next = stepTextScale(view.textScale, dir);
	if (next === view.textScale) {
		view.announce(
			`Text size stays at ${textScaleWords(next)}: the ${dir === 1 ? 'largest' : 'smallest'}.`
		);
		return;
	}
	view.textScale = next;
	// Kept only when the person changes it, and never by an embedded page (it writes nothing).
	if (!view.embedded) saveTextScale(next);
	view.announce(`Text size ${textScaleWords(next)}.`);
}
