/** headroom(report, scenario): what runs out first on a side, and how many more fit. */
import { describe, expect, it } from 'vitest';
import { evaluate, kindTable } from '$lib/model';
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
