/** compareReports: the A/B figures, each from the report or the model's kindTable. */
import { describe, expect, it } from 'vitest';
import { evaluate, kindTable, maxInstances, START_LIMIT_LABEL } from '$lib/model';
import { allReadyWhy, compareReports } from '$lib/compare/delta';
import { group, scenarioOf } from '../helpers/model';

describe('compareReports: time until all are ready', () => {
	it('is each side’s report.startup.allReadyMs, with what holds it back named', () => {
		const a = scenarioOf({}, [group({ kind: 'container', workload: 'nginx', count: 2 })]);
		const b = scenarioOf({}, [group({ kind: 'container', workload: 'nginx', count: 2000 })]);
		const [ra, rb] = [evaluate(a), evaluate(b)];
		const ready = compareReports(
			ra,
			rb,
			kindTable(a, 'nginx'),
			kindTable(b, 'nginx'),
			'nginx'
		).find((d) => d.key === 'ready')!;
		expect(ready.a).toBe(ra.startup.allReadyMs);
		expect(ready.b).toBe(rb.startup.allReadyMs);
		// Two thousand at once wait on the creation rate or the CPU; one instance's time is not the answer.
		expect(ready.b).toBeGreaterThan(rb.groups[0]!.startup.readyMs);
		expect(ready.why).toEqual({
			a: START_LIMIT_LABEL[ra.startup.limitedBy],
			b: START_LIMIT_LABEL[rb.startup.limitedBy]
		});
		expect(rb.startup.limitedBy).not.toBe('none');
	});
	it('says nothing starts on an empty side', () => {
		expect(allReadyWhy(evaluate(scenarioOf({}, [])))).toBe('nothing to start');
	});
});

describe('compareReports: density per kind', () => {
	it('is kindTable’s count on each side, every kind with its row', () => {
		const a = scenarioOf({}, []);
		const b = scenarioOf({ memoryMiB: 16 * 1024 }, []);
		const rows = compareReports(
			evaluate(a),
			evaluate(b),
			kindTable(a, 'redis'),
			kindTable(b, 'redis'),
			'Redis'
		).filter((d) => d.kind);
		expect(rows.map((d) => d.kind)).toEqual(['vm', 'microvm', 'kata', 'gvisor', 'container']);
		for (const d of rows) {
			expect(d.a).toBe(maxInstances(a.host, { kind: d.kind!, workload: 'redis' }).count);
			expect(d.b).toBe(maxInstances(b.host, { kind: d.kind!, workload: 'redis' }).count);
		}
	});
});
