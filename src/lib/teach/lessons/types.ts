import type { Scenario, WorkloadId } from '$lib/model';

/** The teaching views a lesson step can show beside the sandbox. */
export const TEACH_VIEWS = [
	'stacks',
	'density',
	'layers',
	'bootRace',
	'table',
	'utilityVm',
	'spectrum',
	'spectrumTable'
] as const;
export type TeachView = (typeof TEACH_VIEWS)[number];

export const LESSON_IDS = [
	'stacks',
	'density',
	'layers',
	'boot-race',
	'vms-win',
	'laptop',
	'spectrum'
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** One step: a real scenario the sandbox opens, with a caption saying what to look at. */
export interface LessonStep {
	/** Plain text, one to three sentences, true to the model and the source texts. */
	caption: string;
	scenario: Scenario;
	/** The teaching view shown beside the sandbox. */
	show?: TeachView;
	/** The workload the "what fits" panel and the boot race compare. */
	fitWorkload?: WorkloadId;
	/** The comparison table shows only the rows this side wins (every row when unset). */
	rowsWonBy?: 'vm' | 'container';
	/** The isolation spectrum explains these entries in full (kinds, or `container-process` / `container-hyperv`); every entry when unset. */
	spectrumFocus?: readonly string[];
}

export interface Lesson {
	id: LessonId;
	title: string;
	/** One line for the lesson picker. */
	summary: string;
	/** The view a teacher's own extra steps show. */
	view: TeachView;
	steps: LessonStep[];
}
