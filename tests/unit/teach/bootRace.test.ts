/** The boot race's lanes, their state at a moment, and the finishing order, against evaluate(). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, kindTable, WORKLOAD_IDS } from '$lib/model';
import {
	boundaries,
	raceLanes as lanesOf,
	finishingOrder,
	nextBoundary,
	previousBoundary,
	raceEndMs,
	raceKinds,
	readyBetween,
	readySentence,
	stateAt,
	type Lane
} from '$lib/teach/bootRace';
import { HOSTS, modelReadyMs, raceLanes } from '../helpers/race';

describe('raceLanes(host, workload)', () => {
	it('has a VM, a microVM and a container from a cold and from a warm cache', () => {
		const lanes = raceLanes(DEFAULT_HOST, 'nginx');
		expect(lanes.map((l) => [l.id, l.name])).toEqual([
			['vm', 'VM'],
			['microvm', 'microVM'],
			['container-cold', 'Container (cold cache)'],
			['container-warm', 'Container (warm cache)']
		]);
		expect(lanes[2]!.phases.map((p) => p.phase)).toEqual([
			'imagePull',
			'unpack',
			'sandbox',
			'appStart'
		]);
		expect(lanes[3]!.phases.map((p) => p.phase)).toEqual(['sandbox', 'appStart']);
	});

	it.each(HOSTS.flatMap(([h, host]) => WORKLOAD_IDS.map((w) => [h, w, host] as const)))(
		'%s, %s: each lane ends at the model’s readyMs, phases back to back',
		(_h, w, host) => {
			for (const lane of raceLanes(host, w)) {
				expect(lane.readyMs).toBe(modelReadyMs(host, w, lane));
				if (!lane.supported) continue;
				let t = 0;
				for (const p of lane.phases) {
					expect(p.startMs).toBeCloseTo(t, 9);
					expect(p.endMs).toBeGreaterThan(p.startMs);
					t = p.endMs;
				}
				expect(t).toBeCloseTo(lane.readyMs, 6);
			}
		}
	);

	it('gives an unsupported lane the model’s reason and no phases (Windows IIS on Linux)', () => {
		const lanes = raceLanes(DEFAULT_HOST, 'windows-iis');
		const micro = lanes.find((l) => l.id === 'microvm')!;
		expect(micro.supported).toBe(false);
		expect(micro.reason).toMatch(/Firecracker-style microVMs boot only Linux guests/);
		expect(micro.phases).toEqual([]);
		expect(lanes.find((l) => l.id === 'container-warm')!.reason).toMatch(/Windows kernel/);
	});
});

describe('finishingOrder(lanes)', () => {
	it.each(HOSTS.flatMap(([h, host]) => WORKLOAD_IDS.map((w) => [h, w, host] as const)))(
		'%s, %s: equals the lanes sorted by the model’s readyMs',
		(_h, w, host) => {
			const lanes = raceLanes(host, w);
			const expected = lanes
				.filter((l) => l.supported)
				.map((l) => ({ id: l.id, ms: modelReadyMs(host, w, l) }))
				.sort((a, b) => a.ms - b.ms)
				.map((x) => x.id);
			expect(finishingOrder(lanes)).toEqual(expected);
		}
	);

	it('nginx on the default host: microVM (minimal init), warm container, cold container, VM', () => {
		expect(finishingOrder(raceLanes(DEFAULT_HOST, 'nginx'))).toEqual([
			'microvm',
			'container-warm',
			'container-cold',
			'vm'
		]);
	});

	it('keeps the lanes’ order on a tie and leaves out unsupported lanes', () => {
		const lane = (id: string, readyMs: number, supported = true): Lane => ({
			id,
			name: id,
			kind: 'vm',
			supported,
			phases: [{ phase: 'kernel', startMs: 0, endMs: readyMs }],
			readyMs
		});
		expect(finishingOrder([lane('a', 5), lane('b', 3), lane('c', 5), lane('d', 1, false)])).toEqual(
			['b', 'a', 'c']
		);
	});
});

describe('stateAt(lanes, tMs)', () => {
	const lanes = raceLanes(DEFAULT_HOST, 'nginx');
	const byId = (s: ReturnType<typeof stateAt>, id: string) => s.lanes.find((l) => l.id === id)!;
	const vm = lanes.find((l) => l.id === 'vm')!;
	const warm = lanes.find((l) => l.id === 'container-warm')!;

	it.each([
		// [at, lane, phase or status, progress through the phase]
		[0, 'vm', 'firmware', 0],
		[0, 'container-warm', 'sandbox', 0],
		[warm.phases[0]!.endMs / 2, 'container-warm', 'sandbox', 0.5],
		[warm.phases[0]!.endMs, 'container-warm', 'appStart', 0],
		[warm.readyMs, 'container-warm', 'ready', 1],
		[vm.phases[3]!.startMs + 1, 'vm', 'init', 1 / (vm.phases[3]!.endMs - vm.phases[3]!.startMs)],
		[vm.readyMs - 1e-6, 'vm', 'appStart', 1],
		[vm.readyMs * 10, 'vm', 'ready', 1]
	])('at %d ms: %s is in %s (%d through it)', (t, id, what, progress) => {
		const s = byId(stateAt(lanes, t), id);
		if (what === 'ready') expect(s.status).toBe('ready');
		else expect([s.status, s.phase]).toEqual(['running', what]);
		expect(s.phaseProgress).toBeCloseTo(progress, 5);
	});

	it('lists ready lanes first finisher first, and is done when all are ready', () => {
		expect(stateAt(lanes, 0)).toMatchObject({ ready: [], done: false });
		expect(stateAt(lanes, 800).ready).toEqual(['microvm', 'container-warm']);
		expect(stateAt(lanes, raceEndMs(lanes))).toMatchObject({
			ready: finishingOrder(lanes),
			done: true
		});
	});

	it('overall progress grows from 0 to 1 and never passes 1', () => {
		let last = -1;
		for (let t = 0; t <= vm.readyMs + 100; t += 250) {
			const p = byId(stateAt(lanes, t), 'vm').progress;
			expect(p).toBeGreaterThanOrEqual(last);
			expect(p).toBeLessThanOrEqual(1);
			last = p;
		}
		expect(last).toBe(1);
	});

	it('marks unsupported lanes and finishes without them', () => {
		const iis = raceLanes(DEFAULT_HOST, 'windows-iis');
		const s = stateAt(iis, raceEndMs(iis));
		expect(s.lanes.map((l) => l.status)).toEqual([
			'ready',
			'unsupported',
			'unsupported',
			'unsupported'
		]);
		expect(s).toMatchObject({ ready: ['vm'], done: true });
	});
});

describe('stepping: boundaries, nextBoundary, previousBoundary, readyBetween', () => {
	const lanes = raceLanes(DEFAULT_HOST, 'nginx');

	it('steps through every phase end in order and stops at the end of the race', () => {
		const seen: number[] = [];
		let t = 0;
		for (let i = 0; i < 50 && t < raceEndMs(lanes); i++) seen.push((t = nextBoundary(lanes, t)));
		expect(seen).toEqual(boundaries(lanes));
		expect(seen.at(-1)).toBe(raceEndMs(lanes));
		expect(nextBoundary(lanes, raceEndMs(lanes))).toBe(raceEndMs(lanes));
	});

	it('the first step ends the shortest first phase (the microVM’s host-side setup)', () => {
		const first = Math.min(...lanes.map((l) => l.phases[0]!.endMs));
		expect(nextBoundary(lanes, 0)).toBe(first);
		expect(stateAt(lanes, first).lanes.find((l) => l.id === 'microvm')!.phase).toBe('kernel');
	});

	it('steps back to the previous phase end, and to 0 from the first', () => {
		const [b0, b1] = boundaries(lanes) as [number, number];
		expect(previousBoundary(lanes, b1)).toBe(b0);
		expect(previousBoundary(lanes, b0)).toBe(0);
	});

	it('names who became ready in a step, first finisher first', () => {
		const warm = lanes.find((l) => l.id === 'container-warm')!;
		const micro = lanes.find((l) => l.id === 'microvm')!;
		expect(readyBetween(lanes, 0, 1000).map((l) => l.id)).toEqual(['microvm', 'container-warm']);
		expect(readyBetween(lanes, micro.readyMs, 1000).map((l) => l.id)).toEqual(['container-warm']);
		expect(readySentence(warm)).toBe('Container (warm cache) ready at 350 ms');
	});
});

describe('raceLanes with every kind (kata and gVisor too)', () => {
	const empty = { version: 1 as const, name: 't', host: DEFAULT_HOST, groups: [] };
	it('runs every kind when the host is empty, cold and warm for each kind that pulls an image', () => {
		const lanes = lanesOf(kindTable(empty, 'nginx'), raceKinds(empty));
		expect(lanes.map((l) => l.id)).toEqual([
			'vm',
			'microvm',
			'kata-cold',
			'kata-warm',
			'gvisor-cold',
			'gvisor-warm',
			'container-cold',
			'container-warm'
		]);
		for (const l of lanes) expect(l.readyMs).toBeCloseTo(modelReadyMs(DEFAULT_HOST, 'nginx', l), 6);
	});
	it('runs the kinds placed on the host', () => {
		const s = {
			...empty,
			groups: [
				{ id: 'k', kind: 'kata' as const, workload: 'nginx' as const, count: 2 },
				{ id: 'g', kind: 'gvisor' as const, workload: 'nginx' as const, count: 1 },
				{ id: 'none', kind: 'vm' as const, workload: 'nginx' as const, count: 0 }
			]
		};
		expect(raceKinds(s)).toEqual(['kata', 'gvisor']);
		expect(lanesOf(kindTable(s, 'nginx'), raceKinds(s)).map((l) => l.name)).toEqual([
			'Kata pod (cold cache)',
			'Kata pod (warm cache)',
			'gVisor sandbox (cold cache)',
			'gVisor sandbox (warm cache)'
		]);
	});
});
