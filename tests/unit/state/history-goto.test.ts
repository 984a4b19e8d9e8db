/** Back and Forward move within the undo history: Undo after Back still works, no step is lost. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '$lib/model';
import { readBackScenario } from '$lib/scenario/shared';
import { createHistory, moveTo, record } from '$lib/state/history';
import { Sandbox } from '$lib/state/sandbox.svelte';

const named = (name: string): Scenario => ({ ...defaultScenario(), name });

describe('moveTo', () => {
	it('makes any step the present and keeps every other step in order', () => {
		let h = createHistory('a');
		for (const s of ['b', 'c', 'd']) h = record(h, s);
		const back = moveTo(h, 1);
		expect([back.past, back.present, back.future]).toEqual([['a'], 'b', ['c', 'd']]);
		const forward = moveTo(back, 3);
		expect([forward.past, forward.present, forward.future]).toEqual([['a', 'b', 'c'], 'd', []]);
		expect(moveTo(h, 9)).toBe(h);
	});
});

describe('Sandbox.goTo', () => {
	it('Back to an earlier state keeps undo and redo; a state not in the history is one new step', () => {
		const sandbox = new Sandbox(named('start'));
		sandbox.apply(named('imported'));
		sandbox.apply(named('edited'));
		// Back: the entry holds "start" (a copy, as decoded from its link).
		sandbox.goTo(structuredClone(named('start')), readBackScenario);
		expect(sandbox.scenario.name).toBe('start');
		expect(sandbox.canUndo).toBe(false);
		expect(sandbox.canRedo).toBe(true);
		// Forward.
		sandbox.goTo(named('edited'), readBackScenario);
		expect(sandbox.scenario.name).toBe('edited');
		sandbox.undo();
		expect(sandbox.scenario.name).toBe('imported');
		// Elsewhere: applied as a step, undo brings back what was on screen.
		sandbox.goTo(named('from another entry'), readBackScenario);
		sandbox.undo();
		expect(sandbox.scenario.name).toBe('imported');
	});
});
