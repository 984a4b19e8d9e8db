import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/model';
import { LESSON_IDS, lessonById } from '$lib/teach/lessons';
import { MAX_CAPTION, stepAcross, stepIndex, stepsOf, tidyCaption } from '$lib/teach/steps';

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

describe('stepAcross (where → and ← go: on through a lesson, then across lessons)', () => {
	const order = ['a', 'b', 'c'] as const;
	it.each([
		['a', 0, 4, 1, { id: 'a', index: 1 }],
		['a', 3, 4, 1, { id: 'b', index: 0 }],
		['b', 0, 4, -1, { id: 'a', index: Infinity }],
		['b', 2, 4, -1, { id: 'b', index: 1 }],
		['c', 4, 5, 1, null],
		['a', 0, 4, -1, null],
		['c', 0, 1, -1, { id: 'b', index: Infinity }]
	] as const)('stepAcross(%s, step index %i of %i, %i) → %j', (id, index, count, dir, place) => {
		expect(stepAcross(order, id, index, count, dir)).toEqual(place);
	});
	it('is null for a lesson that is not in the course', () => {
		expect(stepAcross<string>(order, 'z', 0, 4, 1)).toBeNull();
	});
	it('walks the whole course forward, every step of every lesson once, and back again', () => {
		const visit: string[] = [];
		let at: { id: (typeof LESSON_IDS)[number]; index: number } | null = {
			id: LESSON_IDS[0],
			index: 0
		};
		while (at) {
			const count: number = lessonById(at.id)!.steps.length;
			at = { id: at.id, index: Math.min(at.index, count - 1) };
			visit.push(`${at.id} ${at.index + 1}`);
			at = stepAcross(LESSON_IDS, at.id, at.index, count, 1);
		}
		const all = LESSON_IDS.flatMap((id) => lessonById(id)!.steps.map((_, i) => `${id} ${i + 1}`));
		expect(visit).toEqual(all);
	});
});
