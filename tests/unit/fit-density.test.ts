/** What fits and what runs out first: maxInstances() against evaluate(), limits and the overflow note. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	HOST_OS_INFO,
	KIND_LABEL,
	HYPERVISOR_INFO,
	KINDS,
	WORKLOAD_IDS,
	evaluate,
	maxInstances,
	ordinal,
	type Host,
	type Kind,
	type WorkloadId
} from '$lib/model';
import { vmOverheadMiB } from '$lib/model/memory';
import { sumParts } from '$lib/model/catalog';
import { evaluateOn, group, groupOf, scenarioOf } from './helpers/model';

const HOSTS: [string, Host][] = [
	['the default host (16 cores, 64 GiB, Linux/KVM)', DEFAULT_HOST],
	[
		'a laptop (8 cores, 16 GiB, macOS/VirtualBox)',
		{ ...DEFAULT_HOST, cpuCores: 8, memoryMiB: 16 * 1024, os: 'macos', hypervisor: 'virtualbox' }
	],
	[
		'a 2-socket server (128 cores, 1 TiB, Linux/KVM)',
		{ ...DEFAULT_HOST, cpuCores: 128, memoryMiB: 1024 * 1024, diskGiB: 8000 }
	],
	[
		'a Windows server (32 cores, 128 GiB, Hyper-V)',
		{ ...DEFAULT_HOST, cpuCores: 32, memoryMiB: 128 * 1024, os: 'windows', hypervisor: 'hyperv' }
	],
	['a small box (2 cores, 2 GiB, Linux/KVM)', { ...DEFAULT_HOST, cpuCores: 2, memoryMiB: 2048 }]
];
const PAIRS: [Kind, WorkloadId][] = KINDS.flatMap((k) =>
	WORKLOAD_IDS.map((w) => [k, w] as [Kind, WorkloadId])
);

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st: written out here, independently of the model. */
function englishOrdinal(n: number): string {
	const lastTwo = n % 100;
	const suffix =
		lastTwo >= 11 && lastTwo <= 13
			? 'th'
			: n % 10 === 1
				? 'st'
				: n % 10 === 2
					? 'nd'
					: n % 10 === 3
						? 'rd'
						: 'th';
	return `${n.toLocaleString('en-US')}${suffix}`;
}

describe('ordinal', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[57, '57th'],
		[101, '101st'],
		[111, '111th'],
		[1023, '1,023rd'],
		[1025, '1,025th']
	])('ordinal(%i) = %s', (n, expected) => {
		expect(ordinal(n)).toBe(expected);
		expect(englishOrdinal(n)).toBe(expected);
	});
});

describe.each(HOSTS)('maxInstances on %s agrees with evaluate()', (_name, host) => {
	const emptyFits = evaluate(scenarioOf(host, [])).fits;
	it('the empty host fits', () => {
		expect(emptyFits).toBe(true);
	});

	for (const [kind, workload] of PAIRS) {
		it(`maxInstances(host, ${workload} ${kind}) = N: N fit, the (N+1)th does not`, () => {
			const d = maxInstances(host, { kind, workload });
			const at = (count: number) =>
				evaluate(scenarioOf(host, [group({ kind, workload, count, label: 'test group' })]));
			const probe = groupOf(at(1));
			expect(d.reason.length).toBeGreaterThan(0);
			if (!probe.supported) {
				expect(d.count).toBe(0);
				expect(d.reason).toBe(probe.reason);
				return;
			}
			expect(d.count).toBeLessThan(1e9);
			const fits = at(d.count);
			expect(fits.fits).toBe(true);
			expect(fits.limitedBy).toBeNull();
			const over = at(d.count + 1);
			expect(over.fits).toBe(false);
			expect(over.limitedBy).toBe(d.limitedBy);
			expect(groupOf(over).fitCount).toBe(d.count);
			const note = over.notes.find((n) => n.level === 'warning' && n.groupId === 'g1');
			const kindWord = KIND_LABEL[kind];
			expect(note?.message).toContain(
				`The ${englishOrdinal(d.count + 1)} ${kindWord} of “test group” does not fit`
			);
		});
	}
});

