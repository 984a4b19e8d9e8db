import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_TEXT_SCALE,
	loadTextScale,
	saveTextScale,
	stepTextScale,
	TEXT_SCALE_KEY,
	TEXT_SCALES,
	textScaleWords
} from '$lib/teach/textSize';

describe('stepTextScale (A− and A+)', () => {
	it.each([
		[1, 1, 1.15],
		[1, -1, 0.9],
		[0.8, -1, 0.8],
		[1.75, 1, 1.75],
		[1.05, 1, 1.15],
		[1.05, -1, 1]
	] as const)('stepTextScale(%d, %i) = %d', (scale, dir, next) => {
		expect(stepTextScale(scale, dir)).toBe(next);
	});
	it('goes up through every size and down again', () => {
		let s: number = TEXT_SCALES[0];
		const up = [s];
		for (let i = 1; i < TEXT_SCALES.length; i++) up.push((s = stepTextScale(s, 1)));
		expect(up).toEqual([...TEXT_SCALES]);
	});
	it('offers the size lessons are made to fit, and says sizes in percent', () => {
		expect(TEXT_SCALES).toContain(DEFAULT_TEXT_SCALE);
		expect(textScaleWords(1.15)).toBe('115 %');
	});
});

describe('the text size kept in this browser', () => {
	afterEach(() => vi.unstubAllGlobals());
	const storage = (items: Record<string, string>) => ({
		getItem: (k: string) => items[k] ?? null,
		setItem: (k: string, v: string) => void (items[k] = v)
	});

	it('comes back as it was saved', () => {
		const items: Record<string, string> = {};
		vi.stubGlobal('localStorage', storage(items));
		saveTextScale(1.3);
		expect(items[TEXT_SCALE_KEY]).toBe('1.3');
		expect(loadTextScale()).toBe(1.3);
	});
	it.each([['nonsense'], ['7'], ['']])('a kept %j is not a size: the default', (kept) => {
		vi.stubGlobal('localStorage', storage({ [TEXT_SCALE_KEY]: kept }));
		expect(loadTextScale()).toBe(DEFAULT_TEXT_SCALE);
	});
	it('with storage blocked, nothing throws and the default is used', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			}
		});
		expect(() => saveTextScale(1.15)).not.toThrow();
		expect(loadTextScale()).toBe(DEFAULT_TEXT_SCALE);
	});
});
