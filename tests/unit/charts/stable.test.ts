/** Reusing unchanged chart data, and the cached formatters. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, formatMiB as modelMiB, formatMs as modelMs } from '$lib/model';
import { exactMiB, exactMs, formatMiB, formatMs } from '$lib/charts/format';
import { memoryRows } from '$lib/charts/memoryData';
import { deepEqual, keeper, reuseItems } from '$lib/charts/stable';

describe('deepEqual(a, b)', () => {
	it.each([
		[1, 1, true],
		[1, 2, false],
		[NaN, NaN, true],
		['a', 'a', true],
		[{ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, true],
		[{ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }, false],
		[{ a: 1 }, { a: 1, b: undefined }, false],
		[[1], { 0: 1 }, false],
		[null, {}, false],
		[undefined, undefined, true]
	])('deepEqual(%j, %j) = %s', (a, b, out) => expect(deepEqual(a, b)).toBe(out));
});

describe('reuseItems(prev, next, key) and keeper()', () => {
	const key = (x: { id: string }) => x.id;
	it('returns prev itself when every item is unchanged and in order', () => {
		const prev = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 2 }
		];
		expect(
			reuseItems(
				prev,
				[
					{ id: 'a', v: 1 },
					{ id: 'b', v: 2 }
				],
				key
			)
		).toBe(prev);
	});
	it('keeps unchanged items and takes changed ones', () => {
		const prev = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 2 }
		];
		const out = reuseItems(
			prev,
			[
				{ id: 'a', v: 1 },
				{ id: 'b', v: 3 }
			],
			key
		);
		expect(out).not.toBe(prev);
		expect(out[0]).toBe(prev[0]);
		expect(out[1]).toEqual({ id: 'b', v: 3 });
	});
	it('a new order is a new array of the old items', () => {
		const prev = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 2 }
		];
		const out = reuseItems(
			prev,
			[
				{ id: 'b', v: 2 },
				{ id: 'a', v: 1 }
			],
			key
		);
		expect(out).toEqual([prev[1], prev[0]]);
		expect(out[0]).toBe(prev[1]);
	});
	it('keeper() hands back the previous object for an equal value', () => {
		const keep = keeper<{ w: number }>();
		const first = keep({ w: 1 });
		expect(keep({ w: 1 })).toBe(first);
		expect(keep({ w: 2 })).toEqual({ w: 2 });
	});
});

describe('memoryRows(report, scenario, prev)', () => {
	const s = defaultScenario();
	it('returns prev itself when only the host capacity changed', () => {
		const prev = memoryRows(evaluate(s), s);
		const bigger = { ...s, host: { ...s.host, memoryMiB: 2 * s.host.memoryMiB } };
		expect(memoryRows(evaluate(bigger), bigger, prev)).toBe(prev);
	});
	it('rebuilds only the bars that changed', () => {
		const prev = memoryRows(evaluate(s), s);
		const more = { ...s, groups: s.groups.map((g) => (g.id === 'g3' ? { ...g, count: 9 } : g)) };
		const next = memoryRows(evaluate(more), more, prev);
		expect(next[2]).toBe(prev[2]);
		expect(next[3]).toBe(prev[3]);
		expect(next[4]).not.toBe(prev[4]);
		expect(next[4]).toEqual(memoryRows(evaluate(more), more)[4]);
	});
});

describe('formatters', () => {
	it.each([0, 0.25, 9.99, 10, 512, 1023.9, 1024, 1536, 65536, 1048576, 3e6, -2048])(
		'formatMiB(%d) reads as the model’s formatMiB',
		(v) => expect(formatMiB(v)).toBe(modelMiB(v))
	);
	it.each([0, 1.25, 9.9, 10, 450, 999, 1000, 8943, 119_999, 120_000, 600_000])(
		'formatMs(%d) reads as the model’s formatMs',
		(v) => expect(formatMs(v)).toBe(modelMs(v))
	);
	it.each([
		[930.54, '930.5 MiB'],
		[4300, '4,300 MiB (4.2 GiB)'],
		[0, '0 MiB']
	])('exactMiB(%d) = %s', (v, out) => expect(exactMiB(v)).toBe(out));
	it.each([
		[450, '450 ms'],
		[6200, '6,200 ms (6.2 s)']
	])('exactMs(%d) = %s', (v, out) => expect(exactMs(v)).toBe(out));
});
