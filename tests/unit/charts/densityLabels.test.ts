/** The density chart's words: end labels inside the plot, the capacity label clear of every line. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, kindTable, WORKLOAD_IDS, type Host, type WorkloadRef } from '$lib/model';
import { densityGeometry, densityScales, densitySeries as seriesOf } from '$lib/charts/densityData';
import { capacityLabel, endLabels, endText } from '$lib/charts/densityLabels';
import { textWidth } from '$lib/charts/legend';
import { barUnitMiB } from '$lib/charts/memoryData';

/** densitySeries on `host` as before the kinds went through kindTable: the model's figures for each kind. */
const densitySeries = (host: Host, w: WorkloadRef) =>
	seriesOf(kindTable({ version: 1, name: 't', host, groups: [] }, w));

const sizes = [
	{ width: 290, height: 300 },
	{ width: 520, height: 300 },
	{ width: 1000, height: 300 }
];

describe('endLabels(series, markers, plot)', () => {
	it.each(sizes)('every end label lies inside a $width px plot (phone to desktop)', (inner) => {
		for (const w of WORKLOAD_IDS)
			for (const log of [false, true]) {
				const series = densitySeries(DEFAULT_HOST, w);
				const s = densityScales(series, DEFAULT_HOST.memoryMiB, log, inner);
				const geo = densityGeometry(series, s, DEFAULT_HOST.memoryMiB);
				for (const l of endLabels(
					series,
					geo.map((g) => g.marker),
					inner
				)) {
					if (!l) continue;
					const wpx = textWidth(l.text, 14);
					const x0 = l.anchor === 'start' ? l.x : l.x - wpx;
					expect(x0, `${w} ${l.text}`).toBeGreaterThanOrEqual(-0.01);
					expect(x0 + wpx, `${w} ${l.text}`).toBeLessThanOrEqual(inner.width + 0.01);
				}
			}
	});

	it('a narrow plot gets the short label: “Container: 629 (CPU time limit)”', () => {
		const ct = densitySeries(DEFAULT_HOST, 'nginx').find((d) => d.kind === 'container');
		expect(endText(ct!, true)).toMatch(/^Container: [\d,]+ \(CPU time limit\)$/);
		expect(endText(ct!, false)).toMatch(/^Container: [\d,]+ max — limited by CPU time$/);
	});
});

describe('capacityLabel(…)', () => {
	it.each(sizes)(
		'no line passes through the capacity label (linear and log, $width px)',
		(inner) => {
			for (const log of [false, true]) {
				const series = densitySeries(DEFAULT_HOST, 'nginx');
				const s = densityScales(series, DEFAULT_HOST.memoryMiB, log, inner);
				const geo = densityGeometry(series, s, DEFAULT_HOST.memoryMiB);
				const ends = endLabels(
					series,
					geo.map((g) => g.marker),
					inner
				);
				const l = capacityLabel('Capacity 64 GiB', series, s, DEFAULT_HOST.memoryMiB, inner, ends);
				const w = textWidth(l.text, 14);
				const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
				// Sample each line where it runs under the label's width: none may be inside its box.
				for (const d of series.filter((x) => x.supported && x.count >= 1))
					for (let px = Math.max(0, x0); px <= x0 + w; px += 1) {
						const n = s.x.invert(px);
						if (n > d.count || n < s.xMin) continue;
						const used = d.hostLevelMiB + (n < 1 ? 0 : d.firstMiB + (n - 1) * d.marginalMiB);
						const y = s.y(used);
						expect(y > l.y + 4 || y < l.y - 14, `log ${log}: ${d.kind} at ${px}px`).toBe(true);
					}
			}
		}
	);
});

describe('barUnitMiB(maxMiB): memory bars stay inside the browser’s SVG length range', () => {
	it.each([
		[64 * 1024, 1],
		[220.7 * 1024 * 1024, 1024],
		[1e12, 1024 ** 2]
	])('barUnitMiB(%d) = %d', (max, unit) => {
		expect(barUnitMiB(max)).toBe(unit);
		expect(max / barUnitMiB(max)).toBeLessThanOrEqual(1e6);
	});
});
