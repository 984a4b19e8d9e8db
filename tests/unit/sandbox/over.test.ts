/** overCapacity(report) and overList: every resource over capacity is said, not only the first. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate } from '$lib/model';
import { overCapacity, overList } from '$lib/sandbox/over';
import { group, scenarioOf } from '../helpers/model';

describe('overCapacity(report)', () => {
	it('overCapacity(500 nginx VMs on the default host) flags memory, disk, vCPUs and CPU time', () => {
		const r = evaluate(scenarioOf({}, [group({ kind: 'vm', workload: 'nginx', count: 500 })]));
		expect(overCapacity(r)).toEqual({
			memory: true,
			disk: r.disk.usedMiB > r.disk.capacityMiB,
			vcpus: true,
			cpu: r.cpu.demandCores > r.cpu.capacityCores,
			limit: false
		});
		expect(overList(overCapacity(r), r.limitedBy)).toMatch(/^No — memory runs out first; .*vCPUs/);
	});

	it('overCapacity(a host with room) is all false', () => {
		const r = evaluate(scenarioOf({}, [group({ kind: 'container', workload: 'nginx' })]));
		expect(Object.values(overCapacity(r)).some(Boolean)).toBe(false);
	});
});

describe('overList(over, limitedBy)', () => {
	const none = { memory: false, disk: false, vcpus: false, cpu: false, limit: false };
	it.each([
		[{ ...none, memory: true }, 'memory', 'No — memory runs out'],
		[{ ...none, vcpus: true }, 'vcpus', 'No — vCPUs run out'],
		[{ ...none, cpu: true }, 'cpuTime', 'No — CPU time runs out'],
		[
			{ ...none, memory: true, disk: true, vcpus: true },
			'memory',
			'No — memory runs out first; disk and vCPUs are over capacity too'
		],
		[{ ...none, disk: true }, 'memory', 'No — memory runs out first; disk is over capacity too']
	] as const)('overList(%j, %s) = %s', (over, first, words) => {
		expect(overList(over, first)).toBe(words);
	});
});

describe('overList names the hard limit that is reached', () => {
	it('overList(an EKS node of 3 pods with 4 containers) = "No — Pods per Amazon EKS node is the limit"', () => {
		const s = defaultScenario();
		const r = evaluate({
			...s,
			host: { ...s.host, kubernetes: { platform: 'eks', maxPods: 3 } },
			groups: s.groups.filter((g) => g.kind === 'container')
		});
		const over = overCapacity(r);
		expect(over.limitName).toBe('Pods per Amazon EKS node');
		expect(overList(over, r.limitedBy)).toBe('No — Pods per Amazon EKS node is the limit');
	});
});
