/**
 * Invariants of evaluate() over random valid scenarios: sound numbers, sums that add up,
 * monotonic in count, cost independent of count, and `fits` that agrees with the figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYERS, evaluate, type Layer, type Report } from '$lib/model';
import {
	PROPERTY_TIMEOUT_MS,
	RUNS,
	countArb,
	hostArb,
	scenarioArb,
	templateArb
} from './helpers/arbitraries';
import { badNumbers, expectClose, scenarioOf } from './helpers/model';
import { HYPERVISOR_INFO, WINDOWS_CONTAINERS } from '$lib/model/catalog';

const sum = (layers: Record<Layer, number>) => LAYERS.reduce((t, l) => t + layers[l], 0);
const REL = 1e-6;
const timeout = PROPERTY_TIMEOUT_MS;

describe('evaluate(any valid scenario)', { timeout }, () => {
	it('has no NaN, infinite or negative number anywhere in the report', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				expect(badNumbers(evaluate(s))).toEqual([]);
			}),
			RUNS
		);
	});

	it('byLayer sums to usedMiB; Σ group totals + Σ host level = usedMiB; layers sum to perInstanceMiB', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = evaluate(s);
				expectClose(sum(r.memory.byLayer), r.memory.usedMiB, REL, 'Σ byLayer');
				const groupTotals = r.groups.reduce((t, g) => t + g.memory.totalMiB, 0);
				expectClose(groupTotals + sum(r.memory.hostLevel), r.memory.usedMiB, REL, 'Σ groups');
				for (const layer of LAYERS) {
					const inGroups = r.groups.reduce((t, g) => t + g.memory.totalByLayer[layer], 0);
					const total = inGroups + r.memory.hostLevel[layer];
					expectClose(total, r.memory.byLayer[layer], REL, `byLayer.${layer}`);
				}
				for (const g of r.groups) {
					expectClose(sum(g.memory.perInstance), g.memory.perInstanceMiB, REL, g.id);
					expectClose(sum(g.memory.totalByLayer), g.memory.totalMiB, REL, `${g.id} total`);
					expectClose(sum(g.memory.marginalByLayer), g.marginal.memoryMiB, REL, `${g.id} +1`);
				}
				const diskTotals = r.groups.reduce((t, g) => t + g.diskMiB.total, 0);
				expectClose(diskTotals, r.disk.usedMiB, REL, 'Σ group disk');
			}),
			RUNS
		);
	});

	it('a group’s total is at most count × perInstance, and sharing savings add up', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = evaluate(s);
				let saved = 0;
				let scale = 0; // the difference of two large sums is only as exact as the sums
				for (const g of r.groups) {
					const alone = g.count * g.memory.perInstanceMiB;
					expect(g.memory.totalMiB).toBeLessThanOrEqual(alone * (1 + REL) + 1e-9);
					saved += alone - g.memory.totalMiB;
					scale += alone;
				}
				expect(Math.abs(saved - r.memory.sharedSavedMiB)).toBeLessThanOrEqual(REL * scale + 1e-9);
			}),
			RUNS
		);
	});

	it('fits ⇔ every resource is within capacity; limitedBy and shortage are null exactly when it fits', () => {
		const within = (used: number, cap: number) => used <= cap * (1 + 1e-9);
		const over = (used: number, cap: number) => used > cap * (1 - 1e-9);
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = evaluate(s);
				const resources: [string, number, number][] = [
					['memory', r.memory.usedMiB, r.memory.capacityMiB],
					['vCPUs', r.cpu.allocatedVcpus, r.cpu.vcpuCapacity],
					['cores', r.cpu.demandCores, r.cpu.capacityCores],
					['disk', r.disk.usedMiB, r.disk.capacityMiB],
					...(r.utilityVm
						? [
								['hidden Linux VM', r.utilityVm.usedMiB, r.utilityVm.limitMiB] as [
									string,
									number,
									number
								]
							]
						: []),
					...r.limits.map((l): [string, number, number] => [l.name, l.used, l.max]),
					// On a Kubernetes node, pods' requests against allocatable (the scheduler's check).
					...(r.kubernetes
						? [
								['memory requests', r.kubernetes.requestedMiB, r.kubernetes.allocatableMiB] as [
									string,
									number,
									number
								],
								['CPU requests', r.kubernetes.requestedCores, r.kubernetes.allocatableCores] as [
									string,
									number,
									number
								]
							]
						: [])
				];
				if (r.fits) {
					expect(r.limitedBy).toBeNull();
					expect(r.shortage).toBeNull();
					for (const [name, used, cap] of resources) expect(within(used, cap), name).toBe(true);
					for (const g of r.groups) if (g.supported) expect(g.fitCount).toBe(g.count);
				} else {
					expect(r.limitedBy).not.toBeNull();
					expect(resources.some(([, used, cap]) => over(used, cap))).toBe(true);
					// The shortage is the first warning, said once.
					const warning = r.notes.find(
						(n) => n.level === 'warning' && n.message === r.shortage?.message
					);
					expect(warning?.groupId).toBe(r.shortage?.groupId);
				}
			}),
			RUNS
		);
	});
});

describe('adding one instance', { timeout }, () => {
	it('never lowers memory.usedMiB, disk.usedMiB, cpu.allocatedVcpus or cpu.demandCores', () => {
		const arb = scenarioArb
			.filter((s) => s.groups.length > 0)
			.chain((s) => fc.tuple(fc.constant(s), fc.nat({ max: s.groups.length - 1 })));
		fc.assert(
			fc.property(arb, ([s, i]) => {
				const before = evaluate(s);
				const more = structuredClone(s);
				more.groups[i]!.count += 1;
				const after = evaluate(more);
				const atLeast = (a: number, b: number, what: string) =>
					expect(a, what).toBeGreaterThanOrEqual(b - REL * Math.abs(b));
				// ESXi starts sharing pages when one more guest makes memory short (it breaks its large
				// pages then), and memory in use may drop: as on a real host. Only then.
				const startsSharing =
					s.host.pageSharing &&
					HYPERVISOR_INFO[s.host.hypervisor].largePageMiB !== undefined &&
					before.memory.sharedSavedMiB === 0 &&
					after.memory.sharedSavedMiB > 0;
				if (!startsSharing) atLeast(after.memory.usedMiB, before.memory.usedMiB, 'memory');
				atLeast(after.disk.usedMiB, before.disk.usedMiB, 'disk');
				atLeast(after.cpu.allocatedVcpus, before.cpu.allocatedVcpus, 'vCPUs');
				atLeast(after.cpu.demandCores, before.cpu.demandCores, 'demand');
			}),
			RUNS
		);
	});
});

describe('cost does not depend on count', { timeout }, () => {
	const perInstance = (r: Report) =>
		r.groups.map((g) => ({
			memory: g.memory.perInstance,
			marginalByLayer: g.memory.marginalByLayer,
			disk: g.diskMiB.perInstance,
			// One instance's phases; starting all of them at once depends on the count by design.
			startup: { phases: g.startup.phases, readyMs: g.startup.readyMs },
			cpu: g.cpu,
			marginal: g.marginal
		}));

	it('evaluate(count 10) and evaluate(count 100,000) give the same per-instance figures', () => {
		fc.assert(
			fc.property(hostArb, templateArb, (host, t) => {
				const at = (count: number) => evaluate(scenarioOf(host, [{ ...t, id: 'g', count }]));
				// ESXi shares pages only once memory is short (it breaks its large pages then): what a
				// further VM adds may differ between 10 and 100,000 by design. Everything else may not.
				const waits = host.pageSharing && HYPERVISOR_INFO[host.hypervisor].largePageMiB;
				const same = (r: Report) =>
					perInstance(r).map((g) =>
						waits
							? { ...g, marginalByLayer: null, marginal: { ...g.marginal, memoryMiB: null } }
							: g
					);
				expect(same(at(100_000))).toEqual(same(at(10)));
			}),
			RUNS
		);
	});

	it('a single container group’s memory is linear: first + (n − 1) × (perInstance − shared binsLibs)', () => {
		fc.assert(
			fc.property(hostArb, templateArb, countArb, (host, t, n) => {
				const r = evaluate(scenarioOf(host, [{ ...t, kind: 'container', id: 'g', count: n }]));
				const g = r.groups[0]!;
				if (!g.supported) {
					expect(g.memory.totalMiB).toBe(0);
					return;
				}
				const per = g.memory.perInstanceMiB;
				const p = g.memory.perInstance;
				// A Hyper-V-isolated Windows container runs in its own utility VM: its libraries are
				// its own, and each further one shares part of the VM's kernel and services.
				const ownVm = t.workload.startsWith('windows') && t.isolation === 'hyperv';
				const shared = WINDOWS_CONTAINERS.hypervSharedShare.value;
				const marginal = ownVm ? per - shared * (p.guestKernel + p.guestOs) : per - p.binsLibs;
				expectClose(g.marginal.memoryMiB, marginal, 1e-12, 'marginal');
				expectClose(g.memory.totalMiB, n === 0 ? 0 : per + (n - 1) * marginal, 1e-9, 'total');
			}),
			RUNS
		);
	});

	it('evaluate(a group of 10^9 instances) takes no longer than a few milliseconds', () => {
		const s = scenarioOf({}, [
			{ id: 'a', kind: 'container', workload: 'nginx', count: 1e9 },
			{ id: 'b', kind: 'vm', workload: 'nginx', count: 1e9 }
		]);
		evaluate(s);
		const start = performance.now();
		for (let i = 0; i < 10; i++) evaluate(s);
		expect((performance.now() - start) / 10).toBeLessThan(20);
	});
});
