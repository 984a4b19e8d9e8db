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

/** Where a lesson's step sits in the course: its lesson and its index (0-based) among that lesson's steps. */
export interface CoursePlace<Id extends string = string> {
	id: Id;
	index: number;
}

/**
 * Where → (`+1`) or ← (`-1`) goes from step `index` of `count` in lesson `id`: the step beside it,
 * or across into the next lesson's first step or the previous lesson's last (`index` Infinity: the
 * caller clamps it to that lesson's steps); null at either end of the course, or for an unknown id.
 */
export function stepAcross<Id extends string>(
	order: readonly Id[],
	id: Id,
	index: number,
	count: number,
	dir: 1 | -1
): CoursePlace<Id> | null {
	const k = order.indexOf(id);
	if (k < 0) return null;
	const next = index + dir;
	if (next >= 0 && next < count) return { id, index: next };
	const other = order[k + dir];
	if (other === undefined) return null;
	return { id: other, index: dir === 1 ? 0 : Infinity };
}
