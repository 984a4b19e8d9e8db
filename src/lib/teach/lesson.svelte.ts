import { createContext } from 'svelte';
import { FORMAT_LIMITS } from '$lib/model/limits';
import type { SharedLesson, SharedLessonStep } from '$lib/scenario/shared';
import type { ViewState } from '$lib/state/view.svelte';
import type { Workspace } from '$lib/state/workspace.svelte';
import { carryOwn } from '$lib/scenario/ownEdit';
import type { Lesson } from './lessons';
import { LESSON_IDS, type LessonId } from './lessons/types';
import { stepAcross, stepIndex, stepsOf, tidyCaption, type PlayStep } from './steps';

/** What the teaching panel under the header shows: the lessons, the quiz, or nothing. */
export type TeachPanel = 'lessons' | 'quiz' | null;

/** The lessons' captions and scenarios: a chunk of their own, fetched when a lesson is first opened. */
let loading: Promise<readonly Lesson[]> | undefined;
const loadLessons = () => (loading ??= import('./lessons').then((m) => m.LESSONS));

const isLessonId = (id: string | null | undefined): id is LessonId =>
	(LESSON_IDS as readonly (string | null | undefined)[]).includes(id);

/**
 * The running lesson: which one, which step, and the steps a teacher added. Each step is a real
 * scenario, applied to sandbox A as an undoable edit, so leaving the lesson keeps the sandbox as it
 * is and Undo walks back through the steps.
 */
export class LessonState {
	panel = $state<TeachPanel>(null);
	id = $state<LessonId | null>(null);
	/** 0-based index into `steps`. */
	index = $state(0);
	extra = $state.raw<SharedLessonStep[]>([]);

	/** The lessons, once loaded (see `load`); until then no lesson runs. */
	#book = $state.raw<readonly Lesson[] | null>(null);
	#byId = (id: string | null | undefined): Lesson | undefined =>
		this.#book?.find((l) => l.id === id);

