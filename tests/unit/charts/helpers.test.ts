/** The small helpers behind every chart: ticks, contrast, CSV, label dodging, legend, keys. */
import { describe, expect, it } from 'vitest';
import { KINDS, LAYERS } from '$lib/model';
import { LAYER_COLOR } from '$lib/sandbox/layerStyle';
import { contrast, KIND_STYLE, needsOutline, PHASE_COLOR, textOn } from '$lib/charts/color';
import { nextKey } from '$lib/charts/frame';
import { dodge } from '$lib/charts/labels';
import { legendLayout } from '$lib/charts/legend';
import { csvField, toCsv } from '$lib/charts/table';
import {
	countTicks,
	memoryTicks,
	niceCeil,
	powersOfTen,
	spaced,
	spacedVertically,
	timeTicks
} from '$lib/charts/ticks';

describe('ticks', () => {
	it.each([
		[65536, 5, ['0', '10 GiB', '20 GiB', '30 GiB', '40 GiB', '50 GiB', '60 GiB']],
		[1500, 3, ['0', '500 MiB', '1,000 MiB', '1,500 MiB']],
		[3072, 3, ['0', '1 GiB', '2 GiB', '3 GiB']],
		[0, 5, ['0']]
	])('memoryTicks(%d MiB, %d)', (max, n, labels) =>
		expect(memoryTicks(max, n).map((t) => t.label)).toEqual(labels)
	);
	it.each([
		[1, 1000, [1, 10, 100, 1000]],
		[3, 999, [10, 100]],
		[0, 10, []],
		[10, 5, []]
	])('powersOfTen(%d, %d) = %j', (a, b, out) => expect(powersOfTen(a, b)).toEqual(out));
	it.each([
		[8943, 10000],
		[2153, 5000],
		[12000, 20000],
		[1000, 1000],
		[0, 1]
	])('niceCeil(%d) = %d', (v, out) => expect(niceCeil(v)).toBe(out));
	it.each([
		[10000, true, ['0', '1 ms', '10 ms', '100 ms', '1 s', '10 s']],
		[3000, false, ['0', '500 ms', '1 s', '1.5 s', '2 s', '2.5 s', '3 s']]
	])('timeTicks(%d ms, log %s)', (max, log, labels) =>
		expect(timeTicks(max, log).map((t) => t.label)).toEqual(labels)
	);
	it.each([
		[1, 1000, true, ['1', '10', '100', '1,000']],
		[0, 10, false, ['0', '2', '4', '6', '8', '10']]
	])('countTicks(%d, %d, log %s)', (a, b, log, labels) =>
		expect(countTicks(a, b, log, 5).map((t) => t.label)).toEqual(labels)
	);
	it('spaced() drops labels that would overlap their left neighbour', () => {
		const ticks = [0, 10, 20, 100, 200].map((pos) => ({ pos, label: '10 ms' }));
		expect(spaced(ticks, 13).map((t) => t.pos)).toEqual([0, 100, 200]);
	});
	it('spacedVertically() keeps ticks at least the gap apart, from the bottom up', () => {
		const ticks = [300, 290, 250, 240, 200].map((pos) => ({ pos }));
		expect(spacedVertically(ticks, 18).map((t) => t.pos)).toEqual([300, 250, 200]);
	});
});

describe('colour contrast (WCAG 2)', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#767676', '#ffffff', 4.54]
	])('contrast(%s, %s) = %d', (a, b, r) => expect(contrast(a, b)).toBeCloseTo(r, 2));
	it.each(LAYERS)('text on the %s colour reaches 4.5:1 (AA)', (l) =>
		expect(contrast(textOn(LAYER_COLOR[l]), LAYER_COLOR[l])).toBeGreaterThanOrEqual(4.5)
	);
	it.each(Object.entries(PHASE_COLOR))('text on the %s phase colour reaches 4.5:1', (_, c) =>
		expect(contrast(textOn(c), c)).toBeGreaterThanOrEqual(4.5)
	);
	it.each(Object.entries(KIND_STYLE))('the %s line stands out from white by 3:1', (_, s) =>
		expect(contrast(s.color, '#ffffff')).toBeGreaterThanOrEqual(3)
	);
	it.each([
		['#F0E442', true],
		['#DDDDDD', true],
		['#0072B2', false],
		['#555555', false]
	])('needsOutline(%s) = %s', (c, out) => expect(needsOutline(c)).toBe(out));
	it('every kind differs in dash and marker, not only in colour, and its colour reads on white', () => {
		const styles = Object.values(KIND_STYLE);
		expect(styles).toHaveLength(KINDS.length);
		expect(new Set(styles.map((s) => s.dash)).size).toBe(KINDS.length);
		expect(new Set(styles.map((s) => s.marker)).size).toBe(KINDS.length);
		for (const s of styles)
			expect(contrast(s.color, '#ffffff'), s.label).toBeGreaterThanOrEqual(4.5);
	});
});

describe('CSV', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"']
	])('csvField(%j) = %j', (v, out) => expect(csvField(v)).toBe(out));
	it('toCsv() writes the header with units, raw numbers and CRLF line ends', () => {
		const csv = toCsv({
			columns: [{ label: 'Bar' }, { label: 'Memory', unit: 'MiB' }],
			rows: [
				['nginx, VMs', 4628.23456],
				['host', 0]
			]
		});
		expect(csv).toBe('Bar,Memory (MiB)\r\n"nginx, VMs",4628.235\r\nhost,0\r\n');
	});
});

describe('dodge(wanted, gap, lo, hi)', () => {
	it.each([
		[[10, 50, 90], 18, 0, 100, [10, 50, 90]],
		[[50, 50, 50], 18, 0, 200, [50, 68, 86]],
		[[95, 96], 18, 0, 100, [82, 100]],
		[[60, 10], 20, 0, 100, [60, 10]],
		[[-5], 10, 0, 100, [0]]
	])('dodge(%j, %d, %d, %d) = %j', (w, gap, lo, hi, out) =>
		expect(dodge(w, gap, lo, hi)).toEqual(out)
	);
});

describe('legendLayout(items, width)', () => {
	const items = ['Host OS', 'Hypervisor', 'Guest kernel', 'App'].map((label) => ({
		key: label,
		label,
		fill: '#000000'
	}));
	it('fits all items on one row when wide enough', () => {
		const l = legendLayout(items, 2000);
		expect(new Set(l.items.map((i) => i.y))).toEqual(new Set([0]));
		expect(l.height).toBe(28);
	});
	it('wraps onto more rows when narrow, never past the width', () => {
		const l = legendLayout(items, 200);
		expect(l.items.at(-1)!.y).toBeGreaterThan(0);
		expect(l.items.every((i) => i.x < 200)).toBe(true);
	});
	it('takes no room when empty', () =>
		expect(legendLayout([], 500)).toEqual({ items: [], height: 0 }));
});

describe('nextKey(keys, current, key)', () => {
	const keys = ['a', 'b', 'c'];
	it.each([
		['a', 'ArrowRight', 'b'],
		['a', 'ArrowDown', 'b'],
		['c', 'ArrowRight', 'c'],
		['b', 'ArrowLeft', 'a'],
		['a', 'ArrowUp', 'a'],
		['b', 'Home', 'a'],
		['a', 'End', 'c'],
		[undefined, 'ArrowRight', 'a'],
		['b', 'Enter', null]
	] as const)('nextKey([a, b, c], %s, %s) = %s', (cur, key, out) =>
		expect(nextKey(keys, cur, key)).toBe(out)
	);
	it('returns null when there are no marks', () => expect(nextKey([], 'a', 'Home')).toBeNull());
});
