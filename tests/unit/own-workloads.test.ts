/** A person's own workloads: defaults from the nearest catalog workload, their figures theirs, sharing kept. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	maxInstances,
	unpackedMiB,
	WORKLOADS,
	type OwnWorkload,
	type Scenario
} from '$lib/model';
import { explain } from '$lib/model/explain';
import { expectClose, groupOf } from './helpers/model';

const shop: OwnWorkload = {
	id: 'own-shop',
	name: 'Shop API',
	family: 'linux',
	base: 'python-api',
	layers: [{ name: 'shop code and wheels', compressedMiB: 80 }],
	appMiB: 350,
	demandCores: 0.4,
	appStartMs: 2500
};
const withShop = (groups: Scenario['groups'], workloads: OwnWorkload[] = [shop]): Scenario => ({
	version: 1,
	name: 'own',
	host: { ...DEFAULT_HOST },
	groups,
	workloads
});

describe('an own workload', () => {
	it('takes what the person gave, and everything else from its base workload', () => {
		const r = evaluate(withShop([{ id: 'a', kind: 'container', workload: 'own-shop', count: 2 }]));
		const g = groupOf(r, 'a');
		expect(g.supported).toBe(true);
		expect(g.workloadName).toBe('Shop API');
		expect(g.memory.perInstance.app).toBe(350);
		expect(g.memory.perInstance.binsLibs).toBe(WORKLOADS['python-api'].binsLibsMiB.value);
		expect(g.startup.phases.at(-1)).toEqual({ phase: 'appStart', ms: 2500 });
		expectClose(g.cpu.demandCores, 0.4 * (1 + g.cpu.overheadPct / 100), 1e-12);
	});

	it('builds on its base’s base layer, which other images on the host share on disk', () => {
		const alone = evaluate(
			withShop([{ id: 'a', kind: 'container', workload: 'own-shop', count: 1 }])
		);
		const withNginx = evaluate(
			withShop([
				{ id: 'a', kind: 'container', workload: 'own-shop', count: 1 },
				{ id: 'b', kind: 'container', workload: 'nginx', count: 1 }
			])
		);
		expect(groupOf(alone, 'a').image.map((l) => l.id)).toEqual(['debian-12-slim', 'own-shop/0']);
		expectClose(withNginx.disk.sharedSavedMiB, unpackedMiB('debian-12-slim'), 1e-9);
	});

	it('runs as every kind, with each kind’s rules (a Windows own workload is refused as a Linux container)', () => {
		const win: OwnWorkload = { id: 'own-erp', name: 'ERP', family: 'windows', base: 'windows-iis' };
		const r = evaluate(
			withShop(
				[
					{ id: 'v', kind: 'vm', workload: 'own-shop', count: 1 },
					{ id: 'm', kind: 'microvm', workload: 'own-shop', count: 1 },
					{ id: 'k', kind: 'kata', workload: 'own-shop', count: 1 },
					{ id: 'g', kind: 'gvisor', workload: 'own-shop', count: 1 },
					{ id: 'w', kind: 'container', workload: 'own-erp', count: 1 }
				],
				[shop, win]
			)
		);
		for (const id of ['v', 'm', 'k', 'g']) expect(groupOf(r, id).supported).toBe(true);
		expect(groupOf(r, 'w').reason).toMatch(/ERP needs a Windows kernel/);
	});

	it('explains its figures as the person’s own', () => {
		const s = withShop([{ id: 'a', kind: 'container', workload: 'own-shop', count: 1 }]);
		const e = explain(s, { type: 'layer', groupId: 'a', layer: 'app' })!;
		expect(e.sources).toContain('yours');
		expect(e.inputs[0]!.note).toMatch(/as you set it/);
	});

	it('maxInstances() counts it with the scenario’s own workloads', () => {
		const d = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'own-shop' }, [shop]);
		expect(d.count).toBeGreaterThan(0);
		expect(maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'own-shop' }).count).toBe(0);
	});
});

describe('own workloads from a link or file are checked like everything else', () => {
	it('a group naming an own workload the scenario does not define is kept as unsupported, with the reason', () => {
		const r = evaluate(withShop([{ id: 'a', kind: 'container', workload: 'own-ghost', count: 1 }]));
		expect(groupOf(r, 'a').supported).toBe(false);
		expect(groupOf(r, 'a').reason).toMatch(/Unknown workload “own-ghost”.*own-shop/);
	});

	it('a bad id is left out, a number out of range is clamped, each with a note', () => {
		const r = evaluate(
			withShop(
				[],
				[
					{ ...shop, id: 'shop' as OwnWorkload['id'] },
					{ ...shop, id: 'own-big', appMiB: -5, ioShare: 7 }
				]
			)
		);
		const messages = r.notes.map((n) => n.message).join('\n');
		expect(messages).toMatch(/id “shop” was left out/);
		expect(messages).toMatch(/Working set of -5 MiB is outside/);
		expect(messages).toMatch(/Share of work that is I\/O of 7/);
		expect(r.workloads.filter((w) => w.own).map((w) => w.id)).toEqual(['own-big']);
	});

	it('the report lists the catalog’s workloads, then the person’s own', () => {
		const r = evaluate(withShop([]));
		expect(r.workloads.at(-1)).toMatchObject({
			id: 'own-shop',
			name: 'Shop API',
			family: 'linux',
			own: true
		});
		expect(r.workloads.filter((w) => !w.own)).toHaveLength(Object.keys(WORKLOADS).length);
	});
});
