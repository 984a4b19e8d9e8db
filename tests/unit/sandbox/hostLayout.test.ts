import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	defaultScenario,
	evaluate,
	LAYERS,
	type Scenario
} from '../../../src/lib/model';
import {
	dividerPath,
	FREE_BAND_PX,
	hostLayout,
	LABEL_INSIDE_PX,
	LABEL_LINE_PX,
	MAX_COLUMNS,
	placeLabels
} from '../../../src/lib/sandbox/hostLayout';

const scenario = (count: number): Scenario => ({
	version: 1,
	name: 'test',
	host: { ...DEFAULT_HOST, memoryMiB: 256 * 1024, cpuCores: 64 },
	groups: [{ id: 'c', kind: 'container', workload: 'nginx', count }]
});

function layoutOf(count: number, width = 600, height = 300) {
	const s = scenario(count);
	return hostLayout(evaluate(s), s, width, height, false);
}

describe('hostLayout', () => {
	it('draws memory to scale: the host band and group bands add up to the used height', () => {
		const s = scenario(12);
		const r = evaluate(s);
		const l = hostLayout(r, s, 600, 300, false);
		const usedPx = 300 - l.usedY;
		expect(usedPx).toBeCloseTo((300 * r.memory.usedMiB) / r.memory.capacityMiB, 6);
		const band = l.bands[0]!;
		const area = [...band.segments, ...band.shared].reduce((a, s) => a + s.w * s.h, 0);
		expect(area).toBeCloseTo(600 * band.h, 6);
		expect(l.hostBand.map((s) => s.layer)).toEqual(LAYERS.filter((k) => r.memory.hostLevel[k] > 0));
	});

	it('splits a band into one column per instance, up to MAX_COLUMNS columns', () => {
		expect(layoutOf(5).bands[0]!.dividers).toHaveLength(4);
		expect(layoutOf(5).bands[0]!.perColumn).toBe(1);
		const many = layoutOf(251).bands[0]!;
		expect(many.perColumn).toBe(Math.ceil(251 / MAX_COLUMNS));
		expect(many.dividers.length).toBeLessThan(MAX_COLUMNS);
		// Dividers are ordered and inside the band.
		for (let i = 1; i < many.dividers.length; i++)
			expect(many.dividers[i]!).toBeGreaterThan(many.dividers[i - 1]!);
		expect(Math.max(...many.dividers)).toBeLessThan(600);
	});

	it('zoomed to used, the used memory fills the height below a summary of the free memory', () => {
		const s = scenario(3);
		const r = evaluate(s);
		const l = hostLayout(r, s, 600, 300, true);
		expect(l.freeBand).toEqual({
			y: 0,
			h: FREE_BAND_PX,
			mib: r.memory.capacityMiB - r.memory.usedMiB
		});
		expect(l.usedY).toBeCloseTo(FREE_BAND_PX, 6);
		// Still to scale among themselves: the group band's height is its share of what is used.
		expect(l.bands[0]!.h).toBeCloseTo(
			((300 - FREE_BAND_PX) * r.groups[0]!.memory.totalMiB) / r.memory.usedMiB,
			6
		);
	});

	it('zoomed on an overfull host, nothing is free: the capacity line shows inside the drawing', () => {
		const s = scenario(2_000_000);
		const l = hostLayout(evaluate(s), s, 600, 300, true);
		expect(l.freeBand).toBeNull();
		expect(l.capacityY).toBeGreaterThan(0);
		expect(300 - l.usedY).toBeGreaterThan(300 / 1.06);
	});

	it('the whole host to scale has no free summary', () => {
		expect(layoutOf(3).freeBand).toBeNull();
	});
});

describe('dividerPath', () => {
	it('draws one vertical line per divider, in one path', () => {
		expect(dividerPath([10, 20.5], 5, 40)).toBe('M10.00 5.00v40.00M20.50 5.00v40.00');
		expect(dividerPath([], 0, 10)).toBe('');
	});
});

describe('placeLabels: the bands’ names', () => {
	const overlap = (a: number, b: number) => Math.abs(a - b) < LABEL_LINE_PX;
	it('names every band of the default host, tall ones at the left, thin ones at the right, none overlapping', () => {
		const s = defaultScenario();
		const l = hostLayout(evaluate(s), s, 600, 280, true);
		expect(l.labels.map((x) => x.id).toSorted()).toEqual(l.bands.map((b) => b.id).toSorted());
		for (const label of l.labels) {
			const b = l.bands.find((x) => x.id === label.id)!;
			expect(label.side).toBe(b.h >= LABEL_INSIDE_PX ? 'left' : 'right');
			// Below the free band's summary, above the host's own strip.
			expect(label.y - LABEL_LINE_PX + 4).toBeGreaterThanOrEqual(l.freeBand!.h);
			expect(label.y).toBeLessThanOrEqual(l.hostBandY);
		}
		for (const side of ['left', 'right'] as const) {
			const ys = l.labels.filter((x) => x.side === side).map((x) => x.y);
			for (const [i, a] of ys.entries())
				for (const b of ys.slice(i + 1)) expect(overlap(a, b)).toBe(false);
		}
	});
	it('spreads crowded thin bands apart and keeps only as many names as there are lines', () => {
		const thin = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, y: 100 + i * 2, h: 2 }));
		const labels = placeLabels(thin, 200);
		expect(labels.length).toBeLessThan(30);
		expect(labels.length).toBeGreaterThan(5);
		const ys = labels.map((x) => x.y).toSorted((a, b) => a - b);
		for (let i = 1; i < ys.length; i++)
			expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_LINE_PX);
		expect(ys.at(-1)!).toBeLessThanOrEqual(200);
	});
});
