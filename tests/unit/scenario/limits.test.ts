/** Limits stated once and applied alike; messages in the app's words; numbers people can read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, sanitize, type Group } from '$lib/model';
import { formatCount, formatMiB, formatNumber } from '$lib/model/format';
import { FORMAT_LIMITS, INPUT_LIMITS, TEXT_LIMITS } from '$lib/model/limits';
import { fromUnknown } from '$lib/scenario/shared';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import { linkTooLong } from '$lib/share/linkLength';

const doc = readFileSync('docs/scenario-format.md', 'utf8');
/** The doc's Limits section: the one place a limit is stated with its value. */
const limitsSection = doc.slice(
	doc.indexOf('## Limits'),
	doc.indexOf('\n## ', doc.indexOf('## Limits') + 1)
);
const n = (v: number) => v.toLocaleString('en-US');

describe('docs/scenario-format.md states every limit of limits.ts, once', () => {
	const rows: [string, string][] = [
		...Object.entries(INPUT_LIMITS).map(([k, l]): [string, string] => [
			k,
			k === 'groups' ? n(l.max) : `${n(l.min)} – ${n(l.max)}`
		]),
		...Object.entries(TEXT_LIMITS).map(([k, v]): [string, string] => [k, n(v)]),
		...Object.entries(FORMAT_LIMITS).map(([k, v]): [string, string] => [k, n(v)])
	];
	it.each(rows)('`%s` is %s', (name, value) => {
		const row = limitsSection.split('\n').filter((l) => l.startsWith(`| \`${name}\` `));
		expect(row).toHaveLength(1);
		expect(row[0]!.split('|')[2]!.trim()).toBe(value);
	});
});

describe('a repaired duplicate id stays within the id limit', () => {
	it('64-character duplicates get suffixes without growing past 64', () => {
		const id = 'i'.repeat(TEXT_LIMITS.groupId);
		const groups: Group[] = Array.from({ length: 12 }, () => ({
			id,
			kind: 'vm',
			workload: 'nginx',
			count: 1
		}));
		const s = sanitize({ ...defaultScenario(), groups });
		const ids = s.groups.map((g) => g.id);
		expect(new Set(ids).size).toBe(12);
		for (const g of ids) expect(g.length).toBeLessThanOrEqual(TEXT_LIMITS.groupId);
		// And the repaired scenario reads back from a link exactly, with nothing more to repair.
		const d = decodeLink(
			encodeLink({ scenario: { ...defaultScenario(), groups: s.groups as Group[] } })
		);
		expect(d.ok && d.repairs).toEqual([]);
	});
});

describe('messages say what happened in the app’s words', () => {
	it.each([
		[{}, 'the scenario is not valid: the scenario is missing'],
		[{ scenario: [] }, 'the scenario is not valid: the scenario, “version” is missing'],
		[
			{ scenario: { ...defaultScenario(), host: { ...defaultScenario().host, cpuCores: 'x' } } },
			'the scenario is not valid: the scenario, host, “cpuCores” must be a number'
		],
		[
			{
				scenario: {
					...defaultScenario(),
					groups: [{ id: 'a', kind: 'vm', workload: 'nginx' }]
				}
			},
			'the scenario is not valid: the scenario, group 1, “count” is missing'
		]
	])('fromUnknown(%j) says %j', (data, error) => {
		expect(fromUnknown(data)).toEqual({ ok: false, error });
	});

	it('a bad optional part is left out and said, and the rest opens', () => {
		const d = fromUnknown({
			scenario: defaultScenario(),
			view: { fitWorkload: 'redis', zoomToUsed: 'yes' },
			lesson: { id: 7 }
		});
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.state.view).toBeUndefined();
		expect(d.state.lesson).toBeUndefined();
		expect(d.repairs).toEqual([
			'The view settings were left out: “zoomToUsed” must be true or false.',
			'The lesson was left out: “id” must be text.'
		]);
	});

	it('an unknown workload in the view is replaced and said', () => {
		const d = fromUnknown({ scenario: defaultScenario(), view: { fitWorkload: 'toaster' } });
		expect(d.ok && d.state.view).toEqual({});
		expect(d.ok && d.repairs[0]).toMatch(/“toaster” is unknown; it shows nginx instead/);
	});

	it.each(['). ', ').', '"', ',', ' \n', '>', ']'])(
		'a link followed by %j (pasted from prose) opens',
		(after) => {
			const link = encodeLink({ scenario: defaultScenario() });
			expect(decodeLink(`${link}${after}`).ok).toBe(true);
		}
	);

	it('a link past the shareable length is said to be too long, with its length', () => {
		expect(linkTooLong(`https://x/?s=v2.${'a'.repeat(100)}`)).toBeNull();
		expect(linkTooLong(`https://x/?s=v2.${'a'.repeat(20_500)}`)).toMatch(
			/20,516 characters long: many servers .* over 8,000 characters/
		);
	});
});

describe('numbers people can read', () => {
	it.each([
		[1e308, '1 × 10³⁰⁸'],
		[1.7e308, '1.7 × 10³⁰⁸'],
		[5e-324, '4.9 × 10⁻³²⁴'],
		[-4, '-4'],
		[1234.567, '1,234.57'],
		[Number.NaN, 'not a number'],
		[Infinity, 'infinity']
	])('formatNumber(%d) = %s', (v, text) => expect(formatNumber(v)).toBe(text));

	it.each([
		[5e-324, 'less than 0.1 MiB'],
		[0, '0 MiB'],
		[0.06, '0.1 MiB'],
		[1e99, '9.5 × 10⁹² TiB']
	])('formatMiB(%d) = %s', (v, text) => expect(formatMiB(v)).toBe(text));

	it('formatCount keeps digits up to a quadrillion, then writes a power of ten', () => {
		expect(formatCount(1_000_000_000)).toBe('1,000,000,000');
		expect(formatCount(1e20)).toBe('1 × 10²⁰');
	});

	it('a repair note of an absurd number prints it short', () => {
		const s = sanitize({
			...defaultScenario(),
			host: { ...defaultScenario().host, cpuCores: 1e308 }
		});
		expect(s.notes[0]!.message).toBe(
			'Host CPU cores of 1 × 10³⁰⁸ cores is outside 1–4,096 cores; using 4,096.'
		);
	});
});
