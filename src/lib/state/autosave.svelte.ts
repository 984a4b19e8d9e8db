import type { SharedState } from '$lib/scenario/shared';
import { sameWork, type Opened } from './open';
import {
	KEYS,
	keptMark,
	readSaved,
	SavedWriter,
	Store,
	type KeptWhy,
	type StorageLike,
	type UndoHistory
} from './persistence';
import type { Message, ViewState } from './view.svelte';

/**
 * The one owner of the browser's copy of a person's work (see persistence.ts for the format):
 * when the autosave is written and when it is not, what is kept aside first, another tab's saves,
 * and the messages about all of it. Nothing is written until the person edits; an embed never
 * writes; an autosave that could not be read is never written over; another tab's save is never
 * overwritten without the person's say.
 */
export class Autosave {
	/** The name of work kept aside (replaced by a link, or saved while another tab held the autosave). */
	keptName = $state<string | null>(null);
	/** Another tab saved different work: this tab's saves wait for the person's choice. */
	conflict = $state(false);

	#store: Store;
	#writer = new SavedWriter();
	#view: ViewState;
	/** Opens a state as an undoable step (Restore, another tab's work). */
	#apply: (state: SharedState, how: string) => void;
	#enabled = true;
	/** The autosave holds this page's own work (or nothing): writing replaces it with nothing lost. */
	#ours = false;
	/** Work the autosave held that this page replaced on screen; kept aside before the first write. */
	#earlier: SharedState | null = null;
	/** An autosave that could not be read, as it was. */
	#unreadable: string | null = null;
	/** The text this tab last wrote, to tell its own saves from another tab's. */
	#written: string | null = null;

	constructor(opts: {
		storage: StorageLike | null;
		view: ViewState;
		apply: (state: SharedState, how: string) => void;
	}) {
		this.#store = new Store(opts.storage);
		this.#view = opts.view;
		this.#apply = opts.apply;
		this.keptName = this.#keptState()?.scenario.name ?? null;
	}

	/** The autosave as stored now. */
	read() {
		const text = this.#store.get(KEYS.autosave);
		return text === null ? ({ kind: 'none' } as const) : readSaved(text);
	}

	/** Start from what the page opened. An embedded page reads but never writes. */
	begin(opened: Opened, embedded: boolean): void {
		this.#enabled = !embedded;
		this.#ours = opened.continuesAutosave;
		this.#earlier = opened.earlier;
		this.#unreadable = opened.unreadable?.text ?? null;
		if (this.#ours) this.#written = this.#store.get(KEYS.autosave);
	}

	/** The message actions for what `begin` found. */
	restoreEarlier = (): void => {
		const earlier = this.#earlier ?? this.#keptState();
		if (!earlier) return;
		this.#apply(earlier, `Restored your earlier scenario “${earlier.scenario.name}”.`);
	};

	downloadUnreadable = async (): Promise<void> => {
		const text = this.#unreadable ?? this.#store.get(KEYS.unreadable);
		if (text === null) return;
		const { download } = await import('./download');
		download('overhead-sandbox-unreadable-autosave.json', text);
	};

	/** Give up the unreadable autosave (after downloading it, or if it does not matter). */
	discardUnreadable = (): void => {
		this.#unreadable = null;
		this.#store.remove(KEYS.unreadable);
		this.#ours = true;
		this.#say(null, 'autosave');
	};

	/**
	 * Save the page's state after an edit, with its undo history. Returns quietly when nothing may
	 * be written: in an embed, while another tab's save waits for a choice (this tab's work then
	 * goes to the kept copy, so closing the tab loses nothing).
	 */
	save(state: SharedState, undo: UndoHistory): void {
		if (!this.#enabled) return;
		if (this.conflict) {
			this.#keep(state, 'other-tab');
			return;
		}
		if (this.#unreadable !== null && !this.#setAsideUnreadable()) return;
		if (!this.#ours && !this.#keepEarlier()) return;
		const written = this.#writer.write(state, undo);
		if (!written.ok) return this.#say(written.error, 'storage');
		const error = this.#store.set(KEYS.autosave, written.text);
		if (error) return this.#say(error, 'storage');
		this.#ours = true;
		this.#written = written.text;
		this.#say(null, 'storage');
	}

	/** A save by another tab (the `storage` event). Identical work needs no choice. */
	otherTabSaved(key: string | null, text: string | null, mine: SharedState): void {
		if (!this.#enabled || key !== KEYS.autosave || text === null || text === this.#written) return;
		const loaded = readSaved(text);
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
						this.#written = text;
						this.#apply(other, `Opened the other tab’s “${other.scenario.name}”.`);
					}
				},
				{
					label: 'Keep this tab’s work',
					run: () => {
						this.conflict = false;
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

	#keptState(): SharedState | null {
		const text = this.#store.get(KEYS.kept);
		if (text === null) return null;
		const loaded = readSaved(text);
		return loaded.kind === 'ok' ? loaded.saved.state : null;
	}

	/** Put `state` in the kept copy. */
	#keep(state: SharedState, why: KeptWhy): boolean {
		const written = this.#writer.write(state, {}, keptMark(why));
		const error = written.ok ? this.#store.set(KEYS.kept, written.text) : written.error;
		if (error) {
			this.#say(
				`${error} Your earlier work could not be kept aside, so it is not saved over.`,
				'storage'
			);
			return false;
		}
		this.keptName = state.scenario.name;
		return true;
	}

	/** Before the first save over work this page did not open: keep that work aside. */
	#keepEarlier(): boolean {
		const text = this.#store.get(KEYS.autosave);
		const loaded = text === null ? null : readSaved(text);
		const earlier = loaded?.kind === 'ok' ? loaded.saved.state : this.#earlier;
		if (earlier && !this.#keep(earlier, 'replaced')) return false;
		this.#ours = true;
		return true;
	}

	/** Copy an unreadable autosave to its own place before anything is written over it. */
	#setAsideUnreadable(): boolean {
		const error = this.#store.set(KEYS.unreadable, this.#unreadable!);
		if (error) {
			this.#say(
				'Your autosaved work that could not be read is kept as it was, so this work is not being saved automatically: Download it (or discard it) to start saving again, or use Export JSON.',
				'autosave'
			);
			return false;
		}
		this.#unreadable = null;
		this.#ours = true;
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
		this.#view.message = message;
	}
}