describe('a host too small for its own OS', () => {
	const tiny: Host = { ...DEFAULT_HOST, cpuCores: 1, memoryMiB: 512 };

	it('evaluate(empty 1-core, 512 MiB Linux host) does not fit: the host OS alone needs more', () => {
		expect(HOST_OS_INFO.linux.memoryMiB.value).toBeGreaterThan(512);
		const r = evaluate(scenarioOf(tiny, []));
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('memory');
		expect(r.notes.some((n) => /nothing fits/.test(n.message))).toBe(true);
	});

	it.each(PAIRS)('maxInstances(1 core, 512 MiB, %s %s) = 0', (kind, workload) => {
		const d = maxInstances(tiny, { kind, workload });
		expect(d.count).toBe(0);
		const supported = groupOf(evaluate(scenarioOf(tiny, [group({ kind, workload })]))).supported;
		expect(d.limitedBy).toBe(supported ? 'memory' : 'limit');
		if (supported)
			expect(evaluate(scenarioOf(tiny, [group({ kind, workload })])).limitedBy).toBe('memory');
	});
});

describe('the limiting resource, named', () => {
	it('maxInstances(default host, nginx VM) = ⌊free memory ÷ (RAM + KVM overhead)⌋, limited by memory', () => {
		const free =
			DEFAULT_HOST.memoryMiB -
			HOST_OS_INFO.linux.memoryMiB.value -
			sumParts(HYPERVISOR_INFO.kvm.hostServices);
		const perVm = 1024 + vmOverheadMiB('kvm', 1024, 1);
		const n = Math.floor(free / perVm);
		const d = maxInstances(DEFAULT_HOST, { kind: 'vm', workload: 'nginx' });
		expect(d).toMatchObject({ count: n, limitedBy: 'memory' });
		const over = evaluateOn(
			{},
			group({ kind: 'vm', workload: 'nginx', count: n + 1, label: 'nginx as VMs' })
		);
		expect(over.notes.map((x) => x.message)).toContainEqual(
			expect.stringMatching(
				new RegExp(`^The ${englishOrdinal(n + 1)} VM of “nginx as VMs” does not fit: .* memory`)
			)
		);
	});

	it('maxInstances(10 GiB disk, nginx VM) = ⌊disk ÷ one VM’s disk⌋, limited by disk', () => {
		const host: Host = { ...DEFAULT_HOST, diskGiB: 10 };
		const perVm = groupOf(evaluate(scenarioOf(host, [group({ kind: 'vm', workload: 'nginx' })])))
			.diskMiB.perInstance;
		const d = maxInstances(host, { kind: 'vm', workload: 'nginx' });
		expect(d).toMatchObject({ count: Math.floor((10 * 1024) / perVm), limitedBy: 'disk' });
		expect(d.count).toBeGreaterThan(0);
		expect(d.reason).toMatch(/on disk/);
	});

	it('evaluate(a scenario that fits).limitedBy = null', () => {
		const r = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 3 }));
		expect(r.fits).toBe(true);
		expect(r.limitedBy).toBeNull();
	});

	const huge = {
		cpuCores: 4096,
		cpuOvercommit: 100,
		memoryMiB: 64 * 1024 * 1024,
		diskGiB: 1024 * 1024
	};
	it.each([
		['esxi', 'linux'],
		['hyperv', 'windows']
	] as const)(
		'maxInstances(huge %s host, 128 MiB hello VMs) = 1,024, limited by the VMs-per-host limit',
		(hypervisor, os) => {
			const host: Host = { ...DEFAULT_HOST, ...huge, hypervisor, os };
			const template = {
				kind: 'vm',
				workload: 'hello',
				memoryMiB: 128,
				guestOs: 'alpine-3'
			} as const;
			expect(HYPERVISOR_INFO[hypervisor].maxVms?.value).toBe(1024);
			expect(maxInstances(host, template)).toMatchObject({ count: 1024, limitedBy: 'limit' });
			const r = evaluate(scenarioOf(host, [group({ ...template, count: 1025 })]));
			expect(r.limitedBy).toBe('limit');
			expect(r.notes.some((n) => /1,025th VM .* at most 1,024 VMs per host/.test(n.message))).toBe(
				true
			);
			expect(r.limits).toContainEqual(expect.objectContaining({ used: 1025, max: 1024 }));
		}
	);

	it('maxInstances(huge KVM host, 128 MiB hello VMs) has no VM-count limit', () => {
		const host: Host = { ...DEFAULT_HOST, ...huge };
		const d = maxInstances(host, {
			kind: 'vm',
			workload: 'hello',
			memoryMiB: 128,
			guestOs: 'alpine-3'
		});
		expect(d.count).toBeGreaterThan(1024);
		expect(d.limitedBy).not.toBe('limit');
	});

	it('maxInstances(default host, hello container) = 1,023: the ports of one Linux bridge', () => {
		expect(maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'hello' })).toMatchObject({
			count: 1023,
			limitedBy: 'limit',
			limit: 'bridge'
		});
		const r = evaluateOn({}, group({ kind: 'container', workload: 'hello', count: 1024 }));
		expect(r.limitedBy).toBe('limit');
		expect(
			r.notes.some((n) => /1,024th container .* at most 1,023 containers/.test(n.message))
		).toBe(true);
		expect(r.limits).toContainEqual({
			id: 'bridge',
			name: 'Containers per Linux bridge network',
			used: 1024,
			max: 1023,
			// Every kind that runs a Linux image's container takes a port of it.
			kinds: ['kata', 'gvisor', 'container']
		});
		expect(r.shortage).toMatchObject({ resource: 'limit', limit: 'bridge' });
		expect(groupOf(r).marginal.limits).toEqual(['bridge']);
	});

	it('evaluate(two groups that both overflow) names only the first shortage', () => {
		const r = evaluateOn(
			{ cpuCores: 4, cpuOvercommit: 1 },
			group({ id: 'a', kind: 'vm', workload: 'hello', count: 5 }),
			group({ id: 'b', kind: 'vm', workload: 'hello', count: 5 })
		);
		expect(r.limitedBy).toBe('vcpus');
		const warnings = r.notes.filter((n) => n.level === 'warning');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.groupId).toBe('a');
		expect(r.shortage).toEqual({
			groupId: 'a',
			message: warnings[0]!.message,
			resource: 'vcpus',
			limit: null
		});
		expect([groupOf(r, 'a').fitCount, groupOf(r, 'b').fitCount]).toEqual([4, 0]);
	});

	it('evaluate(two groups of 600 hello containers) share one bridge: the second group overflows', () => {
		const r = evaluateOn(
			{},
			group({ id: 'a', kind: 'container', workload: 'hello', count: 600 }),
			group({ id: 'b', kind: 'container', workload: 'hello', count: 600 })
		);
		expect(r.limitedBy).toBe('limit');
		expect(groupOf(r, 'a').fitCount).toBe(600);
		expect(groupOf(r, 'b').fitCount).toBe(1023 - 600);
	});
});

describe('density: containers ≥ microVMs ≥ VMs', () => {
	const linuxHosts = HOSTS.filter(([, h]) => h.os === 'linux');
	for (const [name, host] of linuxHosts) {
		for (const workload of WORKLOAD_IDS.filter((w) => w !== 'windows-iis')) {
			it(`maxInstances(${name}, ${workload}): container ≥ microVM ≥ VM`, () => {
				const n = (kind: Kind) => maxInstances(host, { kind, workload }).count;
				expect(n('container')).toBeGreaterThanOrEqual(n('microvm'));
				expect(n('microvm')).toBeGreaterThanOrEqual(n('vm'));
			});
		}
	}
});
