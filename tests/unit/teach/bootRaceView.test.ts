/** The boot race as a person reads it: its words, its time axis, its legend, places and finish. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, formatMs, PHASES, WORKLOAD_IDS } from '$lib/model';
import {
	clockText,
	finishingOrder,
	raceEndMs,
	finishSentence,
	laneStatusText,
	placeOf,
	racePhases,
	raceScale,
	raceTicks,
	stateAt
} from '$lib/teach/bootRace';
import { HOSTS, raceLanes } from '../helpers/race';

describe('words: laneStatusText and clockText', () => {
	const lanes = raceLanes(DEFAULT_HOST, 'nginx');
	const vm = lanes[0]!;

	it.each([
		[0, 'Firmware · 0 %'],
		[vm.readyMs / 2, 'Init · 50 %'],
		[vm.readyMs, `Ready at ${(vm.readyMs / 1000).toFixed(1)} s`]
	])('VM at %d ms: %s', (t, text) => {
		expect(laneStatusText(vm, stateAt(lanes, t).lanes[0]!)).toBe(text);
	});

	it('a lane ready says its place at the finish when given: 1st for the first, 4th for the VM', () => {
		const end = stateAt(lanes, raceEndMs(lanes));
		const first = finishingOrder(lanes)[0]!;
		const at = (id: string) => lanes.findIndex((l) => l.id === id);
		const text = (id: string) =>
			laneStatusText(lanes[at(id)]!, end.lanes[at(id)]!, placeOf(lanes, id));
		expect(text('vm')).toBe(`Ready at ${formatMs(vm.readyMs)} · 4th`);
		expect(text(first)).toBe(`Ready at ${formatMs(lanes[at(first)]!.readyMs)} · 1st`);
	});

	it.each([
		[0, '0.00 s'],
		[350, '0.35 s'],
		[8943.2, '8.94 s'],
		[125_000, '2.1 min']
	])('clockText(%d) is %s', (t, text) => {
		expect(clockText(t)).toBe(text);
	});
});

describe('raceScale(lanes, log) and raceTicks(x, log, trackPx)', () => {
	const lanes = raceLanes(DEFAULT_HOST, 'nginx');
	const end = raceEndMs(lanes);

	it.each([false, true])('log %s: 0 ms at 0 %, the slowest lane inside 100 %', (log) => {
		const x = raceScale(lanes, log);
		expect(x(0)).toBe(0);
		expect(x(end)).toBeLessThanOrEqual(100);
		expect(x(end)).toBeGreaterThan(50);
		expect(x(x.endMs)).toBeCloseTo(100, 9);
		expect(x(x.endMs * 10)).toBeCloseTo(100, 9);
	});

	it('log gives the warm container’s 350 ms a visible share of the track; linear a sliver', () => {
		const warm = lanes.find((l) => l.id === 'container-warm')!.readyMs;
		expect(raceScale(lanes, true)(warm)).toBeGreaterThan(40);
		expect(raceScale(lanes, false)(warm)).toBeLessThan(5);
	});

	it.each([false, true])('log %s: ticks ascend, do not overlap and stay on the track', (log) => {
		const ticks = raceTicks(raceScale(lanes, log), log, 600);
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		expect(ticks[0]).toMatchObject({ pos: 0, label: '0', shift: '0' });
		for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.pos).toBeGreaterThan(ticks[i - 1]!.pos);
		for (const t of ticks) {
			expect(t.pos).toBeGreaterThanOrEqual(0);
			expect(t.pos).toBeLessThanOrEqual(600);
		}
	});

	it.each([
		[false, 300],
		[true, 300],
		[true, 700]
	])('log %s, %d px: labels (20 px type) leave a gap between them', (log, px) => {
		const ticks = raceTicks(raceScale(lanes, log), log, px);
		const extent = (t: (typeof ticks)[number]) => {
			const w = t.label.length * 20 * 0.56;
			const left = t.shift === '0' ? t.pos : t.shift === '-100%' ? t.pos - w : t.pos - w / 2;
			return [left, left + w] as const;
		};
		for (let i = 1; i < ticks.length; i++)
			expect(extent(ticks[i]!)[0]).toBeGreaterThanOrEqual(extent(ticks[i - 1]!)[1] + 8);
		for (const t of ticks) {
			expect(extent(t)[0]).toBeGreaterThanOrEqual(0);
			expect(extent(t)[1]).toBeLessThanOrEqual(px);
		}
	});
});

describe('the legend, the places and the finish', () => {
	it.each(HOSTS.flatMap(([h, host]) => WORKLOAD_IDS.map((w) => [h, w, host] as const)))(
		'%s, %s: the legend lists exactly the phases some lane goes through, in start order',
		(_h, w, host) => {
			const lanes = raceLanes(host, w);
			const phases = racePhases(lanes);
			const used = new Set(lanes.flatMap((l) => l.phases.map((p) => p.phase)));
			expect(new Set(phases)).toEqual(used);
			expect(phases).toEqual([...PHASES].filter((p) => used.has(p)));
		}
	);
	it.each(HOSTS)(
		'%s, Windows IIS: places follow the finishing order; a lane that cannot start has none',
		(_h, host) => {
			const lanes = raceLanes(host, 'windows-iis');
			const order = finishingOrder(lanes);
			for (const l of lanes)
				expect(placeOf(lanes, l.id)).toBe(l.supported ? order.indexOf(l.id) + 1 : null);
		}
	);
	it('names the first lane ready in the finish, as the model times it', () => {
		const lanes = raceLanes(DEFAULT_HOST, 'nginx');
		const first = lanes.find((l) => l.id === finishingOrder(lanes)[0])!;
		expect(first.readyMs).toBe(Math.min(...lanes.map((l) => l.readyMs)));
		expect(finishSentence(lanes)).toBe(
			`Every lane is ready: ${first.name} first, at ${formatMs(first.readyMs)}.`
		);
		const iis = raceLanes(DEFAULT_HOST, 'windows-iis');
		expect(finishingOrder(iis)).toEqual(['vm']);
		expect(finishSentence(iis)).toBe('Every lane is ready.');
	});
});
