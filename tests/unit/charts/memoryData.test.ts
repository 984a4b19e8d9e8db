/** Memory by layer: stacks from the report, and the x/y scales. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, LAYERS, type Scenario } from '$lib/model';
import {
	layersInUse,
	limitRows,
	longestMiB,
	memoryBandHeight,
	memoryRows,
	memoryScales,
	memoryTable,
	type MemoryRow
} from '$lib/charts/memoryData';
import { expectClose, scenarioOf, group } from '../helpers/model';

const rowsOf = (s: Scenario) => memoryRows(evaluate(s), s);

/** Segments butt against each other from 0 to the bar's end (used + saved). */
function expectContiguous(row: MemoryRow) {
	let at = 0;
	for (const s of row.segments) {
		expectClose(s.x0, at, 1e-9);
		expect(s.x1).toBeGreaterThan(s.x0);
		at = s.x1;
	}
	expectClose(at, row.usedMiB + row.savedMiB, 1e-6);
}

const SCENARIOS: [string, Scenario][] = [
	['the default scenario', defaultScenario()],
	[
		'VMs with page sharing',
		scenarioOf({ pageSharing: true }, [group({ kind: 'vm', workload: 'redis', count: 6 })])
	],
	[
		'containers on macOS (utility VM)',
		scenarioOf({ os: 'macos', hypervisor: 'virtualbox' }, [
			group({ kind: 'container', workload: 'node-api', count: 3 })
		])
	],
	[
		'an unsupported Windows container on Linux',
		scenarioOf({}, [group({ kind: 'container', workload: 'windows-iis', count: 2 })])
	],
	['an empty host', scenarioOf({}, [])]
];

describe('memoryRows(report, scenario)', () => {
	it.each(SCENARIOS)('stacks every bar contiguously from 0 for %s', (_, s) => {
		const rows = rowsOf(s);
		expect(rows.length).toBe(s.groups.length + 2);
		rows.forEach(expectContiguous);
	});

	it.each(SCENARIOS)('matches the report layer by layer for %s', (_, s) => {
		const report = evaluate(s);
		const [total, hostSw, ...groups] = memoryRows(report, s);
		expectClose(total!.usedMiB, report.memory.usedMiB, 1e-9);
		expectClose(total!.savedMiB, report.memory.sharedSavedMiB, 1e-9);
		for (const l of LAYERS) {
			expectClose(total!.values[l], report.memory.byLayer[l], 1e-9);
			expectClose(hostSw!.values[l], report.memory.hostLevel[l], 1e-9);
		}
		groups.forEach((row, i) => {
			const g = report.groups[i]!;
			expect(row.id).toBe(g.id);
			expectClose(row.usedMiB, g.memory.totalMiB, 1e-9);
			for (const l of LAYERS) expectClose(row.values[l], g.memory.totalByLayer[l], 1e-9);
		});
	});

	it('shows what page sharing saved as a "saved" segment at the end of the VM bar', () => {
		const s = scenarioOf({ pageSharing: true }, [
			group({ kind: 'vm', workload: 'redis', count: 6 })
		]);
		const report = evaluate(s);
		const row = memoryRows(report, s)[2]!;
		const last = row.segments.at(-1)!;
		expect(last.layer).toBe('saved');
		expect(row.savedMiB).toBeGreaterThan(0);
		expectClose(row.savedMiB, report.memory.sharedSavedMiB, 1e-6);
		expect(last.label).toMatch(/Saved by sharing/);
	});

	it('leaves an unsupported group empty, with its reason', () => {
		const s = scenarioOf({}, [group({ kind: 'container', workload: 'windows-iis' })]);
		const row = rowsOf(s)[2]!;
		expect(row.segments).toEqual([]);
		expect(row.reason).toBeTruthy();
	});

	it('labels a segment with its exact value and unit', () => {
		const s = scenarioOf({}, [group({ kind: 'vm', workload: 'nginx', count: 4, label: 'web' })]);
		const seg = rowsOf(s)[2]!.segments.find((x) => x.layer === 'guestKernel')!;
		expect(seg.label).toMatch(/^web — Guest kernel: [\d,.]+ MiB for 4$/);
	});
});

