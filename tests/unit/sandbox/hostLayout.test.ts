import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, evaluate, LAYERS, type Scenario } from '../../../src/lib/model';
import { dividerPath, hostLayout, MAX_COLUMNS } from '../../../src/lib/sandbox/hostLayout';

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

	it('zoomed to used, the used memory fills nearly the whole height', () => {
		const s = scenario(3);
		const l = hostLayout(evaluate(s), s, 600, 300, true);
		expect(300 - l.usedY).toBeGreaterThan(300 / 1.06);
	});
});

describe('dividerPath', () => {
	it('draws one vertical line per divider, in one path', () => {
		expect(dividerPath([10, 20.5], 5, 40)).toBe('M10.00 5.00v40.00M20.50 5.00v40.00');
		expect(dividerPath([], 0, 10)).toBe('');
	});
});
