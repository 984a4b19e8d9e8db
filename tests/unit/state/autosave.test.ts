/**
 * The autosave's rules, over a Map-backed storage: nothing written until an edit, earlier work
 * kept aside before it is replaced, an unreadable autosave never written over, another tab's
 * save never overwritten without a choice, an embed never writing, storage errors said and taken
 * back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/model';
import { encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import { openFrom } from '$lib/state/open';
import { Autosave } from '$lib/state/autosave.svelte';
import { codecNow, loadCodec } from '$lib/state/codecLoader';
import {
	KEYS,
	readSaved,
	SavedWriter,
	type Loaded,
	type StorageLike
} from '$lib/state/persistence';
import { Shelf, SHELF_INDEX, SHELF_MAX } from '$lib/state/shelf';
import { Store } from '$lib/state/persistence';
import type { Message, ViewState } from '$lib/state/view.svelte';

class MapStorage implements StorageLike {
	map = new Map<string, string>();
	full = false;
	getItem = (k: string) => this.map.get(k) ?? null;
	setItem = (k: string, v: string) => {
		if (this.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		this.map.set(k, v);
	};
	removeItem = (k: string) => void this.map.delete(k);
}

const named = (name: string): SharedState => ({ scenario: { ...defaultScenario(), name } });
const savedText = (s: SharedState) => {
	const w = new SavedWriter().write(s);
	if (!w.ok) throw new Error(w.error);
	return w.text;
};

function setUp(storage = new MapStorage(), link: string | null = null, embedded = false) {
	const view = { message: null as Message | null, announce: () => {} } as unknown as ViewState;
	const applied: SharedState[] = [];
	const autosave = new Autosave({ storage, view, apply: (s) => applied.push(s) });
	const opened = openFrom(link, autosave.read());
	autosave.begin(opened, embedded);
	return { storage, view, autosave, opened, applied };
}
/** The Earlier work copies as stored: newest first, each with its scenario's name (or null). */
const shelved = (storage: StorageLike) =>
	new Shelf(new Store(storage)).list().map((e) => ({
		why: e.why,
		name: nameIn(storage.getItem(e.key) ?? undefined),
		text: storage.getItem(e.key)
	}));
const nameIn = (text: string | undefined) => {
	const loaded = readSaved(text ?? '');
	return loaded.kind === 'ok' ? loaded.saved.state.scenario.name : null;
};

describe('Autosave before the codec', () => {
	it('knows whether an autosave exists without the codec, which the page then loads to read it', async () => {
		expect(codecNow()).toBeNull();
		const storage = new Map<string, string>();
		const store = {
			getItem: (k: string) => storage.get(k) ?? null,
			setItem: (k: string, v: string) => void storage.set(k, v),
			removeItem: (k: string) => void storage.delete(k)
		};
		const view = { message: null, announce: () => {} } as unknown as ViewState;
		const autosave = new Autosave({ storage: store, view, apply: () => {} });
		expect(autosave.saved).toBe(false);
		expect(autosave.read()).toEqual({ kind: 'none' });
		storage.set(KEYS.autosave, '{"not":"a scenario file"}');
		expect(autosave.saved).toBe(true);
		const codec = await loadCodec();
		expect(codecNow()).toBe(codec);
		expect(autosave.read().kind).toBe('unreadable');
	});
});

