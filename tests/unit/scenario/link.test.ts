import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, KINDS, WORKLOAD_IDS, type Scenario } from '$lib/model';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import { fromFileJson, toFileJson } from '$lib/scenario/file';
import { scenarioArb } from '../helpers/arbitraries';
import golden from '../fixtures/links-v1.json';
import goldenV2 from '../fixtures/links-v2.json';
import goldenV3 from '../fixtures/links-v3.json';
import files from '../fixtures/files.json';
import type { SharedState } from '$lib/scenario/shared';

/** JSON drops undefined fields and -0; compare scenarios as JSON sees them. */
const asJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('encodeLink / decodeLink round trip', () => {
	it('decodeLink(encodeLink(s)) = s for random valid scenarios, with and without a B side', () => {
		fc.assert(
			fc.property(scenarioArb, fc.option(scenarioArb, { nil: undefined }), (a, b) => {
				// The page always writes its view; v2 leaves the usual one out and fills it back in.
				const view = { fitWorkload: 'nginx' as const, zoomToUsed: false };
				const state = b ? { scenario: a, compare: b, view } : { scenario: a, view };
				const d = decodeLink(encodeLink(state));
				expect(d.ok).toBe(true);
				if (d.ok) {
					expect(d.state).toEqual(asJson(state));
					expect(d.repairs).toEqual([]);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('toFileJson / fromFileJson round trip random valid scenarios', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const d = fromFileJson(toFileJson({ scenario: s, view: { fitWorkload: 'redis' } }));
				expect(d.ok && d.state).toEqual(asJson({ scenario: s, view: { fitWorkload: 'redis' } }));
			}),
			{ numRuns: 200 }
		);
	});

	it('a link is URL-safe: base64url letters only after the version, no padding', () => {
		const link = encodeLink({ scenario: defaultScenario() });
		expect(link).toMatch(/^v3\.[A-Za-z0-9_-]+$/);
		expect(encodeURIComponent(link)).toBe(link);
	});
});

describe('link length', () => {
	const fifty: Scenario = {
		...defaultScenario(),
		name: 'fifty services',
		groups: Array.from({ length: 50 }, (_, i) => ({
			id: `g${i + 1}`,
			kind: KINDS[i % 3]!,
			workload: WORKLOAD_IDS[(i * 5) % 8]!,
			count: ((i * 37) % 200) + 1,
			label: `service ${i + 1}`
		}))
	};
	it.each([
		['the default scenario', { scenario: defaultScenario() }, 120],
		['a 50-group scenario', { scenario: fifty }, 1000]
	])('encodeLink(%s) is under %d characters', (_name, state, max) => {
		expect(encodeLink(state).length).toBeLessThan(max);
	});
});

describe('golden links of format v1 keep decoding', () => {
	it.each(golden.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const d = decodeLink(c.link);
		expect(d.ok).toBe(true);
		if (d.ok) expect(d.state).toEqual(c.state);
	});
});

describe('golden links of format v2 keep decoding', () => {
	it.each(goldenV2.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const d = decodeLink(c.link);
		expect(d.ok).toBe(true);
		if (d.ok) {
			expect(d.state).toEqual(c.state);
			expect(d.repairs).toEqual([]);
		}
	});
});

