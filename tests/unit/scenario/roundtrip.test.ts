/**
 * The app never writes what it cannot read: every text field and list the app can produce goes
 * through the link and the autosave and reads back (issue 23, item 14), and a link with more own
 * workloads than the limit opens with the rest left out and said (docs/scenario-format.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, type OwnWorkload, type Scenario } from '$lib/model';
import { INPUT_LIMITS, TEXT_LIMITS } from '$lib/model/limits';
import { setCount, setName, updateGroup } from '$lib/scenario/edit';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import { readSaved, SavedWriter } from '$lib/state/persistence';

const ownWorkload = (i: number, name = `Own ${i}`): OwnWorkload => ({
	id: `own-${i}`,
	name,
	family: 'linux',
	base: 'python-api',
	layers: [{ name: 'code', compressedMiB: 10 }],
	appMiB: 64,
	demandCores: 0.1,
	appStartMs: 500
});

describe('writer and reader share one limit', () => {
	it('every edited name, label and count reads back from a link and the autosave', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 3 * TEXT_LIMITS.name }),
				fc.array(fc.string({ maxLength: 3 * TEXT_LIMITS.label }), { minLength: 1, maxLength: 3 }),
				fc.integer({ min: -5, max: 2 * INPUT_LIMITS.count.max }),
				(name, labels, count) => {
					let s: Scenario = setName(defaultScenario(), name);
					const ids = s.groups.map((g) => g.id);
					labels.forEach((label, i) => {
						s = updateGroup(s, ids[i % ids.length]!, { label });
					});
					s = setCount(s, ids[0]!, count);
					const link = decodeLink(encodeLink({ scenario: s }));
					if (!link.ok) throw new Error(link.error);
					expect(link.state.scenario.name).toBe(s.name);
					expect(link.state.scenario.groups.map((g) => g.label)).toEqual(
						s.groups.map((g) => g.label)
					);
					const written = new SavedWriter().write({ scenario: s });
					if (!written.ok) throw new Error(written.error);
					expect(readSaved(written.text).kind).toBe('ok');
				}
			),
			{ numRuns: 60 }
		);
	});

	it('a label written longer than the limit by an earlier version still opens, cut to the limit', () => {
		const s = defaultScenario();
		const long = 'x'.repeat(TEXT_LIMITS.label + 50);
		const raw = { ...s, groups: s.groups.map((g) => ({ ...g, label: long })) };
		const link = decodeLink(encodeLink({ scenario: raw }));
		if (!link.ok) throw new Error(link.error);
		expect(link.state.scenario.groups[0]!.label).toHaveLength(TEXT_LIMITS.label);
	});

	it(`a link with ${INPUT_LIMITS.ownWorkloads.max + 1} own workloads opens with the rest left out and said`, () => {
		const max = INPUT_LIMITS.ownWorkloads.max;
		const workloads = Array.from({ length: max + 1 }, (_, i) => ownWorkload(i));
		const link = decodeLink(encodeLink({ scenario: { ...defaultScenario(), workloads } }));
		if (!link.ok) throw new Error(link.error);
		expect(link.state.scenario.workloads).toHaveLength(max);
		expect(link.repairs.join(' ')).toMatch(/left out/);
	});
});
