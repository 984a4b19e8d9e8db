import type { SharedState } from '$lib/scenario/shared';
import { codec, codecNow, loadCodec } from './codecLoader';
import type { Opened } from './open';
import type { Loaded, SavedWriter, UndoHistory } from './persistence';
import { sameWork } from './sameWork';
import { Shelf, SHELF_INDEX, type ShelfEntry } from './shelf';
import { KEYS, keptMark, Store, type KeptWhy, type StorageLike } from './store';
import type { Message, ViewState } from './view.svelte';

/**
 * The one owner of the browser's copy of a person's work (see persistence.ts for the format):
 * when the autosave is written and when it is not, what is kept aside first (in "Earlier work",
 * shelf.ts), another tab's saves, and the messages about all of it. Nothing is written until the
 * person edits; an embed never writes (nor deletes); an autosave that could not be read is never
 * written over; another tab's save is never overwritten without the person's say.
 */
export class Autosave {
	/** The copies in "Earlier work", newest first. */
	shelf = $state.raw<ShelfEntry[]>([]);
	/** False where the browser gives no storage at all: the page says work is not being saved. */
	readonly storageAvailable: boolean;
	/** Another tab saved different work: this tab's saves wait for the person's choice. */
	conflict = $state(false);

	#store: Store;
	#shelf: Shelf;
	/** This page's own copy in Earlier work while another tab holds the autosave (one, rewritten). */
	#otherTabKey: string | undefined;
	/** The copy this page set aside when it replaced the autosaved work (Restore brings it back). */
	#earlierKey: string | null = null;
	/** Made with the codec, on the first save. */
	#writerMade: SavedWriter | null = null;
	#view: ViewState;
	/** Opens a state as an undoable step (Restore, another tab's work). */
	#apply: (state: SharedState, how: string) => void;
	#enabled = true;
	/** The autosave holds this page's own work (or nothing): writing replaces it with nothing lost. */
	#ours = false;
	/** Work the autosave held that this page replaced on screen; kept aside before the first write. */
	#earlier: SharedState | null = null;
	/** An autosave that could not be read, as it was, and why. */
	#unreadable: string | null = null;
	#unreadableError: string | null = null;
	/** The text this tab last wrote, to tell its own saves from another tab's. */
	#written: string | null = null;

	constructor(opts: {
		storage: StorageLike | null;
		view: ViewState;
		apply: (state: SharedState, how: string) => void;
	}) {
		this.#store = new Store(opts.storage);
		this.#shelf = new Shelf(this.#store);
		this.storageAvailable = this.#store.available;
		this.#view = opts.view;
		this.#apply = opts.apply;
		this.refreshShelf();
	}

	/** Read the Earlier work list again (after a change here, or another tab's). */
	refreshShelf(): void {
		this.shelf = this.#shelf.list();
	}

	/** The storage key of the Earlier work index (another tab's change to it refreshes the list). */
	static readonly SHELF_KEY = SHELF_INDEX;

	/** Whether the browser holds an autosave (read without the codec: the page loads it only then). */
	get saved(): boolean {
		return this.#store.get(KEYS.autosave) !== null;
	}

	/** The autosave as stored now (the codec has loaded wherever there is one). */
	read(): Loaded {
		const text = this.#store.get(KEYS.autosave);
		return text === null ? { kind: 'none' } : codec().readSaved(text);
	}

