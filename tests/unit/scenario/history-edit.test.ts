import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/model';
import {
	addInstance,
	nextGroupId,
	removeGroup,
	setCount,
	setHost,
	updateGroup
} from '$lib/scenario/edit';
import { createHistory, MAX_HISTORY, record, redo, undo } from '$lib/state/history';

describe('history', () => {
	it('record, undo, redo walk back and forth', () => {
		let h = createHistory(1);
		h = record(h, 2);
		h = record(h, 3);
		expect(undo(h).present).toBe(2);
		expect(undo(undo(h)).present).toBe(1);
		expect(redo(undo(undo(h))).present).toBe(2);
		expect(undo(createHistory(1)).present).toBe(1);
	});
	it('edits with the same merge key in a row are one undo step (a slider drag)', () => {
		let h = record(createHistory(0), 1);
		for (let v = 2; v <= 50; v++) h = record(h, v, 'memory');
		expect(h.present).toBe(50);
		expect(undo(h).present).toBe(1);
	});
	it('a new edit clears the redo stack', () => {
		const h = record(undo(record(createHistory(0), 1)), 2);
		expect(h.future).toEqual([]);
	});
	it(`keeps at most ${MAX_HISTORY} steps`, () => {
		let h = createHistory(0);
		for (let v = 1; v <= MAX_HISTORY + 50; v++) h = record(h, v);
		expect(h.past).toHaveLength(MAX_HISTORY);
	});
});

describe('scenario edits never change their input', () => {
	const s = defaultScenario();
	const before = JSON.stringify(s);
	it('addInstance joins a plain group of the same template, else starts a new one', () => {
		const joined = addInstance(s, { kind: 'vm', workload: 'nginx' });
		expect(joined.groupId).toBe('g1');
		expect(joined.scenario.groups[0]!.count).toBe(5);
		const fresh = addInstance(s, { kind: 'vm', workload: 'redis' });
		expect(fresh.groupId).toBe('g4');
		expect(fresh.scenario.groups).toHaveLength(4);
		expect(JSON.stringify(s)).toBe(before);
	});
	it('addInstance does not join a group with its own CPU demand or isolation: it starts a new one', () => {
		for (const patch of [{ demandCores: 2 }, { isolation: 'hyperv' as const }]) {
			const tuned = updateGroup(s, 'g3', patch);
			const added = addInstance(tuned, { kind: 'container', workload: 'nginx' });
			expect(added.groupId).toBe('g4');
			expect(added.scenario.groups[2]!.count).toBe(4);
		}
	});
	it('setCount clamps to 0 … 10^9 and floors', () => {
		expect(setCount(s, 'g1', -3).groups[0]!.count).toBe(0);
		expect(setCount(s, 'g1', 2.7).groups[0]!.count).toBe(2);
		expect(setCount(s, 'g1', 1e12).groups[0]!.count).toBe(1e9);
	});
	it('updateGroup with undefined removes the setting (back to the default)', () => {
		const tuned = updateGroup(s, 'g1', { vcpus: 4 });
		expect(tuned.groups[0]!.vcpus).toBe(4);
		expect('vcpus' in updateGroup(tuned, 'g1', { vcpus: undefined }).groups[0]!).toBe(false);
	});
	it('removeGroup, setHost and nextGroupId', () => {
		expect(removeGroup(s, 'g2').groups.map((g) => g.id)).toEqual(['g1', 'g3']);
		expect(setHost(s, { cpuCores: 8 }).host.cpuCores).toBe(8);
		expect(
			nextGroupId([
				{ id: 'g9', kind: 'vm', workload: 'hello', count: 1 },
				{ id: 'custom', kind: 'vm', workload: 'hello', count: 1 }
			])
		).toBe('g10');
		expect(JSON.stringify(s)).toBe(before);
	});
});
