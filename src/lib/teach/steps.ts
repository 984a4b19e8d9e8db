import { TEXT_LIMITS } from '$lib/model/limits';
import type { SharedLessonStep } from '$lib/scenario/shared';
import type { Lesson, LessonStep } from './lessons';

/** A step as the panel shows it: the lesson's own, or one a teacher added (`own`). */
export interface PlayStep extends LessonStep {
	own: boolean;
}

/** The steps of `lesson` followed by a teacher's own, which show the lesson's main view. */
export function stepsOf(
	lesson: Lesson | undefined,
	extra: readonly SharedLessonStep[]
): PlayStep[] {
	if (!lesson) return [];
	return [
		...lesson.steps.map((s) => ({ ...s, own: false })),
		...extra.map((e) => ({
			caption: e.caption,
			scenario: e.scenario,
			show: lesson.view,
			own: true
		}))
	];
}

/** A step number (1-based, as links and people count) as an index into `count` steps: clamped, whole. */
export function stepIndex(step: unknown, count: number): number {
	const n = typeof step === 'string' ? Number(step.trim()) : step;
	if (typeof n !== 'number' || !Number.isFinite(n) || count <= 0) return 0;
	return Math.min(count - 1, Math.max(0, Math.round(n) - 1));
}

/** Longest caption a teacher may give a step of their own: what links and files read back. */
export const MAX_CAPTION = TEXT_LIMITS.caption;

/** A teacher's caption, tidied: whitespace collapsed, cut to MAX_CAPTION; empty gives a default. */
export function tidyCaption(text: string, fallback: string): string {
	const t = text.replace(/\s+/g, ' ').trim().slice(0, MAX_CAPTION);
	return t || fallback;
}
