/** The density chart's words: end labels inside the plot, the capacity label clear of every line. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, kindTable, WORKLOAD_IDS, type Host, type WorkloadRef } from '$lib/model';
import { densityGeometry, densityScales, densitySeries as seriesOf } from '$lib/charts/densityData';
import {
	boxesOverlap,
	capacityLabel,
	endLabels,
	endText,
	labelBox,
	markerBox,
	type PlacedLabel
} from '$lib/charts/densityLabels';
import type { DensitySeries } from '$lib/charts/densityData';
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
					const box = labelBox(l);
					expect(box.x0, `${w} ${l.text}`).toBeGreaterThanOrEqual(-0.01);
					expect(box.x1, `${w} ${l.text}`).toBeLessThanOrEqual(inner.width + 0.01);
				}
			}
	});

	it('a narrow plot gets the short label: “Container: 629 (CPU time limit)”', () => {
		const ct = densitySeries(DEFAULT_HOST, 'nginx').find((d) => d.kind === 'container');
		expect(endText(ct!, true)).toMatch(/^Container: [\d,]+ \(CPU time limit\)$/);
		expect(endText(ct!, false)).toMatch(/^Container: [\d,]+ max — limited by CPU time$/);
	});
});

/** Five kinds that run out within a few instances of each other: the crowded case. */
function crowded(counts: readonly number[]): DensitySeries[] {
	const kinds = ['vm', 'microvm', 'kata', 'gvisor', 'container'] as const;
	return counts.map((count, i) => ({
		kind: kinds[i]!,
		name: ['VM', 'microVM', 'Kata pod', 'gVisor sandbox', 'Container'][i]!,
		supported: true,
		reason: '',
		hostLevelMiB: 600,
		firstMiB: 200 + 10 * i,
		marginalMiB: 150 + 10 * i,
		count,
		limitedBy: (i % 2 === 0 ? 'cpuTime' : 'memory') as DensitySeries['limitedBy']
	}));
}

/** Every placed label against every other and every marker, and the plot's edges. */
function expectApart(
	labels: readonly (PlacedLabel | null)[],
	markers: readonly ({ x: number; y: number } | null)[],
	inner: { width: number; height: number },
	what: string
) {
	const boxes = labels.filter((l): l is PlacedLabel => l !== null).map(labelBox);
	for (const [i, a] of boxes.entries()) {
		expect(a.x0, `${what}: label ${i} left`).toBeGreaterThanOrEqual(-0.01);
		expect(a.x1, `${what}: label ${i} right`).toBeLessThanOrEqual(inner.width + 0.01);
		for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b), `${what}: labels`).toBe(false);
		for (const m of markers)
			if (m) expect(boxesOverlap(a, markerBox(m)), `${what}: label ${i} on a marker`).toBe(false);
	}
}

describe('end labels when several kinds run out at about the same count', () => {
	const cases = [
		[60, 61, 62, 63, 64],
		[64, 64, 64, 431, 629],
		[100, 100, 100, 100, 100],
		[59, 64, 64, 431, 629]
	];
	it.each(cases.flatMap((c) => [236, 290, 520, 1000].map((width) => ({ c, width }))))(
		'no label covers another or a marker: $c at $width px',
		({ c, width }) => {
			const inner = { width, height: 300 };
			const series = crowded(c);
			for (const log of [false, true]) {
				const s = densityScales(series, 64 * 1024, log, inner);
				const markers = densityGeometry(series, s, 64 * 1024).map((g) => g.marker);
				const labels = endLabels(series, markers, inner, [s.y(64 * 1024)]);
				expectApart(labels, markers, inner, `${c} log ${log}`);
				// Every line is named: on its own label, or sharing one with the lines on its spot.
				for (const d of series) expect(labels.some((l) => l?.text.includes(d.name))).toBe(true);
			}
		}
	);
	it('lines that end on one spot for one reason share a label; a phone gets it on two lines', () => {
		const series = crowded([100, 100, 100, 100, 100]).map((d) => ({
			...d,
			limitedBy: 'cpuTime' as const
		}));
		const inner = { width: 290, height: 300 };
		const s = densityScales(series, 64 * 1024, false, inner);
		const markers = series.map(() => ({ x: s.x(100), y: 150 }));
		const labels = endLabels(series, markers, inner);
		expect(labels.filter(Boolean)).toHaveLength(1);
		expect(labels[0]!.lines).toEqual([
			'VM, microVM, Kata pod, gVisor sandbox, Container:',
			'100 (CPU time limit)'
		]);
	});
	it('the real kinds on the default host, phone to desktop', () => {
		for (const width of [236, 290, 520, 1000]) {
			const inner = { width, height: 300 };
			const series = densitySeries(DEFAULT_HOST, 'nginx');
			const s = densityScales(series, DEFAULT_HOST.memoryMiB, true, inner);
			const markers = densityGeometry(series, s, DEFAULT_HOST.memoryMiB).map((g) => g.marker);
			expectApart(endLabels(series, markers, inner), markers, inner, `nginx at ${width}`);
		}
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