describe('Autosave', () => {
	beforeAll(async () => {
		await loadCodec();
	});
	it('opening a link writes nothing; the first edit keeps the earlier work aside, restorable', () => {
		const storage = new MapStorage();
		storage.map.set(KEYS.autosave, savedText(named('my work')));
		const { autosave, opened, view, applied } = setUp(storage, encodeLink(named('from a link')));
		expect(opened.earlier?.scenario.name).toBe('my work');
		expect(opened.message?.text).toMatch(/earlier scenario “my work” was kept/);
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('my work');

		autosave.save(named('from a link, edited'), {});
		expect(shelved(storage).map((e) => e.name)).toEqual(['my work']);
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('from a link, edited');
		expect(autosave.shelf.map((e) => e.name)).toEqual(['my work']);
		expect(view.message).toBeNull();

		autosave.restoreEarlier();
		expect(applied.map((s) => s.scenario.name)).toEqual(['my work']);
	});

	it('an autosave that cannot be read is kept as it was and set aside before any write', () => {
		const storage = new MapStorage();
		const newer = '{"format":"overhead-sandbox-scenario","version":42,"scenario":{}}';
		storage.map.set(KEYS.autosave, newer);
		const { autosave, opened } = setUp(storage);
		expect(opened.message?.text).toMatch(/could not be read: .*newer version/);
		expect(opened.message?.actions).toEqual(['download-unreadable', 'discard-unreadable']);
		autosave.save(named('new work'), {});
		expect(shelved(storage).map((e) => [e.why, e.text])).toEqual([['unreadable', newer]]);
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('new work');
	});

	it('when the unreadable autosave cannot be set aside, nothing is written over it', () => {
		const storage = new MapStorage();
		storage.map.set(KEYS.autosave, '{ not json');
		const { autosave, view } = setUp(storage);
		storage.full = true;
		autosave.save(named('new work'), {});
		expect(storage.map.get(KEYS.autosave)).toBe('{ not json');
		expect(view.message?.text).toMatch(/kept as it was.*Download it/);
		expect(view.message?.actions?.map((a) => a.label)).toEqual(['Download it', 'Discard it']);
		// Discarding it (after a download) lets saving start again.
		storage.full = false;
		autosave.discardUnreadable();
		autosave.save(named('new work'), {});
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('new work');
	});

	it('another tab’s different save stops this tab’s saves until the person chooses', () => {
		const { autosave, storage, view, applied } = setUp();
		autosave.save(named('tab one'), {});
		const other = savedText(named('tab two'));
		storage.map.set(KEYS.autosave, other);
		autosave.otherTabSaved(KEYS.autosave, other, named('tab one'));
		expect(autosave.conflict).toBe(true);
		expect(view.message?.text).toMatch(/Another tab saved different work, “tab two”/);

		// This tab's edits go to the kept copy, never over the other tab's save.
		autosave.save(named('tab one, edited'), {});
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('tab two');
		expect(shelved(storage).map((e) => e.name)).toEqual(['tab one, edited']);
		// More edits rewrite that one copy, not ten.
		autosave.save(named('tab one, edited twice'), {});
		expect(shelved(storage).map((e) => e.name)).toEqual(['tab one, edited twice']);

		view.message!.actions![0]!.run();
		expect(applied.map((s) => s.scenario.name)).toEqual(['tab two']);
		expect(autosave.conflict).toBe(false);
	});

	it('“Keep this tab’s work” saves again; the same work from another tab needs no choice', () => {
		const { autosave, storage, view } = setUp();
		autosave.save(named('mine'), {});
		const same = savedText(named('mine'));
		autosave.otherTabSaved(KEYS.autosave, same, named('mine'));
		expect(autosave.conflict).toBe(false);
		const other = savedText(named('theirs'));
		autosave.otherTabSaved(KEYS.autosave, other, named('mine'));
		view.message!.actions![1]!.run();
		autosave.save(named('mine again'), {});
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('mine again');
	});

	it('an embedded page never writes', () => {
		const { autosave, storage } = setUp(new MapStorage(), encodeLink(named('embedded')), true);
		autosave.save(named('embedded, edited'), {});
		expect(storage.map.size).toBe(0);
	});

	it('“storage is full” is said once, and taken back when saving works again', () => {
		const { autosave, storage, view } = setUp();
		storage.full = true;
		autosave.save(named('a'), {});
		expect(view.message?.text).toMatch(/storage is full.*Export JSON/);
		storage.full = false;
		autosave.save(named('b'), {});
		expect(view.message).toBeNull();
	});
});

