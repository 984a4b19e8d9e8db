import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/model';
import { lessonById } from '$lib/teach/lessons';
import { MAX_CAPTION, stepIndex, stepsOf, tidyCaption } from '$lib/teach/steps';

describe('stepIndex (a 1-based step number from a link → an index)', () => {
	it.each([
		[1, 4, 0],
		[3, 4, 2],
		['3', 4, 2],
		[' 2 ', 4, 1],
		[99, 4, 3],
		[0, 4, 0],
		[-5, 4, 0],
		[2.6, 4, 2],
		['two', 4, 0],
		[null, 4, 0],
		[Infinity, 4, 0],
		[3, 0, 0]
	])('stepIndex(%j, %i) = %i', (step, count, index) => {
		expect(stepIndex(step, count)).toBe(index);
	});
});

describe('stepsOf', () => {
	it('is empty with no lesson', () => {
		expect(stepsOf(undefined, [])).toEqual([]);
	});
	it('puts a teacher’s own steps after the lesson’s, showing the lesson’s main view', () => {
		const lesson = lessonById('layers')!;
		const steps = stepsOf(lesson, [{ caption: 'mine', scenario: defaultScenario() }]);
		expect(steps).toHaveLength(lesson.steps.length + 1);
		expect(steps.map((s) => s.own)).toEqual([...lesson.steps.map(() => false), true]);
		expect(steps.at(-1)).toMatchObject({ caption: 'mine', show: 'layers', own: true });
	});
});

describe('tidyCaption', () => {
	it.each([
		['  two   spaces\nand a line ', 'two spaces and a line'],
		['', 'My step 2'],
		['   ', 'My step 2'],
		['x'.repeat(MAX_CAPTION + 50), 'x'.repeat(MAX_CAPTION)]
	])('tidyCaption(%j) = %j', (text, tidy) => {
		expect(tidyCaption(text, 'My step 2')).toBe(tidy);
	});
});
