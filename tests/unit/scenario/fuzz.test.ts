import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate } from '$lib/model';
import { fromFileJson, toFileJson } from '$lib/scenario/file';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import type { Decoded } from '$lib/scenario/shared';

const GOOD_LINK = encodeLink({ scenario: defaultScenario() });
const GOOD_FILE = toFileJson({ scenario: defaultScenario() });

/** Every result is a valid scenario the model evaluates without a bad number, or a clear error. */
function checkResult(d: Decoded) {
	if (!d.ok) {
		expect(d.error.length).toBeGreaterThan(10);
		return;
	}
	const r = evaluate(d.state.scenario);
	expect(Number.isFinite(r.memory.usedMiB) && r.memory.usedMiB >= 0).toBe(true);
	expect(Number.isFinite(r.disk.usedMiB) && r.disk.usedMiB >= 0).toBe(true);
}

/** A string with a few characters replaced, inserted or cut. */
const mutated = (base: string) =>
	fc
		.array(
			fc.tuple(
				fc.nat({ max: base.length }),
				fc.constantFrom('replace', 'insert', 'delete', 'cut'),
				fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })
			),
			{ minLength: 1, maxLength: 6 }
		)
		.map((edits) =>
			edits.reduce((s, [at, op, ch]) => {
				if (op === 'replace') return s.slice(0, at) + ch + s.slice(at + 1);
				if (op === 'insert') return s.slice(0, at) + ch + s.slice(at);
				if (op === 'delete') return s.slice(0, at) + s.slice(at + 1);
				return s.slice(0, at);
			}, base)
		);

describe('decoder fuzz: no throw escapes, every result valid or a clear error', () => {
	it('decodeLink on 5,000 mutated links and 2,500 random strings', () => {
		fc.assert(
			fc.property(mutated(GOOD_LINK), (text) => checkResult(decodeLink(text))),
			{ numRuns: 5000 }
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((s) => `v1.${s}`)
				),
				(text) => checkResult(decodeLink(text))
			),
			{ numRuns: 2500 }
		);
	}, 60_000);

	it('fromFileJson on 2,500 mutated files and JSON values of any shape', () => {
		fc.assert(
			fc.property(mutated(GOOD_FILE), (text) => checkResult(fromFileJson(text))),
			{ numRuns: 1500 }
		);
		fc.assert(
			fc.property(fc.jsonValue(), (value) =>
				checkResult(
					fromFileJson(
						JSON.stringify({ format: 'overhead-sandbox-scenario', version: 1, scenario: value })
					)
				)
			),
			{ numRuns: 1000 }
		);
	});
});
