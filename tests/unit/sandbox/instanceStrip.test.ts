/** instanceStrip(report, scenario): one instance of each group on one scale. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, formatMiB } from '$lib/model';
import { instanceStrip, MAX_STRIP_ROWS } from '$lib/sandbox/instanceStrip';
import { group, scenarioOf } from '../helpers/model';

describe('instanceStrip', () => {
	it('instanceStrip(nginx three ways): the VM is the longest bar, each bar its per-instance memory', () => {
		const s = defaultScenario();
		const r = evaluate(s);
		const strip = instanceStrip(r, s);
		expect(strip.rows.map((x) => x.name)).toEqual([
			'nginx as VMs',
			'nginx as microVMs',
			'nginx as containers'
		]);
		const vm = strip.rows[0]!;
		expect(vm.share).toBe(1);
		for (const row of strip.rows) {
			const g = r.groups.find((x) => x.id === row.id)!;
			expect(row.share).toBeCloseTo(g.memory.perInstanceMiB / vm.mib, 12);
			expect(row.segments.reduce((t, x) => t + x.w, 0)).toBeCloseTo(row.share, 12);
		}
		// "One of “nginx as VMs” (1.1 GiB: … in use and … reserved but idle) takes as much … as about 39 of …"
		const times = Math.round(vm.mib / strip.rows[2]!.mib);
		expect(strip.sentence).toContain(`about ${times} of “nginx as containers”`);
		// The VM's committed guest RAM is said apart from what it uses, as the report has them.
		const g = r.groups.find((x) => x.id === vm.id)!;
		expect(vm.idleMiB).toBe(g.memory.perInstance.idle);
		expect(vm.idleMiB).toBeGreaterThan(0);
		expect(strip.sentence).toContain(
			`(${formatMiB(vm.mib)}: ${formatMiB(vm.mib - vm.idleMiB)} in use and ${formatMiB(vm.idleMiB)} of guest RAM reserved but idle)`
		);
	});

	it(`instanceStrip(many groups) keeps ${MAX_STRIP_ROWS} rows and counts the rest`, () => {
		const s = scenarioOf(
			{},
			['hello', 'nginx', 'redis', 'postgres', 'python-api', 'node-api'].map((w, i) =>
				group({ id: `g${i}`, kind: 'container', workload: w as 'nginx' })
			)
		);
		const strip = instanceStrip(evaluate(s), s);
		expect(strip.rows).toHaveLength(MAX_STRIP_ROWS);
		expect(strip.more).toBe(2);
	});

	it('instanceStrip(empty host) has no rows and no sentence', () => {
		const s = scenarioOf({}, []);
		expect(instanceStrip(evaluate(s), s)).toEqual({ rows: [], more: 0, sentence: '' });
	});
});
