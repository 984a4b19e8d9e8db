/**
 * evaluate() makes a group's details when they are first read (its memory, disk and start-up
 * records, image layers, guest disk) and shares per-template figures between groups. These
 * properties check that what is read later, in any order, after other evaluations, equals what an
 * eager evaluation made as each group was placed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	type Group,
	type GroupReport,
	type Report,
	type Scenario
} from '$lib/model';
import { evaluateEager } from '$lib/model/evaluate';
import { countArb, PROPERTY_TIMEOUT_MS, RUNS, scenarioArb } from './helpers/arbitraries';

/** A value with every getter read: toJSON() where a report has it, recursively. */
function materialize(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(materialize);
	if (typeof value !== 'object' || value === null) return value;
	const own = 'toJSON' in value ? (value as { toJSON(): Record<string, unknown> }).toJSON() : value;
	return Object.fromEntries(Object.entries(own).map(([k, v]) => [k, materialize(v)]));
}

/**
 * A generated scenario whose templates repeat: its groups again, in a new order and with new
 * counts, so later groups of a template share with earlier ones (many hosts × kinds × workloads ×
 * counts, as the arbitraries make them).
 */
const repeatingArb: fc.Arbitrary<Scenario> = fc
	.tuple(
		scenarioArb,
		fc.array(fc.tuple(fc.nat(), countArb), { maxLength: 30 }),
		fc.array(fc.tuple(fc.nat(), countArb), { maxLength: 10 })
	)
	.map(([s, again, more]) => {
		const pick = (picks: [number, number][], prefix: string): Group[] =>
			s.groups.length === 0
				? []
				: picks.map(([k, count], i) => ({
						...s.groups[k % s.groups.length]!,
						id: `${prefix}${i}`,
						count
					}));
		return { ...s, groups: [...pick(more, 'm'), ...s.groups, ...pick(again, 'r')] };
	});

/** Every detail a view may read, in a scrambled order (each is made on its first read). */
function readScrambled(report: Report, order: number): void {
	const groups = [...report.groups];
	if (order % 2) groups.reverse();
	for (const g of groups) {
		const reads: (() => unknown)[] = [
			() => g.image,
			() => g.memory.totalByLayer,
			() => g.startup.phases,
			() => g.diskMiB.total,
			() => g.guestDisk,
			() => g.memory.marginalByLayer
		];
		for (let i = 0; i < reads.length; i++) reads[(i + order) % reads.length]!();
	}
}

describe('evaluate reads its details when asked, and they equal eager ones', () => {
	it(
		'lazily read details deep-equal an eager evaluation, whatever is read first or evaluated between',
		() => {
			fc.assert(
				fc.property(repeatingArb, scenarioArb, fc.nat(5), (scenario, other, order) => {
					const lazy = evaluate(scenario);
					// Another evaluation in between must not change what the first one's details say.
					evaluate(other);
					readScrambled(lazy, order);
					const eager = evaluateEager(scenario);
					expect(materialize(lazy)).toEqual(materialize(eager));
					expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
				}),
				RUNS
			);
		},
		PROPERTY_TIMEOUT_MS
	);

	it(
		'a detail read twice is the same object, and every group has every field (one shape)',
		() => {
			fc.assert(
				fc.property(repeatingArb, (scenario) => {
					const report = evaluate(scenario);
					const keys = (g: GroupReport) => Object.keys(materialize(g) as object);
					for (const g of report.groups) {
						expect(g.memory).toBe(g.memory);
						expect(g.memory.totalByLayer).toBe(g.memory.totalByLayer);
						expect(g.startup).toBe(g.startup);
						expect(g.diskMiB).toBe(g.diskMiB);
						expect(g.image).toBe(g.image);
						expect(keys(g)).toEqual(keys(report.groups[0]!));
						expect(Object.keys(g)).toEqual(Object.keys(report.groups[0]!));
					}
				}),
				RUNS
			);
		},
		PROPERTY_TIMEOUT_MS
	);

	it('groups of one template share its figures by reference', () => {
		const report = evaluate({
			version: 1,
			name: 'shared',
			host: { ...DEFAULT_HOST },
			groups: [
				{ id: 'a', kind: 'container', workload: 'nginx', count: 2 },
				{ id: 'b', kind: 'container', workload: 'nginx', count: 5 },
				{ id: 'c', kind: 'vm', workload: 'nginx', count: 1 }
			]
		});
		const [a, b, c] = report.groups as [GroupReport, GroupReport, GroupReport];
		expect(a.memory.perInstance).toBe(b.memory.perInstance);
		expect(a.image).toBe(b.image);
		expect(a.marginal).toBe(b.marginal);
		expect(a.memory.totalMiB).not.toBe(b.memory.totalMiB);
		expect(a.image).not.toBe(c.image);
	});
});
