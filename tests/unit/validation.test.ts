/** Any input can be wrong: evaluate() repairs it with an error note and never returns a bad number. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	INPUT_LIMITS,
	ModelInputError,
	defaultScenario,
	evaluate,
	sanitize,
	type Scenario
} from '$lib/model';
import { badNumbers, groupOf } from './helpers/model';

/** A scenario with arbitrary (possibly ill-typed) parts, as a JSON file or a cut link could hold. */
type Loose = Record<string, unknown>;
const withHost = (host: Loose): unknown => ({
	...defaultScenario(),
	host: { ...DEFAULT_HOST, ...host }
});
const withGroup = (g: Loose): unknown => ({
	...defaultScenario(),
	groups: [{ id: 'bad', kind: 'container', workload: 'nginx', count: 1, ...g }]
});
const L = INPUT_LIMITS;

// [what, scenario, words an error note must contain]
const BAD: [string, unknown, RegExp][] = [
	['cpuCores NaN', withHost({ cpuCores: NaN }), new RegExp(L.cpuCores.label)],
	['cpuCores −4', withHost({ cpuCores: -4 }), new RegExp(L.cpuCores.label)],
	['cpuCores 0', withHost({ cpuCores: 0 }), new RegExp(L.cpuCores.label)],
	['cpuCores Infinity', withHost({ cpuCores: Infinity }), new RegExp(L.cpuCores.label)],
	['cpuCores "16"', withHost({ cpuCores: '16' }), new RegExp(L.cpuCores.label)],
	['cpuCores 2.5', withHost({ cpuCores: 2.5 }), new RegExp(L.cpuCores.label)],
	['memoryMiB NaN', withHost({ memoryMiB: NaN }), new RegExp(L.memoryMiB.label)],
	['memoryMiB −1', withHost({ memoryMiB: -1 }), new RegExp(L.memoryMiB.label)],
	['memoryMiB 0', withHost({ memoryMiB: 0 }), new RegExp(L.memoryMiB.label)],
	['memoryMiB Infinity', withHost({ memoryMiB: Infinity }), new RegExp(L.memoryMiB.label)],
	['memoryMiB −Infinity', withHost({ memoryMiB: -Infinity }), new RegExp(L.memoryMiB.label)],
	['memoryMiB null', withHost({ memoryMiB: null }), new RegExp(L.memoryMiB.label)],
	['diskGiB "lots"', withHost({ diskGiB: 'lots' }), new RegExp(L.diskGiB.label)],
	['diskGiB −10', withHost({ diskGiB: -10 }), new RegExp(L.diskGiB.label)],
	['cpuOvercommit 0', withHost({ cpuOvercommit: 0 }), new RegExp(L.cpuOvercommit.label)],
	['cpuOvercommit 1e6', withHost({ cpuOvercommit: 1e6 }), new RegExp(L.cpuOvercommit.label)],
	['networkMbps 0', withHost({ networkMbps: 0 }), new RegExp(L.networkMbps.label)],
	['networkMbps undefined', withHost({ networkMbps: undefined }), new RegExp(L.networkMbps.label)],
	['host os "beos"', withHost({ os: 'beos' }), /Host OS “beos”/],
	['hypervisor "xen"', withHost({ hypervisor: 'xen' }), /Hypervisor “xen”/],
	['engine "lxc"', withHost({ engine: 'lxc' }), /Container engine “lxc”/],
	['imageCache "lukewarm"', withHost({ imageCache: 'lukewarm' }), /Image cache/],
	['pageSharing "yes"', withHost({ pageSharing: 'yes' }), /Page sharing “yes”/],
	['pageSharing 1', withHost({ pageSharing: 1 }), /Page sharing 1/],
	['missing host', { version: 1, name: 'x', groups: [] }, /no host/],
	['host a string', { version: 1, name: 'x', host: 'big', groups: [] }, /no host/],
	['groups not an array', { ...defaultScenario(), groups: { a: 1 } }, /groups are not a list/],
	['count NaN', withGroup({ count: NaN }), new RegExp(`${L.count.label} \\(group bad\\)`)],
	['count −1', withGroup({ count: -1 }), new RegExp(`${L.count.label} \\(group bad\\)`)],
	['count 10^12', withGroup({ count: 1e12 }), new RegExp(`${L.count.label} \\(group bad\\)`)],
	['count Infinity', withGroup({ count: Infinity }), new RegExp(L.count.label)],
	['count 2.7', withGroup({ count: 2.7 }), new RegExp(`${L.count.label} \\(group bad\\)`)],
	['count "3"', withGroup({ count: '3' }), new RegExp(L.count.label)],
	['vcpus 0', withGroup({ kind: 'vm', vcpus: 0 }), new RegExp(L.vcpus.label)],
	['vcpus 10^6', withGroup({ kind: 'vm', vcpus: 1e6 }), new RegExp(L.vcpus.label)],
	[
		'VM memoryMiB −512',
		withGroup({ kind: 'vm', memoryMiB: -512 }),
		new RegExp(L.groupMemoryMiB.label)
	],
	[
		'VM memoryMiB NaN',
		withGroup({ kind: 'vm', memoryMiB: NaN }),
		new RegExp(L.groupMemoryMiB.label)
	],
	['unknown kind', withGroup({ kind: 'unikernel' }), /Unknown kind “unikernel”/],
	['unknown workload', withGroup({ workload: 'mainframe' }), /Unknown workload “mainframe”/],
	['unknown guest OS', withGroup({ kind: 'vm', guestOs: 'os2-warp' }), /Guest OS “os2-warp”/],
	['unknown disk mode', withGroup({ kind: 'vm', diskMode: 'thin' }), /Disk mode/],
	['a group that is null', { ...defaultScenario(), groups: [null] }, /Unknown kind/]
];

