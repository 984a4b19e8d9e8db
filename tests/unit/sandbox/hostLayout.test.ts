import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, evaluate, LAYERS, type Scenario } from '../../../src/lib/model';
import {
	dividerPath,
	FREE_BAND_PX,
	hostLayout,
	MAX_COLUMNS
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