describe('decodeLink of broken links says what is wrong', () => {
	const good = encodeLink({ scenario: defaultScenario() });
	it.each([
		['a truncated link', good.slice(0, good.length - 20), /damaged or incomplete/],
		['a link from a newer version', `v7.${good.slice(3)}`, /newer version .*\(link format 7/],
		['no version', good.slice(3), /does not start with a version/],
		['an empty string', '', /does not start with a version/],
		['characters outside base64url', 'v1.abc$%^', /damaged or incomplete/],
		['format 0', 'v0.abc', /never existed/],
		['a huge string', `v1.${'A'.repeat(300_000)}`, /far too long/]
	])('%s', (_name, text, message) => {
		const d = decodeLink(text);
		expect(d.ok).toBe(false);
		if (!d.ok) expect(d.error).toMatch(message);
	});

	it('a hand-edited link with absurd values opens, clamped, and lists each repair', () => {
		const s = defaultScenario();
		const absurd = {
			scenario: {
				...s,
				host: { ...s.host, cpuCores: -4, memoryMiB: 1e99 },
				groups: [
					{ ...s.groups[0]!, count: 1e15 },
					{ id: 'x', kind: 'toaster', workload: 'nginx', count: 1 }
				]
			}
		};
		const d = decodeLink(encodeLink(absurd as never));
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.state.scenario.host.cpuCores).toBe(1);
		expect(d.state.scenario.host.memoryMiB).toBe(64 * 1024 * 1024);
		expect(d.state.scenario.groups).toHaveLength(1);
		expect(d.state.scenario.groups[0]!.count).toBe(1_000_000_000);
		expect(d.repairs.join('\n')).toMatch(/Host CPU cores/);
		expect(d.repairs.join('\n')).toMatch(/toaster/);
	});

	it('a group’s pod requests travel under their full names and clamp like every number', () => {
		const s = defaultScenario();
		const withRequests = {
			scenario: {
				...s,
				groups: [
					{ ...s.groups[0]!, requestMiB: 2048, requestCores: 0.5 },
					{ ...s.groups[1]!, requestMiB: -5, requestCores: 1e9 }
				]
			}
		};
		const d = decodeLink(encodeLink(withRequests as never));
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		const [a, b] = d.state.scenario.groups;
		expect([a!.requestMiB, a!.requestCores]).toEqual([2048, 0.5]);
		expect([b!.requestMiB, b!.requestCores]).toEqual([0, 768]);
		expect(d.repairs.join('\n')).toMatch(/Memory request .* outside/);
		expect(d.repairs.join('\n')).toMatch(/CPU request .* outside/);
		const f = fromFileJson(toFileJson({ scenario: withRequests.scenario as never }));
		expect(f.ok && f.state.scenario.groups[0]!.requestMiB).toBe(2048);
	});

	it('script in a name stays plain text in the decoded state', () => {
		const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const d = decodeLink(encodeLink({ scenario: { ...defaultScenario(), name } }));
		expect(d.ok && d.state.scenario.name).toBe(name);
	});
});

describe('golden links of format v3 (own workloads, every kind, the new host settings) keep decoding', () => {
	it.each(goldenV3.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const d = decodeLink(c.link);
		expect(d.ok).toBe(true);
		if (d.ok) {
			expect(d.state).toEqual(c.state);
			expect(d.repairs).toEqual([]);
		}
	});

	it('a scenario with its own workloads round-trips through a link and a file', () => {
		const state = goldenV3.cases[0]!.state as unknown as SharedState;
		expect(state.scenario.workloads?.length).toBe(2);
		const viaLink = decodeLink(encodeLink(state));
		const viaFile = fromFileJson(toFileJson(state));
		expect(viaLink.ok && viaLink.state).toEqual(state);
		expect(viaFile.ok && viaFile.state).toEqual(state);
	});

	it('an older reader’s format numbers: v3 holds state version 2', () => {
		expect(goldenV3.cases.every((c) => c.link.startsWith('v3.'))).toBe(true);
	});
});

describe('golden files of every state version keep reading', () => {
	it.each([...files.v1, ...files.v2].map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const d = fromFileJson(c.file);
		expect(d.ok).toBe(true);
		if (d.ok) {
			expect(d.state).toEqual(c.state);
			expect(d.repairs).toEqual([]);
		}
	});

	it('a version-1 file reads exactly as it did: no own workloads appear', () => {
		for (const c of files.v1)
			expect((c.state as { scenario: object }).scenario).not.toHaveProperty('workloads');
	});
});