describe('openFrom(link, autosave)', () => {
	beforeAll(async () => {
		await loadCodec();
	});
	const saved: Loaded = {
		kind: 'ok',
		text: '',
		saved: { state: named('saved work'), undo: {}, repairs: [] }
	};
	it('a good link opens with no message when it holds the autosaved work', () => {
		const o = openFrom(encodeLink(named('saved work')), saved);
		expect(o.state?.scenario.name).toBe('saved work');
		expect(o.message).toBeNull();
		expect(o.continuesAutosave).toBe(true);
	});
	it('a refused link stays in the address bar and the autosave shows, with what to do', () => {
		const o = openFrom('v1.broken', saved);
		expect(o.state?.scenario.name).toBe('saved work');
		expect(o.keepAddress).toBe(true);
		expect(o.message?.text).toMatch(
			/could not be opened: .*still in the address bar.*Export JSON.*Showing your autosaved work, “saved work”/
		);
	});
	it('a refused link with no autosave shows the starting scenario', () => {
		const o = openFrom('nonsense', { kind: 'none' });
		expect(o.state).toBeNull();
		expect(o.message?.text).toMatch(/Showing the starting scenario/);
	});
	it('a link pasted from a sentence, with “).” after it, opens', () => {
		const o = openFrom(`${encodeLink(named('quoted'))}).`, { kind: 'none' });
		expect(o.state?.scenario.name).toBe('quoted');
	});

	it('two links in a row: the work before each is kept, none dropped', async () => {
		const storage = new MapStorage();
		storage.map.set(KEYS.autosave, savedText(named('my work')));
		const first = setUp(storage, encodeLink(named('link one')));
		first.autosave.save(named('link one, edited'), {});
		const second = setUp(storage, encodeLink(named('link two')));
		second.autosave.save(named('link two, edited'), {});
		expect(
			shelved(storage)
				.map((e) => e.name)
				.sort()
		).toEqual(['link one, edited', 'my work']);
		expect(second.autosave.shelf).toHaveLength(2);
		// Each restores as an undoable step.
		const key = second.autosave.shelf.find((e) => e.name === 'my work')!.key;
		await second.autosave.restoreEntry(key);
		expect(second.applied.map((s) => s.scenario.name)).toEqual(['my work']);
	});

	it('two unreadable autosaves in turn are both set aside and stay listed after reloads', () => {
		const storage = new MapStorage();
		const newer = (n: number) =>
			`{"format":"overhead-sandbox-scenario","version":${40 + n},"scenario":{}}`;
		storage.map.set(KEYS.autosave, newer(1));
		setUp(storage).autosave.save(named('after one'), {});
		storage.map.set(KEYS.autosave, newer(2));
		setUp(storage).autosave.save(named('after two'), {});
		const reloaded = setUp(storage);
		expect(reloaded.autosave.shelf.map((e) => e.why)).toEqual(['unreadable', 'unreadable']);
		expect(
			shelved(storage)
				.map((e) => e.text)
				.sort()
		).toEqual([newer(1), newer(2)]);
	});

	it('an older tab does not write over what a newer version’s tab saved', () => {
		const { autosave, storage, view } = setUp();
		autosave.save(named('old tab'), {});
		const newer = '{"format":"overhead-sandbox-scenario","version":99,"scenario":{}}';
		storage.map.set(KEYS.autosave, newer);
		autosave.otherTabSaved(KEYS.autosave, newer, named('old tab'));
		expect(view.message?.text).toMatch(/cannot read/);
		autosave.save(named('old tab, edited'), {});
		expect(shelved(storage).map((e) => e.text)).toContain(newer);
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('old tab, edited');
	});

	it(`a full Earlier work (${SHELF_MAX}) refuses a copy with a message and writes nothing over`, () => {
		const storage = new MapStorage();
		for (let i = 0; i < SHELF_MAX; i++) {
			storage.map.set(KEYS.autosave, savedText(named(`work ${i}`)));
			setUp(storage, encodeLink(named(`link ${i}`))).autosave.save(named(`link ${i} edited`), {});
		}
		expect(shelved(storage)).toHaveLength(SHELF_MAX);
		storage.map.set(KEYS.autosave, savedText(named('one more')));
		const { autosave, view } = setUp(storage, encodeLink(named('link x')));
		autosave.save(named('link x edited'), {});
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('one more');
		expect(view.message?.text).toMatch(/Earlier work already holds 10/);
		// Deleting one (the person's choice) makes room: the next save keeps and writes.
		autosave.deleteEntry(autosave.shelf.at(-1)!.key);
		autosave.save(named('link x edited'), {});
		expect(nameIn(storage.map.get(KEYS.autosave))).toBe('link x edited');
		expect(shelved(storage).map((e) => e.name)).toContain('one more');
	});

	it('copies kept by the older single slots are listed until deleted', () => {
		const storage = new MapStorage();
		storage.map.set(KEYS.kept, savedText(named('old slot')));
		storage.map.set(KEYS.unreadable, '{ old unreadable');
		const { autosave } = setUp(storage);
		expect(autosave.shelf.map((e) => e.why).sort()).toEqual(['replaced', 'unreadable']);
		autosave.deleteEntry(autosave.shelf.find((e) => e.why === 'unreadable')!.key);
		expect(storage.map.has(KEYS.unreadable)).toBe(false);
	});

	it('with no storage at all, the page says work is not saved, and saving does not throw', () => {
		const view = { message: null as Message | null, announce: () => {} } as unknown as ViewState;
		const autosave = new Autosave({ storage: null, view, apply: () => {} });
		autosave.begin(openFrom(null, autosave.read()), false);
		expect(view.message?.text).toMatch(/not being saved/);
		expect(() => autosave.save(named('x'), {})).not.toThrow();
		expect(view.message?.text).toMatch(/does not allow saving/);
	});

	it('an embed over an unreadable autosave neither offers nor performs a discard', () => {
		const storage = new MapStorage();
		storage.map.set(KEYS.autosave, '{ not json');
		const { autosave } = setUp(storage, null, true);
		autosave.discardUnreadable();
		autosave.save(named('embedded'), {});
		autosave.deleteEntry('overhead-sandbox:earlier:x');
		expect([...storage.map.keys()]).toEqual([KEYS.autosave]);
		expect(storage.map.get(SHELF_INDEX)).toBeUndefined();
	});
});