describe('memoryScales(rows, capacity, zoom, size)', () => {
	const rows = (longest: number): MemoryRow[] => [
		{
			id: 'a',
			name: 'a',
			values: {
				...Object.fromEntries(LAYERS.map((l) => [l, 0])),
				app: longest,
				saved: 0
			} as MemoryRow['values'],
			usedMiB: longest,
			savedMiB: 0,
			segments: []
		}
	];
	it.each([
		// capacity, longest bar, zoom → x domain end, capacity line visible
		[65536, 6000, false, 65536, true],
		[65536, 6000, true, 6000, false],
		[4096, 6000, false, 6000, true],
		[4096, 6000, true, 6000, true],
		[1024, 0, true, 1024, true],
		[0, 0, false, 1, true]
	])(
		'memoryScales(capacity %d, longest %d, zoom %s).x ends at %d, capacity visible: %s',
		(cap, longest, zoom, end, visible) => {
			const s = memoryScales(rows(longest), cap, zoom, { width: 500, height: 100 });
			expect(s.maxMiB).toBe(end);
			expect(s.x.domain()).toEqual([0, end]);
			expect(s.x(end)).toBe(500);
			expect(s.capacityVisible).toBe(visible);
		}
	);

	it('gives every bar a band, top to bottom in order', () => {
		const r = rowsOf(defaultScenario());
		const { y } = memoryScales(r, 65536, false, { width: 500, height: 200 });
		const tops = r.map((row) => y(row.id)!);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		expect(y.bandwidth()).toBeGreaterThan(10);
		expect(tops.at(-1)! + y.bandwidth()).toBeLessThanOrEqual(200);
	});
});

describe('memoryBandHeight(rows)', () => {
	it.each([
		[1, 42],
		[8, 42],
		[9, 28],
		[16, 28],
		[30, 22],
		[52, 17]
	])('memoryBandHeight(%d) = %d px', (n, px) => expect(memoryBandHeight(n)).toBe(px));
});

describe('memoryTable(rows)', () => {
	it('has one row per bar and one column per layer in use, with the totals of the report', () => {
		const s = defaultScenario();
		const report = evaluate(s);
		const rows = memoryRows(report, s);
		const t = memoryTable(rows);
		expect(t.rows.length).toBe(rows.length);
		expect(t.columns.length).toBe(layersInUse(rows).length + 3);
		expect(t.rows[0]!.at(-1)).toBeCloseTo(report.memory.usedMiB, 6);
		expect(longestMiB(rows)).toBeCloseTo(report.memory.usedMiB + report.memory.sharedSavedMiB, 6);
	});
});

describe('limitRows(rows, max)', () => {
	const many = (n: number): Scenario =>
		scenarioOf(
			{ memoryMiB: 1024 * 1024 },
			Array.from({ length: n }, (_, i) =>
				group({ id: `g${i + 1}`, kind: 'vm', workload: 'nginx', count: 1 + (i % 7), vcpus: 1 + i })
			)
		);
	it.each([
		[3, 40, 5],
		[40, 40, 42],
		[41, 40, 43],
		[200, 40, 43],
		[10, 4, 7]
	])('%d groups, at most %d bars: %d rows drawn', (n, max, drawn) => {
		const rows = rowsOf(many(n));
		const shown = limitRows(rows, max);
		expect(shown.length).toBe(drawn);
		if (n <= max) expect(shown).toBe(rows);
	});

	it('keeps the biggest groups in their own order and adds up the rest in one bar', () => {
		const rows = rowsOf(many(12));
		const shown = limitRows(rows, 5);
		const groups = rows.slice(2);
		const kept = shown.slice(2, -1);
		const others = shown.at(-1)!;
		expect(others.id).toBe('more-groups');
		expect(others.name).toBe('7 more groups');
		const sum = (rs: readonly MemoryRow[]) => rs.reduce((t, r) => t + r.usedMiB, 0);
		expectClose(sum(kept) + others.usedMiB, sum(groups), 1e-6);
		const order = kept.map((r) => groups.indexOf(r));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const smallestKept = Math.min(...kept.map((r) => r.usedMiB));
		const rest = groups.filter((r) => !kept.includes(r));
		expect(Math.max(...rest.map((r) => r.usedMiB))).toBeLessThanOrEqual(smallestKept);
		expectContiguous(others);
	});
});
