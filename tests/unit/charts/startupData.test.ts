/** Startup Gantt rows from evaluate(), and the linear / log time scale. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	kindTable,
	WORKLOAD_IDS,
	type Host,
	type WorkloadId,
	type WorkloadRef
} from '$lib/model';
import {
	phasesInUse,
	slowestMs,
	startupLayout,
	startupRows as rowsOf,
	startupSummary,
	startupTable,
	timeScale
} from '$lib/charts/startupData';
import { expectClose } from '../helpers/model';

/** startupRows on `host` as before the kinds went through kindTable: the model's figures for each kind. */
const startupRows = (host: Host, w: WorkloadRef) =>
	rowsOf(kindTable({ version: 1, name: 't', host, groups: [] }, w));

describe('startupRows(host, workload)', () => {
	it.each(WORKLOAD_IDS)('%s: phases run back to back from 0 to the ready time', (w) => {
		for (const row of startupRows(DEFAULT_HOST, w)) {
			let t = 0;
			for (const p of row.phases) {
				expect(p.startMs).toBe(t);
				expect(p.endMs).toBeGreaterThanOrEqual(p.startMs);
				t = p.endMs;
			}
			expectClose(t, row.readyMs, 1e-9);
		}
	});

	it.each(['nginx', 'java-api', 'hello'] as WorkloadId[])(
		'%s: each row is the model’s one-instance startup (cold or warm cache for containers)',
		(w) => {
			for (const row of startupRows(DEFAULT_HOST, w)) {
				const r = evaluate({
					version: 1,
					name: 't',
					host: { ...DEFAULT_HOST, imageCache: row.cache ?? DEFAULT_HOST.imageCache },
					groups: [{ id: 'g', kind: row.kind, workload: w, count: 1 }]
				});
				expect(row.readyMs).toBe(r.groups[0]!.startup.readyMs);
			}
		}
	);

	it('shows each kind that pulls an image cold (with pull and unpack) and warm (without)', () => {
		const rows = startupRows(DEFAULT_HOST, 'nginx');
		expect(rows.map((r) => r.id)).toEqual([
			'vm',
			'microvm',
			'kata-cold',
			'kata-warm',
			'gvisor-cold',
			'gvisor-warm',
			'container-cold',
			'container-warm'
		]);
		const phases = (id: string) => rows.find((r) => r.id === id)!.phases.map((p) => p.phase);
		expect(phases('gvisor-cold')[0]).toBe('imagePull');
		expect(phases('kata-warm')).not.toContain('imagePull');
		expect(phases('container-cold')).toEqual(['imagePull', 'unpack', 'sandbox', 'appStart']);
		expect(phases('container-warm')).toEqual(['sandbox', 'appStart']);
		expect(phases('vm')).toEqual(['firmware', 'bootloader', 'kernel', 'init', 'appStart']);
		expect(phasesInUse(rows)[0]).toBe('imagePull');
	});

	it('labels a phase with exact times in ms', () => {
		const p = startupRows(DEFAULT_HOST, 'nginx')[0]!.phases[0]!;
		expect(p.label).toMatch(/^VM — Firmware: [\d,.]+ ms.*, from 0 ms to /);
	});

	it('marks a Windows container on Linux as not supported (and a Windows microVM)', () => {
		const rows = startupRows(DEFAULT_HOST, 'windows-iis');
		expect(rows.filter((r) => !r.supported).map((r) => r.id)).toEqual([
			'microvm',
			'kata-cold',
			'kata-warm',
			'gvisor-cold',
			'gvisor-warm',
			'container-cold',
			'container-warm'
		]);
		expect(startupTable(rows).rows[2]![0]).toMatch(/not supported/);
		expect(startupSummary(rows, 'IIS')).toMatch(/^IIS is ready in [\d.]+ s as a VM\.$/);
	});
});

describe('timeScale(rows, log, width)', () => {
	const rows = startupRows(DEFAULT_HOST, 'nginx');
	const slowest = slowestMs(rows);

	it('linear: 0 ms is at the left edge and the slowest row fits', () => {
		const x = timeScale(rows, false, 800);
		expect(x(0)).toBe(0);
		expect(x(slowest)).toBeLessThanOrEqual(800);
		expect(x(slowest)).toBeGreaterThan(600);
	});

	it('log: a true log axis with no 0, starting at a power of ten at or below the shortest phase', () => {
		const x = timeScale(rows, true, 800);
		const [start] = x.domain();
		const shortest = Math.min(
			...rows.flatMap((r) => r.phases.map((p) => p.endMs - p.startMs)).filter((ms) => ms > 0)
		);
		expect(start).toBeLessThanOrEqual(shortest);
		expect(Math.log10(start!) % 1).toBeCloseTo(0, 9);
		expect(x(start!)).toBe(0);
		expect(x(slowest)).toBeLessThanOrEqual(800);
	});

	it.each([
		// ms pairs with equal ratios get equal widths on the log scale (well above the 1 ms knee)
		[100, 1000, 1000, 10000]
	])('log: %d→%d ms is as wide as %d→%d ms', (a, b, c, d) => {
		const x = timeScale(rows, true, 800);
		const ratio = (x(b) - x(a)) / (x(d) - x(c));
		expect(Math.abs(ratio - 1)).toBeLessThan(0.01);
	});

	it('linear: ends on a round number', () => {
		const [, end] = timeScale(rows, false, 800).domain();
		expect(end).toBeGreaterThanOrEqual(slowest);
		expect(end! % 1000).toBe(0);
	});

	it('log: gives a 10 ms phase visible width even next to seconds', () => {
		const x = timeScale(rows, true, 800);
		expect(x(10)).toBeGreaterThan(800 / 10);
		const lin = timeScale(rows, false, 800);
		expect(lin(10)).toBeLessThan(2);
	});
});

describe('startupLayout(rows, log)', () => {
	const rows = startupRows(DEFAULT_HOST, 'nginx');

	it('linear: one bar per row, its phases end to end', () => {
		const { placed } = startupLayout(rows, false, 0);
		for (const p of placed) {
			expect(new Set(p.bars.map((b) => b.y)).size).toBeLessThanOrEqual(1);
			for (let i = 1; i < p.bars.length; i++)
				expect(p.bars[i]!.fromMs).toBeCloseTo(p.bars[i - 1]!.toMs, 9);
		}
	});

	it('log: never stacked — every phase starts at the axis start on its own bar, plus the total', () => {
		const start = timeScale(rows, true, 800).domain()[0]!;
		const { placed, height } = startupLayout(rows, true, start);
		for (const p of placed) {
			const phases = p.row.phases.filter((q) => q.endMs > q.startMs);
			expect(p.bars).toHaveLength(phases.length + 1);
			expect(new Set(p.bars.map((b) => b.y)).size).toBe(p.bars.length);
			for (const b of p.bars) expect(b.fromMs).toBe(start);
			phases.forEach((q, i) => expectClose(p.bars[i]!.toMs, q.endMs - q.startMs, 1e-9));
			expect(p.bars.at(-1)).toMatchObject({ phase: 'ready', toMs: p.row.readyMs });
		}
		expect(height).toBeGreaterThan(placed.length * 60);
	});
});
