/** planImport / applyPlan / switchKind: an ImportedStack becomes named groups on catalog or own workloads, in one edit. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import type { ImportedStack } from '$lib/import/types';
import {
	defaultScenario,
	evaluate,
	formatMiB,
	INPUT_LIMITS,
	sanitize,
	WORKLOADS,
	type Scenario
} from '$lib/model';
import { applyPlan, planAs, planImport, resourcesInWords, switchKind } from '$lib/import/stackPlan';

const fixture = (name: string) =>
	readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url), 'utf8');
function stackOf(text: string): ImportedStack {
	const r = readStack(text);
	if (!r.ok) throw new Error(r.error.message);
	return r.stack;
}
const shop = stackOf(fixture('shop-compose.yml'));
const threeTier = stackOf(fixture('three-tier.yaml'));
const base = defaultScenario();
const names = evaluate(base).workloads;

describe('planImport on the shop compose file (web + db + cache + two own services)', () => {
	const plan = planImport(shop, base, names);

	it('makes one group per service, named after it, as containers by default', () => {
		expect(plan.groups.map((g) => g.label)).toEqual(['proxy', 'api', 'worker', 'db', 'cache']);
		expect(new Set(plan.groups.map((g) => g.kind))).toEqual(new Set(['container']));
		expect(plan.groups.map((g) => g.count)).toEqual([1, 3, 2, 1, 1]);
	});

	it('maps nginx, postgres and redis to the catalog, keeping the file’s reservations, and the two built images to own workloads', () => {
		const byItem = Object.fromEntries(plan.rows.map((r) => [r.item, r.workload]));
		// nginx reserves 64M and postgres 1024m: catalog matches take the reservation as their
		// working set (issue 20 item 1), as own workloads do, so each becomes an own workload on its
		// catalog base; redis gives only a limit and stays the catalog's.
		expect(byItem.proxy).toMatchObject({ base: 'nginx', own: true });
		expect(byItem.db).toMatchObject({ base: 'postgres', own: true });
		expect(byItem.cache).toMatchObject({ ref: 'redis', own: false });
		expect(byItem.api!.own).toBe(true);
		expect(byItem.worker!.own).toBe(true);
		expect(plan.workloads).toHaveLength(4);
		const appOf = (item: string) => plan.workloads.find((w) => w.id === byItem[item]!.ref)!.appMiB;
		expect([appOf('proxy'), appOf('db')]).toEqual([64, 1024]);
		expect(plan.workloads.map((w) => w.id)).toEqual(
			['proxy', 'api', 'worker', 'db'].map((i) => byItem[i]!.ref)
		);
		expect(plan.workloads.every((w) => /^own-[a-z0-9._-]+$/.test(w.id))).toBe(true);
	});

	it('sizes the own api from its reservation, and says what was guessed and left out', () => {
		const api = plan.workloads.find((w) => plan.rows[1]!.workload.ref === w.id)!;
		expect(api.appMiB).toBe(256);
		expect(plan.rows[1]!.resources).toBe(
			'requests 256 MiB and 0.25 cores; limits 512 MiB and 1 core'
		);
		expect(plan.rows.some((r) => r.guessed.length > 0)).toBe(true);
		const leftOut = [...plan.leftOut, ...plan.rows.flatMap((r) => r.leftOut)].join('\n');
		expect(leftOut).toMatch(/adminer|profile/i);
	});

	it('sizes the own worker, which has only a memory limit, to fit inside it with its libraries', () => {
		const worker = plan.workloads.find((w) => plan.rows[2]!.workload.ref === w.id)!;
		const libsMiB = WORKLOADS[worker.base].binsLibsMiB.value;
		expect(worker.appMiB).toBe(1024 - libsMiB);
		expect(plan.rows[2]!.memoryFrom).toMatchObject({ source: 'limit' });
		expect(plan.rows[2]!.memoryFrom.why).toContain(
			`less the ${formatMiB(libsMiB)} of libraries the model counts on their own`
		);
	});

	it('gives every catalog row the catalog’s name from the report', () => {
		expect(plan.rows[4]!.workload.name).toBe(names.find((n) => n.id === 'redis')!.name);
	});
});

describe('applyPlan', () => {
	const plan = planImport(shop, base, names);

	it('adds the groups after the host’s own, with fresh ids, and the own workloads, in one scenario', () => {
		const { scenario, groupIds } = applyPlan(base, plan, 'add');
		expect(scenario.groups).toHaveLength(base.groups.length + 5);
		expect(scenario.groups.slice(0, base.groups.length)).toEqual(base.groups);
		expect(new Set(scenario.groups.map((g) => g.id)).size).toBe(scenario.groups.length);
		expect(groupIds).toHaveLength(5);
		expect(scenario.workloads).toHaveLength(4);
		expect(base.workloads ?? []).toHaveLength(0);
	});

	it('replaces the groups (and takes the project’s name), keeping the person’s own workloads', () => {
		const withOwn: Scenario = {
			...base,
			workloads: [{ id: 'own-mine', name: 'Mine', family: 'linux', base: 'nginx' }]
		};
		const { scenario } = applyPlan(withOwn, planImport(shop, withOwn, names), 'replace');
		expect(scenario.groups.map((g) => g.label)).toEqual(['proxy', 'api', 'worker', 'db', 'cache']);
		expect(scenario.name).toBe('shop');
		expect(scenario.workloads!.map((w) => w.id)[0]).toBe('own-mine');
		expect(scenario.workloads).toHaveLength(5);
	});

	it('gives a scenario the model accepts without a repair, and whose report names the own workloads', () => {
		const { scenario } = applyPlan(base, plan, 'add');
		const clean = sanitize(scenario);
		expect(clean.workloads).toEqual(scenario.workloads);
		expect(clean.notes).toEqual([]);
		const report = evaluate(scenario);
		const api = report.groups.find((g) => g.id === scenario.groups[base.groups.length + 1]!.id)!;
		expect(api.supported).toBe(true);
		expect(api.workloadName).toBe(plan.rows[1]!.workload.name);
	});

	it('makes own ids that do not collide with the scenario’s', () => {
		const once = applyPlan(base, plan, 'add').scenario;
		const twice = applyPlan(once, planImport(shop, once, names), 'add').scenario;
		const ids = twice.workloads!.map((w) => w.id);
		expect(new Set(ids).size).toBe(8);
	});
});

describe('switching the imported groups’ kind', () => {
	it('switches only the imported groups, in one edit', () => {
		const { scenario, groupIds } = applyPlan(base, planImport(shop, base, names), 'add');
		const asVms = switchKind(scenario, groupIds, 'vm');
		expect(asVms.groups.filter((g) => groupIds.includes(g.id)).every((g) => g.kind === 'vm')).toBe(
			true
		);
		expect(asVms.groups.filter((g) => !groupIds.includes(g.id))).toEqual(
			scenario.groups.filter((g) => !groupIds.includes(g.id))
		);
	});

	it('gives containers the file’s memory limit, and VMs their own RAM, not the app’s limit', () => {
		const plan = planImport(shop, base, names);
		// proxy 128M, api 512M, worker mem_limit 1g, db mem_limit 2gb, cache 256M.
		expect(plan.limitsMiB).toEqual([128, 512, 1024, 2048, 256]);
		expect(plan.groups.map((g) => g.memoryMiB)).toEqual([128, 512, 1024, 2048, 256]);
		const { scenario, groupIds, limitsMiB } = applyPlan(base, plan, 'add');
		const imported = (s: Scenario) => s.groups.filter((g) => groupIds.includes(g.id));
		const asVms = switchKind(scenario, groupIds, 'vm', limitsMiB);
		expect(imported(asVms).map((g) => g.memoryMiB)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
		// Back to containers, and to gVisor and Kata (limits too): the file's limits come back.
		for (const kind of ['container', 'gvisor', 'kata'] as const)
			expect(
				imported(switchKind(asVms, groupIds, kind, limitsMiB)).map((g) => g.memoryMiB)
			).toEqual([128, 512, 1024, 2048, 256]);
		expect(planAs(plan, 'microvm').groups.every((g) => g.memoryMiB === undefined)).toBe(true);
	});

	it('runs the shop within its limits: no container of it would be killed for memory (OOM)', () => {
		const { scenario, groupIds } = applyPlan(base, planImport(shop, base, names), 'add');
		const warned = evaluate(scenario)
			.notes.filter((n) => n.groupId !== undefined && groupIds.includes(n.groupId))
			.map((n) => n.message);
		expect(warned).toEqual([]);
		// The same groups with a limit below what they need are warned about: the check can fail.
		const tight = {
			...scenario,
			groups: scenario.groups.map((g) => (groupIds.includes(g.id) ? { ...g, memoryMiB: 16 } : g))
		};
		expect(
			evaluate(tight).notes.filter((n) => /killed when it runs out \(OOM\)/.test(n.message))
		).toHaveLength(5);
	});

	it('plans the same set as microVMs', () => {
		const plan = planAs(planImport(shop, base, names), 'microvm');
		expect(plan.groups.every((g) => g.kind === 'microvm')).toBe(true);
	});
});

describe('planImport on the three-tier manifest', () => {
	it('names pod containers, keeps a DaemonSet at one per node and says init containers were left out', () => {
		const plan = planImport(threeTier, base, names);
		expect(plan.groups.length).toBe(threeTier.items.length);
		const perNode = threeTier.items.findIndex((i) => i.perNode);
		expect(perNode).toBeGreaterThanOrEqual(0);
		expect(plan.groups[perNode]!.count).toBe(threeTier.items[perNode]!.count);
		const leftOut = plan.rows.flatMap((r) => r.leftOut).join('\n') + plan.leftOut.join('\n');
		expect(leftOut).toMatch(/init/i);
	});
});

describe('limits', () => {
	it('runs items as their base workload once the scenario holds the most own workloads, and says so', () => {
		const full: Scenario = {
			...base,
			workloads: Array.from({ length: INPUT_LIMITS.ownWorkloads.max }, (_, i) => ({
				id: `own-w${i}` as const,
				name: `w${i}`,
				family: 'linux' as const,
				base: 'nginx' as const
			}))
		};
		const plan = planImport(shop, full, names);
		expect(plan.workloads).toHaveLength(0);
		const api = plan.rows[1]!;
		expect(api.workload.own).toBe(false);
		expect(api.problems.join(' ')).toMatch(/No room for another own workload/);
	});
});

describe('resourcesInWords', () => {
	it.each([
		[
			{ memoryRequestMiB: null, memoryLimitMiB: null, cpuRequestCores: null, cpuLimitCores: null },
			'no requests or limits given'
		],
		[
			{ memoryRequestMiB: null, memoryLimitMiB: 256, cpuRequestCores: null, cpuLimitCores: null },
			'limits 256 MiB'
		],
		[
			{ memoryRequestMiB: 1024, memoryLimitMiB: null, cpuRequestCores: 0.5, cpuLimitCores: null },
			'requests 1 GiB and 0.5 cores'
		]
	])('resourcesInWords(%o) is “%s”', (r, words) => {
		expect(resourcesInWords(r)).toBe(words);
	});
});