describe('evaluate(bad input) repairs it and says so', () => {
	for (const [what, scenario, note] of BAD) {
		it(`evaluate(scenario with ${what}) does not throw, has no bad number, notes the field`, () => {
			const report = evaluate(scenario as Scenario);
			expect(badNumbers(report)).toEqual([]);
			const errors = report.notes.filter((n) => n.level === 'error').map((n) => n.message);
			expect(
				errors.some((m) => note.test(m)),
				errors.join('\n')
			).toBe(true);
		});
	}

	it('evaluate(count 10^9) is accepted as it is, without a note', () => {
		const report = evaluate(withGroup({ count: 1e9 }) as Scenario);
		expect(groupOf(report, 'bad').count).toBe(1e9);
		expect(report.notes.filter((n) => n.level === 'error')).toEqual([]);
		expect(badNumbers(report)).toEqual([]);
		expect(report.fits).toBe(false);
	});

	it('evaluate(count 10^12) is clamped to 10^9', () => {
		expect(groupOf(evaluate(withGroup({ count: 1e12 }) as Scenario), 'bad').count).toBe(
			L.count.max
		);
	});

	it('evaluate(count 2.7) counts 2 whole instances', () => {
		expect(groupOf(evaluate(withGroup({ count: 2.7 }) as Scenario), 'bad').count).toBe(2);
	});

	it('evaluate(an error-note group) names the group in the note', () => {
		const report = evaluate(withGroup({ kind: 'unikernel' }) as Scenario);
		const error = report.notes.find((n) => n.level === 'error');
		expect(error?.groupId).toBe('bad');
		expect(groupOf(report, 'bad').supported).toBe(false);
	});

	it('evaluate(two groups with the same id) gives each its own id', () => {
		const s = defaultScenario();
		s.groups = s.groups.map((g) => ({ ...g, id: 'same' }));
		const report = evaluate(s);
		const ids = report.groups.map((g) => g.id);
		expect(ids).toHaveLength(3);
		expect(new Set(ids).size).toBe(3);
		expect(ids[0]).toBe('same');
	});

	it('evaluate(20,000 groups) keeps the first 10,000 and says so', () => {
		const s = defaultScenario();
		s.groups = Array.from({ length: 20_000 }, (_, i) => ({
			id: `g${i}`,
			kind: 'container' as const,
			workload: 'hello' as const,
			count: 1
		}));
		const report = evaluate(s);
		expect(report.groups).toHaveLength(L.groups.max);
		expect(report.notes.some((n) => n.level === 'error' && /20,000 groups/.test(n.message))).toBe(
			true
		);
		expect(badNumbers(report)).toEqual([]);
	});

	it('evaluate(every host field wrong at once) still returns a sound report', () => {
		const report = evaluate({
			version: 1,
			name: 'x',
			host: {
				cpuCores: -1,
				memoryMiB: NaN,
				diskGiB: Infinity,
				os: 7,
				hypervisor: null,
				engine: {},
				cpuOvercommit: '4',
				pageSharing: 'yes',
				imageCache: 0,
				networkMbps: -Infinity
			},
			groups: defaultScenario().groups
		} as unknown as Scenario);
		expect(badNumbers(report)).toEqual([]);
		expect(report.notes.filter((n) => n.level === 'error').length).toBeGreaterThanOrEqual(9);
	});
});

describe('evaluate(not an object) throws ModelInputError', () => {
	it.each([
		['null', null],
		['42', 42],
		['"scenario"', 'scenario'],
		['undefined', undefined],
		['[]', []]
	])('evaluate(%s) throws ModelInputError', (_name, value) => {
		expect(() => evaluate(value as unknown as Scenario)).toThrow(ModelInputError);
	});

	it('evaluate({}) does not throw: an empty object is a (very) incomplete scenario', () => {
		const report = evaluate({} as Scenario);
		expect(report.groups).toEqual([]);
		expect(badNumbers(report)).toEqual([]);
	});
});

describe('labels are plain strings', () => {
	const label = '<script>alert("x")</script> & <b>bold</b>';

	it('sanitize(label with markup) keeps it unchanged', () => {
		const s = defaultScenario();
		s.groups[0]!.label = label;
		expect((sanitize(s).groups[0] as { label?: string }).label).toBe(label);
	});

	it('evaluate(label with markup) quotes it verbatim in its notes, unescaped', () => {
		const s = defaultScenario();
		s.groups = [{ id: 'x', kind: 'vm', workload: 'nginx', count: 1, memoryMiB: 64, label }];
		const report = evaluate(s);
		const warning = report.notes.find((n) => n.level === 'warning' && n.groupId === 'x');
		expect(warning?.message).toContain(label);
		expect(warning?.message).not.toContain('&lt;');
	});
});
