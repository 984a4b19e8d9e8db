import { describe, expect, it } from 'vitest';
import { evaluate, maxInstances, type Scenario } from '$lib/model';
import { DEFAULT_HOST } from '$lib/model';

const host = { ...DEFAULT_HOST, memoryMiB: 8 * 1024, cpuCores: 64 };
const scenario = (groups: Scenario['groups']): Scenario => ({
	version: 1,
	name: 'first fit',
	host,
	groups
});

describe('evaluate places groups first-fit, in order', () => {
	it('instances that do not fit take no room from later groups', () => {
		const vmMax = maxInstances(host, { kind: 'vm', workload: 'nginx' }).count;
		const r = evaluate(
			scenario([
				{ id: 'vms', kind: 'vm', workload: 'nginx', count: vmMax + 5 },
				{ id: 'cts', kind: 'container', workload: 'hello', count: 3 }
			])
		);
		const [vms, cts] = r.groups;
		expect(vms!.fitCount).toBe(vmMax);
		// The containers fit in what the fitting VMs left: they are judged against placed instances only.
		expect(cts!.fitCount).toBe(3);
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('memory');
		expect(r.shortage?.groupId).toBe('vms');
		expect(r.shortage?.message).toMatch(new RegExp(`The ${vmMax + 1}(st|nd|rd|th) VM`));
		// Used memory counts everything asked for, so the overflow stays visible.
		expect(r.memory.usedMiB).toBeGreaterThan(r.memory.capacityMiB);
	});
});
