/** headroom(report, scenario): what runs out first on a side, and how many more fit. */
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	INPUT_LIMITS,
	KINDS,
	kindTable,
	maxInstances,
	type Host,
	type Resource,
	type WorkloadId
} from '$lib/model';
import { headroom, moreWords, runsOutWords } from '$lib/compare/headroom';
import { compareReports } from '$lib/compare/delta';
import { group, scenarioOf } from '../helpers/model';

describe('headroom(side)', () => {
	it('headroom(10 nginx VMs on 64 GiB) = memory runs out, and placing that many more still fits', () => {
		const s = scenarioOf({}, [group({ kind: 'vm', workload: 'nginx', count: 10, label: 'web' })]);
		const h = headroom(evaluate(s), s);
		expect(h).toMatchObject({ group: 'web', runsOut: 'memory', over: false });
		expect(h.more).toBeGreaterThan(10);
		const at = (n: number) =>
			evaluate(scenarioOf({}, [group({ kind: 'vm', workload: 'nginx', count: n })]));
		// The model agrees: exactly `more` more fit, one more does not.
		expect(at(10 + h.more).fits).toBe(true);
		expect(at(10 + h.more + 1).fits).toBe(false);
		expect(moreWords(h)).toBe(`${h.more} more “web”`);
		expect(runsOutWords(h)).toBe('memory');
	});

	it('headroom(an overfull side) = none, and names what ran out', () => {
		const s = scenarioOf({}, [group({ kind: 'vm', workload: 'nginx', count: 500 })]);
		const h = headroom(evaluate(s), s);
		expect(h).toMatchObject({ more: 0, over: true });
		expect(runsOutWords(h)).toMatch(/\(already over\)$/);
		expect(moreWords(h)).toBe('none: not everything fits now');
	});

	it('headroom(an empty side) says nothing is placed', () => {
		const s = scenarioOf({}, []);
		expect(runsOutWords(headroom(evaluate(s), s))).toBe('nothing placed yet');
	});
});

/** Hosts where different things run out first: memory, vCPUs, the hidden Linux VM, VMs per host, the bridge, pods per node. */
const HOSTS: [string, Partial<Host>][] = [
	['the default host', {}],
	['a large host (the bridge runs out for containers)', { memoryMiB: 1024 * 1024, cpuCores: 128 }],
	[
		'a large ESXi host (1,024 VMs)',
		{ hypervisor: 'esxi', memoryMiB: 4 * 1024 * 1024, cpuCores: 1024, cpuOvercommit: 16 }
	],
	[
		'a macOS laptop (the hidden Linux VM)',
		{ os: 'macos', hypervisor: 'virtualbox', memoryMiB: 16384 }
	],
	['a Windows Hyper-V host', { os: 'windows', hypervisor: 'hyperv', cpuOvercommit: 1 }],
	['a GKE node (pods per node)', { kubernetes: { platform: 'gke' }, engine: 'containerd' }],
	['host networking, no bridge', { containerNetwork: 'host', memoryMiB: 256 * 1024 }]
];
const WORKLOADS: WorkloadId[] = ['hello', 'nginx', 'windows-iis'];
/** headroom's resource as the model's: its "cpu" is the model's CPU time. */
const asResource = (r: string | null): Resource | null =>
	r === 'cpu' ? 'cpuTime' : (r as Resource);

describe('headroom equals the model’s answer for every kind', () => {
	for (const [hostName, settings] of HOSTS)
		for (const kind of KINDS)
			for (const workload of WORKLOADS)
				it(`${kind} × ${workload} on ${hostName}: placed + more = maxInstances, for the same reason`, () => {
					const d = maxInstances(scenarioOf(settings, []).host, { kind, workload });
					for (const count of [1, 3]) {
						const s = scenarioOf(settings, [group({ kind, workload, count })]);
						const h = headroom(evaluate(s), s);
						if (d.count < count) {
							// It cannot run here, or not this many: no room to count.
							expect(h.more).toBe(0);
							continue;
						}
						if (d.count === INPUT_LIMITS.count.max) {
							expect(h.more).toBeGreaterThanOrEqual(d.count - count);
							continue;
						}
						expect(h.more, `${count} placed`).toBe(d.count - count);
						expect(asResource(h.runsOut)).toBe(d.limitedBy);
					}
				});
});

describe('compareReports(a, b) names the workload in every density row', () => {
	it('labels read "nginx web server VMs that fit on an empty host"', () => {
		const s = scenarioOf({}, []);
		const r = evaluate(s);
		const kinds = kindTable(s, 'nginx');
		const rows = compareReports(r, r, kinds, kinds, 'nginx web server');
		expect(rows.filter((d) => d.key.startsWith('density')).map((d) => d.label)).toEqual([
			'nginx web server VMs that fit on an empty host',
			'nginx web server microVMs that fit on an empty host',
			'nginx web server Kata pods that fit on an empty host',
			'nginx web server gVisor sandboxes that fit on an empty host',
			'nginx web server containers that fit on an empty host'
		]);
	});
});