	get #writer(): SavedWriter {
		this.#writerMade ??= new (codec().SavedWriter)();
		return this.#writerMade;
	}

	/** Start from what the page opened. An embedded page reads but never writes. */
	begin(opened: Opened, embedded: boolean): void {
		this.#enabled = !embedded;
		if (!embedded && !this.#store.available)
			this.#view.message = {
				level: 'error',
				topic: 'storage',
				text: 'This browser does not allow saving (private mode or blocked storage), so your work is not being saved in it. The address bar keeps the link to your work current: bookmark or copy it, or use Export JSON.',
				details: []
			};
		this.#ours = opened.continuesAutosave;
		this.#earlier = opened.earlier;
		this.#unreadable = opened.unreadable?.text ?? null;
		this.#unreadableError = opened.unreadable?.error ?? null;
		if (this.#ours) this.#written = this.#store.get(KEYS.autosave);
	}

	/** The message actions for what `begin` found. */
	restoreEarlier = (): void => {
		const earlier = this.#earlier ?? (this.#earlierKey ? this.#entryState(this.#earlierKey) : null);
		if (!earlier) return;
		this.#apply(earlier, `Restored your earlier scenario “${earlier.scenario.name}”.`);
	};

	downloadUnreadable = async (): Promise<void> => {
		const text = this.#unreadable ?? this.#store.get(KEYS.autosave);
		if (text === null) return;
		const { download } = await import('./download');
		download('overhead-sandbox-unreadable-autosave.json', text);
	};

	/**
	 * Give up the unreadable autosave (after downloading it, or if it does not matter). Never in
	 * an embed: it changes nothing in storage.
	 */
	discardUnreadable = (): void => {
		if (!this.#enabled) return;
		this.#unreadable = null;
		this.#ours = true;
		this.#say(null, 'autosave');
	};

	/** Earlier work: open a copy as an undoable step. */
	restoreEntry = async (key: string): Promise<void> => {
		await loadCodec();
		const state = this.#entryState(key);
		if (state) this.#apply(state, `Restored “${state.scenario.name}” from Earlier work.`);
	};

	/** Earlier work: download a copy as it is stored (a scenario file, or the unreadable text). */
	downloadEntry = async (key: string): Promise<void> => {
		const entry = this.shelf.find((e) => e.key === key);
		const text = this.#shelf.text(key);
		if (!entry || text === null) return;
		const { download, fileNameFor } = await import('./download');
		download(
			entry.why === 'unreadable'
				? 'overhead-sandbox-unreadable-autosave.json'
				: fileNameFor(entry.name, 'json'),
			text
		);
	};

	/** Earlier work: delete a copy (the person's choice; never in an embed). */
	deleteEntry = (key: string): void => {
		if (!this.#enabled) return;
		this.#shelf.remove(key);
		if (key === this.#earlierKey) this.#earlierKey = null;
		this.refreshShelf();
		// A save that waited for room may go ahead now.
		if (this.#view.message?.topic === 'shelf') this.#view.message = null;
	};

	#entryState(key: string): SharedState | null {
		const text = this.#shelf.text(key);
		const loaded = text === null ? null : codec().readSaved(text);
		return loaded?.kind === 'ok' ? loaded.saved.state : null;
	}

	/**
	 * Save the page's state after an edit, with its undo history. Returns quietly when nothing may
	 * be written: in an embed, while another tab's save waits for a choice (this tab's work then
	 * goes to the kept copy, so closing the tab loses nothing). Returns the state's file text when
	 * it was made (the link worker reads it instead of a copy of the state), else null.
	 */
	save(state: SharedState, undo: UndoHistory): string | null {
		if (!this.#enabled) return null;
		if (this.conflict) {
			this.#keep(state, 'other-tab');
			return null;
		}
		if (this.#unreadable !== null && !this.#setAsideUnreadable()) return null;
		if (!this.#ours && !this.#keepEarlier()) return null;
		const written = this.#writer.write(state, undo);
		if (!written.ok) {
			this.#say(written.error, 'storage');
			return null;
		}
		const error = this.#store.set(KEYS.autosave, written.text);
		if (error) this.#say(error, 'storage');
		else {
			this.#ours = true;
			this.#written = written.text;
			this.#say(null, 'storage');
		}
		return written.state;
	}

	/** The state's file text (compact, no undo), made with the same cache the saves use. */
	stateText(state: SharedState): string {
		return this.#writer.fileText(state);
	}

	/** A save by another tab (the `storage` event). Identical work needs no choice. */
	otherTabSaved(key: string | null, text: string | null, mine: SharedState): void {
		if (key === SHELF_INDEX) return this.refreshShelf();
		if (!this.#enabled || key !== KEYS.autosave || text === null || text === this.#written) return;
		const loaded = codecNow()?.readSaved(text);
		// Read once the codec has loaded (this page may not have needed it yet).
		if (!loaded) return void loadCodec().then(() => this.otherTabSaved(key, text, mine));
		if (loaded.kind === 'unreadable') {
			// A newer version's tab saved what this one cannot read: set it aside before any write.
			this.#unreadable = text;
			this.#unreadableError = loaded.error;
			this.#view.message = {
				level: 'error',
				topic: 'autosave',
				text: `Another tab saved work this version cannot read (${loaded.error}). This tab does not write over it: it is set aside in Earlier work before this tab saves again.`,
				details: []
			};
			return;
		}
		if (loaded.kind !== 'ok' || sameWork(loaded.saved.state, mine)) {
			this.#written = text;
			return;
		}
		this.conflict = true;
		const other = loaded.saved.state;
		this.#view.message = {
			level: 'info',
			topic: 'other-tab',
			text: `Another tab saved different work, “${other.scenario.name}”. This tab does not save over it until you choose; meanwhile its changes are kept aside.`,
			details: [],
			actions: [
				{
					label: 'Open the other tab’s work',
					run: () => {
						this.conflict = false;
						this.#otherTabKey = undefined;
						this.#written = text;
						this.#apply(other, `Opened the other tab’s “${other.scenario.name}”.`);
					}
				},
				{
					label: 'Keep this tab’s work',
					run: () => {
						this.conflict = false;
						this.#otherTabKey = undefined;
						this.#ours = true;
						this.#say(null, 'other-tab');
						this.#view.announce('This tab’s work is saved again.');
						this.onkeep?.();
					}
				}
			]
		};
	}

	/** Called after "Keep this tab's work", to save at once. */
	onkeep: (() => void) | null = null;

	/**
	 * Put `state` in Earlier work. A tab's changes while another tab holds the autosave rewrite
	 * one copy; work replaced on screen gets a copy of its own.
	 */
	#keep(state: SharedState, why: KeptWhy): boolean {
		const written = this.#writer.write(state, {}, keptMark(why));
		const shelved = written.ok
			? this.#shelf.add(
					written.text,
					{ name: state.scenario.name || 'untitled', why },
					why === 'other-tab' ? this.#otherTabKey : undefined
				)
			: written;
		if (!shelved.ok) {
			this.#say(
				`${shelved.error} Your earlier work could not be kept aside, so it is not saved over.`,
				'shelf'
			);
			return false;
		}
		if (why === 'other-tab') this.#otherTabKey = shelved.entry.key;
		else this.#earlierKey = shelved.entry.key;
		this.refreshShelf();
		return true;
	}

	/** Before the first save over work this page did not open: keep that work aside. */
	#keepEarlier(): boolean {
		const text = this.#store.get(KEYS.autosave);
		const loaded = text === null ? null : codec().readSaved(text);
		if (loaded?.kind === 'unreadable') {
			// Saved meanwhile by a version this one cannot read: set that aside as it is.
			this.#unreadable = text;
			this.#unreadableError = loaded.error;
			return this.#setAsideUnreadable();
		}
		const earlier = loaded?.kind === 'ok' ? loaded.saved.state : this.#earlier;
		if (earlier && !this.#keep(earlier, 'replaced')) return false;
		this.#ours = true;
		return true;
	}

	/** Copy an unreadable autosave to Earlier work before anything is written over it. */
	#setAsideUnreadable(): boolean {
		const shelved = this.#shelf.add(this.#unreadable!, {
			name: 'An autosave that could not be read',
			why: 'unreadable',
			error: this.#unreadableError ?? undefined
		});
		if (!shelved.ok) {
			this.#say(
				`Your autosaved work that could not be read is kept as it was, so this work is not being saved automatically (${shelved.error}) Download it to start saving again, or use Export JSON.`,
				'autosave'
			);
			return false;
		}
		this.#unreadable = null;
		this.#ours = true;
		this.refreshShelf();
		this.#say(null, 'autosave');
		return true;
	}

	/** Show a message about saving, or take back an earlier one on the same topic. */
	#say(text: string | null, topic: string): void {
		const current = this.#view.message;
		if (text === null) {
			if (current?.topic === topic) this.#view.message = null;
			return;
		}
		if (current?.topic === topic && current.text.startsWith(text)) return;
		const message: Message = {
			level: 'error',
			text: topic === 'storage' ? `${text} Use Export JSON or Copy link to keep your work.` : text,
			details: [],
			topic
		};
		if (topic === 'autosave')
			message.actions = [
				{ label: 'Download it', run: () => void this.downloadUnreadable() },
				{ label: 'Discard it', run: this.discardUnreadable }
			];
		if (topic === 'shelf') message.text = text;
		this.#view.message = message;
	}
}
