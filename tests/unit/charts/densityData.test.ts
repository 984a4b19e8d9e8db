/** Density lines: the model's numbers, where each line stops, and the scales. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	KINDS,
	WORKLOAD_IDS,
	kindTable,
	type Host,
	type WorkloadId,
	type WorkloadRef
} from '$lib/model';
import {
	capacityCrossing,
	densityGeometry,
	densityScales,
	densitySeries as seriesOf,
	densitySummary,
	densityTable,
	samples,
	usedAt,
	type DensitySeries
} from '$lib/charts/densityData';
import { expectClose } from '../helpers/model';

/** densitySeries on `host` as before the kinds went through kindTable: the model's figures for each kind. */
const densitySeries = (host: Host, w: WorkloadRef) =>
	seriesOf(kindTable({ version: 1, name: 't', host, groups: [] }, w));

const GiB = 1024;
const HOSTS: [string, Host][] = [
	['the default host', DEFAULT_HOST],
	['a 16 GiB laptop', { ...DEFAULT_HOST, memoryMiB: 16 * GiB, cpuCores: 8 }],
	['a 2 GiB host', { ...DEFAULT_HOST, memoryMiB: 2 * GiB }],
	['a host with page sharing', { ...DEFAULT_HOST, pageSharing: true }]
];
const CASES = HOSTS.flatMap(([name, host]) =>
	(['nginx', 'java-api', 'hello'] as WorkloadId[]).map((w) => [name, w, host] as const)
);

describe('densitySeries(host, workload)', () => {
	it.each(CASES)(
		'on %s, %s: usedAt(n) is what evaluate() reports for n instances',
		(_, w, host) => {
			for (const s of densitySeries(host, w)) {
				if (!s.supported) continue;
				for (const n of [1, 2, 7, 40]) {
					const r = evaluate({
						version: 1,
						name: 't',
						host,
						groups: [{ id: 'g', kind: s.kind, workload: w, count: n }]
					});
					expectClose(usedAt(s, n), r.memory.usedMiB, 1e-6);
				}
			}
		}
	);

	it.each(CASES)(
		'on %s, %s: a line stops under capacity, and where memory ran out the next one is over',
		(_, w, host) => {
			for (const s of densitySeries(host, w)) {
				if (!s.supported) continue;
				expect(usedAt(s, s.count)).toBeLessThanOrEqual(host.memoryMiB + 1e-6);
				if (s.limitedBy === 'memory')
					expect(usedAt(s, s.count + 1)).toBeGreaterThan(host.memoryMiB);
			}
		}
	);

	it('names the limiting resource when it is not memory', () => {
		const host = { ...DEFAULT_HOST, cpuCores: 2, cpuOvercommit: 1 };
		const [vm] = densitySeries(host, 'nginx');
		expect(vm!.limitedBy).toBe('vcpus');
		expect(densitySummary(densitySeries(host, 'nginx'), 'nginx', host.memoryMiB)).toMatch(
			/2 as VMs \(vCPU allowance runs out first\)/
		);
	});

	it('marks a Windows container on a Linux host as not supported, with no line', () => {
		const series = densitySeries(DEFAULT_HOST, 'windows-iis');
		const ct = series.find((s) => s.kind === 'container')!;
		expect(ct.supported).toBe(false);
		expect(ct.count).toBe(0);
		const s = densityScales(series, DEFAULT_HOST.memoryMiB, true, { width: 400, height: 300 });
		const geo = densityGeometry(series, s, DEFAULT_HOST.memoryMiB);
		expect(geo.find((g) => g.kind === 'container')).toMatchObject({ path: '', marker: null });
		expect(densityTable(series).rows.find((r) => r[0] === 'Container')).toContain('not supported');
	});

	it('returns one series per kind for every workload', () => {
		for (const w of WORKLOAD_IDS)
			expect(densitySeries(DEFAULT_HOST, w).map((s) => s.kind)).toEqual([...KINDS]);
	});
});

const line = (over: Partial<DensitySeries>): DensitySeries => ({
	kind: 'vm',
	name: 'VM',
	supported: true,
	reason: '',
	hostLevelMiB: 1000,
	firstMiB: 500,
	marginalMiB: 100,
	count: 10,
	limitedBy: 'memory',
	...over
});

describe('usedAt(series, n) and capacityCrossing(series, capacity)', () => {
	it.each([
		[0, 1000],
		[1, 1500],
		[2, 1600],
		[11, 2500]
	])('usedAt(host 1000 + first 500 + 100 each, %d) = %d MiB', (n, mib) =>
		expect(usedAt(line({}), n)).toBe(mib)
	);
	it.each<[number, number, Partial<DensitySeries>]>([
		[2500, 11, {}],
		[1550, 1.5, {}],
		[1400, 0, {}],
		[1e9, Infinity, { marginalMiB: 0 }]
	])('capacityCrossing(capacity %d) = %d instances', (cap, n, over) =>
		expect(capacityCrossing(line(over), cap)).toBe(n)
	);
});

describe('densityScales(series, capacity, log, size)', () => {
	it.each([
		// counts, log → x domain
		[[10, 40, 800], true, [1, 1000]],
		[[10, 40, 800], false, [0, 1000]],
		[[1, 2, 3], true, [1, 10]],
		[[1, 2, 3], false, [0, 5]],
		[[0, 0, 0], true, [1, 10]]
	] as const)('counts %j, log %s: x runs over %j instances', (counts, log, domain) => {
		const series = counts.map((count) => line({ count }));
		const s = densityScales(series, 4096, log, { width: 600, height: 300 });
		expect(s.x.domain()).toEqual(domain);
		expect(s.x.range()).toEqual([0, 600]);
		expect(s.y.domain()).toEqual([0, 4096 * 1.1]);
		expect(s.y(0)).toBe(300);
	});

	it('puts the maximum marker at (count, memory used at count)', () => {
		const series = [line({ count: 10 })];
		const s = densityScales(series, 2600, false, { width: 500, height: 200 });
		const [g] = densityGeometry(series, s, 2600);
		expect(g!.marker!.x).toBeCloseTo(s.x(10), 9);
		expect(g!.marker!.y).toBeCloseTo(s.y(2400), 9);
		expect(g!.path.startsWith('M0,')).toBe(true);
		expect(g!.extension).toBe('');
	});

	it('draws a dashed extension to capacity when something else ran out first', () => {
		const series = [line({ count: 5, limitedBy: 'cpuTime' })];
		const s = densityScales(series, 2500, false, { width: 500, height: 200 });
		const [g] = densityGeometry(series, s, 2500);
		expect(g!.extension).not.toBe('');
		expect(g!.label).toBe('VM: 5 max — limited by CPU time');
	});
});

describe('samples(a, b, log)', () => {
	it.each([
		[0, 10, false, [0, 10]],
		[5, 5, true, [5]],
		[1, 100, true, [1, 10, 100]]
	] as const)('samples(%d, %d, %s) with 3 points = %j', (a, b, log, out) => {
		const got = samples(a, b, log, 3);
		expect(got.length).toBe(out.length);
		got.forEach((v, i) => expectClose(v, out[i]!, 1e-9));
	});
});
