import { densityLesson } from './density';
import { laptopLesson } from './laptop';
import { layersLesson } from './layers';
import { raceLesson } from './race';
import { spectrumLesson } from './spectrum';
import { stacksLesson } from './stacks';
import type { Lesson, LessonId } from './types';
import { vmsWinLesson } from './vmsWin';

export * from './types';

/** The lessons, in teaching order. */
export const LESSONS: readonly Lesson[] = [
	stacksLesson,
	densityLesson,
	layersLesson,
	raceLesson,
	vmsWinLesson,
	laptopLesson,
	spectrumLesson
];

export function lessonById(id: string | null | undefined): Lesson | undefined {
	return LESSONS.find((l) => l.id === id);
}

export const isLessonId = (id: string): id is LessonId => lessonById(id) !== undefined;
