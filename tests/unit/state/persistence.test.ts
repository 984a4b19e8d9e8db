/**
 * Write → read round trips for every state the app can reach (the link, the file, the autosave
 * with its undo history), and the writers keeping inside the readers' limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '$lib/model';
import { FORMAT_LIMITS } from '$lib/model/limits';
import { exportFileText, fromFileJson, toFileJson } from '$lib/scenario/file';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import { readSaved, SavedWriter } from '$lib/state/persistence';
import { reachableScenarioArb, sharedStateArb } from '../helpers/arbitraries';

/** JSON drops undefined fields and -0; compare states as JSON sees them. */
const asJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };
const TIMEOUT_MS = 60_000;

describe('write → read round trips every state the app can reach', () => {
	it(
		'the share link: decodeLink(encodeLink(state)) = state, with no repair',
		() => {
			fc.assert(
				fc.property(sharedStateArb, (state) => {
					const d = decodeLink(encodeLink(state));
					expect(d.ok && d.repairs).toEqual([]);
					expect(d.ok && d.state).toEqual(asJson(state));
				}),
				RUNS
			);
		},
		TIMEOUT_MS
	);

	it(
		'the file: fromFileJson(exportFileText(state)) = state, with no repair',
		() => {
			fc.assert(
				fc.property(sharedStateArb, (state) => {
					const file = exportFileText(state);
					expect(file.ok).toBe(true);
					const d = fromFileJson(file.ok ? file.text : '');
					expect(d.ok && d.repairs).toEqual([]);
					expect(d.ok && d.state).toEqual(asJson(state));
				}),
				RUNS
			);
		},
		TIMEOUT_MS
	);

	it(
		'the autosave: readSaved(write(state, undo)) gives back the state and the whole undo history',
		() => {
			const history = fc.record({
				past: fc.array(reachableScenarioArb, { maxLength: 4 }),
				future: fc.array(reachableScenarioArb, { maxLength: 3 })
			});
			fc.assert(
				fc.property(
					sharedStateArb,
					history,
					fc.option(history, { nil: undefined }),
					(state, a, b) => {
						const undo = b ? { a, b } : { a };
						const written = new SavedWriter().write(state, undo);
						expect(written.ok).toBe(true);
						const loaded = readSaved(written.ok ? written.text : '');
						expect(loaded.kind).toBe('ok');
						if (loaded.kind !== 'ok') return;
						expect(loaded.saved.repairs).toEqual([]);
						expect(loaded.saved.state).toEqual(asJson(state));
						expect(loaded.saved.undo).toEqual(asJson(undo));
					}
				),
				RUNS
			);
		},
		TIMEOUT_MS
	);
});

/** A scenario of `groups` groups whose labels make it `charsPerGroup` characters of JSON each, about. */
function big(groups: number, label = 'x'.repeat(200)): Scenario {
	return {
		...defaultScenario(),
		groups: Array.from({ length: groups }, (_, i) => ({
			id: `group-${i}-${'i'.repeat(40)}`,
			kind: 'container' as const,
			workload: 'nginx' as const,
			count: 1,
			label
		}))
	};
}

describe('the writers keep inside the readers’ limits', () => {
	it('an undo history is trimmed, oldest first, to the undo limit of characters', () => {
		const present = big(600); // about 0.2 MB a step
		const past = Array.from({ length: 12 }, (_, i) => ({ ...big(600), name: `step ${i}` }));
		const written = new SavedWriter().write({ scenario: present }, { a: { past, future: [] } });
		expect(written.ok).toBe(true);
		if (!written.ok) return;
		expect(written.text.length).toBeLessThanOrEqual(FORMAT_LIMITS.fileChars);
		expect(written.text.length).toBeLessThanOrEqual(
			JSON.stringify(present).length + FORMAT_LIMITS.undoChars + 1000
		);
		const loaded = readSaved(written.text);
		expect(loaded.kind).toBe('ok');
		if (loaded.kind !== 'ok') return;
		const kept = loaded.saved.undo.a!.past;
		expect(kept.length).toBeGreaterThan(2);
		expect(kept.length).toBeLessThan(12);
		// The newest steps are the ones kept, still in order.
		expect(kept.map((s) => s.name)).toEqual(past.slice(-kept.length).map((s) => s.name));
	});

	it('at most the undo limit of steps is kept per side', () => {
		const steps = Array.from({ length: FORMAT_LIMITS.undoSteps + 30 }, (_, i) => ({
			...defaultScenario(),
			name: `step ${i}`
		}));
		const written = new SavedWriter().write(
			{ scenario: defaultScenario() },
			{ a: { past: steps, future: steps } }
		);
		const loaded = readSaved(written.ok ? written.text : '');
		expect(loaded.kind === 'ok' && loaded.saved.undo.a!.past.length).toBe(FORMAT_LIMITS.undoSteps);
		expect(loaded.kind === 'ok' && loaded.saved.undo.a!.future.length).toBe(
			FORMAT_LIMITS.undoSteps
		);
	});

	it('a state too large for the reader is not written, and the error says how large', () => {
		const state: SharedState = { scenario: big(10_000), compare: big(10_000) };
		const written = new SavedWriter().write(state);
		expect(written.ok).toBe(false);
		if (!written.ok) expect(written.error).toMatch(/too large .*limit is 5 MB/);
		const file = exportFileText(state);
		expect(file.ok).toBe(false);
	});

	it('Export JSON writes indented text when it fits, compact text when only that fits', () => {
		const small = exportFileText({ scenario: defaultScenario() });
		expect(small.ok && small.text).toContain('\n  "scenario"');
		// Indented, this is over the limit; compact, under it.
		const state: SharedState = {
			scenario: big(10_000, 'y'.repeat(120)),
			compare: big(10_000, 'z'.repeat(120))
		};
		expect(toFileJson(state).length).toBeGreaterThan(FORMAT_LIMITS.fileChars);
		const file = exportFileText(state);
		expect(file.ok).toBe(true);
		expect(file.ok && file.text.length).toBeLessThanOrEqual(FORMAT_LIMITS.fileChars);
		expect(fromFileJson(file.ok ? file.text : '').ok).toBe(true);
	});

	it('a kept-aside or autosaved text that does not read says why', () => {
		expect(readSaved('{"format":"overhead-sandbox-scenario","version":99}')).toMatchObject({
			kind: 'unreadable',
			error: expect.stringMatching(/newer version/)
		});
		expect(readSaved('{ cut off')).toMatchObject({ kind: 'unreadable', error: /not JSON/ });
		expect(readSaved('x'.repeat(FORMAT_LIMITS.fileChars + 1))).toMatchObject({
			kind: 'unreadable',
			error: expect.stringMatching(/too large/)
		});
	});

	it('an undo step that does not read is left out with those before it, never the present', () => {
		const text = toFileJson({ scenario: defaultScenario() }, 0, {
			undo: { a: { past: [{ nope: 1 }, defaultScenario()], future: [defaultScenario(), 7] } }
		});
		const loaded = readSaved(text);
		expect(loaded.kind === 'ok' && loaded.saved.undo.a).toEqual({
			past: [defaultScenario()],
			future: [defaultScenario()]
		});
	});
});