	lesson = $derived(this.#byId(this.id));
	steps: PlayStep[] = $derived(stepsOf(this.lesson, this.extra));
	step: PlayStep | undefined = $derived(this.steps[this.index]);
	running = $derived(this.lesson !== undefined);
	/** Where → and ← go from here: the step beside, or across into the next or previous lesson. */
	ahead = $derived(this.#across(1));
	behind = $derived(this.#across(-1));
	/** The lesson → moves into from the last step; undefined elsewhere or after the last lesson. */
	nextLesson: Lesson | undefined = $derived(
		this.ahead && this.ahead.id !== this.id ? this.#byId(this.ahead.id) : undefined
	);
	/** The lesson ← moves back into from the first step. */
	previousLesson: Lesson | undefined = $derived(
		this.behind && this.behind.id !== this.id ? this.#byId(this.behind.id) : undefined
	);
	/** What the share link holds; undefined when no lesson runs. */
	shared: SharedLesson | undefined = $derived(
		this.lesson
			? {
					id: this.lesson.id,
					step: this.index + 1,
					...(this.extra.length > 0 ? { extra: this.extra } : {})
				}
			: undefined
	);

	#workspace: Workspace;
	#view: ViewState;
	/** A teacher's own steps of the lessons left for another, kept for when they come back. */
	#kept: Partial<Record<LessonId, SharedLessonStep[]>> = {};

	constructor(workspace: Workspace, view: ViewState) {
		this.#workspace = workspace;
		this.#view = view;
	}

	#across(dir: 1 | -1) {
		return this.id === null
			? null
			: stepAcross(LESSON_IDS, this.id, this.index, this.steps.length, dir);
	}

	/** Start `id` at step `index` (0-based; past the end opens its last step) and open its scenario. */
	/** The lessons are here: a lesson can start at once. */
	get loaded(): boolean {
		return this.#book !== null;
	}

	/** Fetch the lessons (the picker asks for them when it opens; a lesson link, when it is read). */
	load(): Promise<void> {
		return loadLessons().then((book) => {
			this.#book ??= book;
		});
	}

	/** Run `then` now if the lessons are here, else once they are. */
	#withBook(then: () => void): void {
		if (this.#book) then();
		else void this.load().then(then);
	}

	start(id: LessonId, index = 0): void {
		if (!this.#book) return this.#withBook(() => this.start(id, index));
		if (this.id !== id) {
			this.#keep();
			this.extra = this.#kept[id] ?? [];
		}
		this.id = id;
		this.panel = 'lessons';
		this.go(index);
	}

	/** Show step `index` and apply its scenario to sandbox A, as one undoable edit. */
	go(index: number): void {
		if (!this.running) return;
		this.index = Math.min(this.steps.length - 1, Math.max(0, index));
		const step = this.steps[this.index]!;
		// Each step shown is a step in the browser's history: Back returns to the one before.
		this.#workspace.steps++;
		this.#workspace.active = 'a';
		// The step brings its host and groups; the workloads the person made stay in the palette.
		const a = this.#workspace.a;
		a.apply(carryOwn(structuredClone(step.scenario), a.scenario));
		if (step.fitWorkload) this.#view.fitWorkload = step.fitWorkload;
	}

	/** The next step; after a lesson's last, the next lesson's first (a clicker never gets stuck). */
	next(): void {
		this.#move(this.ahead, 'This is the last step of the last lesson.');
	}

	/** The step before; before a lesson's first, the previous lesson's last. */
	previous(): void {
		this.#move(this.behind, 'This is the first step of the first lesson.');
	}

	#move(place: { id: LessonId; index: number } | null, atEnd: string): void {
		if (!this.running) return;
		if (!place) return this.#view.announce(atEnd);
		if (place.id === this.id) this.go(place.index);
		else this.start(place.id, place.index);
	}

	/** Remember the running lesson's own steps, so coming back to it brings them back. */
	#keep(): void {
		if (this.id === null) return;
		this.#kept = { ...this.#kept, [this.id]: this.extra };
	}

	/** Back to the first step (the presenter's R key). */
	restart(): void {
		this.go(0);
	}

	/** Stop the lesson; the sandbox stays as it is, to keep exploring. */
	leave(): void {
		this.#keep();
		this.id = null;
		this.index = 0;
		this.extra = [];
		if (this.panel === 'lessons') this.panel = null;
		this.#view.announce('Lesson left. The sandbox stays as it is: keep exploring.');
	}

	/** Add sandbox A as it is now as a step of the teacher's own, after the others, and show it. */
	saveStep(caption: string): void {
		if (!this.lesson) return;
		const max = FORMAT_LIMITS.lessonSteps;
		if (this.extra.length >= max) {
			// One more would make a link or file the app could not read back.
			this.#view.message = {
				level: 'error',
				text: `A lesson holds at most ${max} steps of your own, and this one has ${max}. Remove one of them to save another.`,
				details: []
			};
			return;
		}
		const scenario = structuredClone($state.snapshot(this.#workspace.a.scenario));
		const n = this.extra.length + 1;
		this.extra = [...this.extra, { caption: tidyCaption(caption, `My step ${n}`), scenario }];
		this.index = this.steps.length - 1;
		this.#view.announce(
			`Saved as step ${this.index + 1}. It is in the link: Copy link to share it.`
		);
	}

	/** Remove one of the teacher's own steps (by index into `steps`). */
	removeStep(index: number): void {
		const k = index - (this.lesson?.steps.length ?? 0);
		if (k < 0 || k >= this.extra.length) return;
		this.extra = this.extra.filter((_, i) => i !== k);
		this.index = Math.min(this.index, this.steps.length - 1);
	}

	/** Reopen a lesson from a link or the autosave: the sandbox already holds its state, so nothing is applied. */
	restore(saved: SharedLesson | undefined): void {
		if (!this.#book && isLessonId(saved?.id)) return this.#withBook(() => this.restore(saved));
		const lesson = this.#byId(saved?.id);
		if (!saved || !lesson) return;
		this.id = lesson.id;
		this.extra = saved.extra ?? [];
		this.index = stepIndex(saved.step, this.steps.length);
		this.panel = 'lessons';
	}

	/** Back or Forward: show the lesson position an entry's link holds, or none; nothing is applied. */
	follow(saved: SharedLesson | undefined): void {
		if (isLessonId(saved?.id)) return this.restore(saved);
		if (!this.running) return;
		this.id = null;
		this.index = 0;
		this.extra = [];
		if (this.panel === 'lessons') this.panel = null;
	}

	/**
	 * Open `?lesson=<id>&step=<n>`: start that lesson at that step. Returns a message when the
	 * lesson is unknown; a step out of range opens the nearest one.
	 */
	openLink(id: string | null, step: string | null): string | null {
		if (id === null) return null;
		if (!isLessonId(id))
			return `The link asks for a lesson called “${id.slice(0, 40)}”, which this version does not have. The sandbox opened as usual; the Lessons button lists the lessons.`;
		this.#withBook(() => {
			const lesson = this.#byId(id)!;
			const index = step === null ? 0 : stepIndex(step, lesson.steps.length);
			if (this.id !== lesson.id || this.index !== index) this.start(lesson.id, index);
		});
		return null;
	}

	reset(): void {
		this.#kept = {};
		this.panel = null;
		this.id = null;
		this.index = 0;
		this.extra = [];
	}
}

export const [getLesson, setLesson] = createContext<LessonState>();
