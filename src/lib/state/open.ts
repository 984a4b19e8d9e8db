import { decodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import type { Loaded, UndoHistory } from './persistence';
import { sameWork } from './sameWork';

export { canonical, sameWork } from './sameWork';

/** What a message about opening offers to do. */
export type OpenAction = 'restore-earlier' | 'download-unreadable' | 'discard-unreadable';

export interface OpenMessage {
	level: 'info' | 'error';
	text: string;
	details: string[];
	actions: OpenAction[];
}

export interface Opened {
	/** What to show; null means the starting scenario. */
	state: SharedState | null;
	/** The undo history to give back (only when the page continues the autosave). */
	undo: UndoHistory;
	/** The page shows the autosaved work itself: saving carries it on, with nothing to keep aside. */
	continuesAutosave: boolean;
	/** The link was refused: leave it in the address bar until the person edits. */
	keepAddress: boolean;
	/** Work the autosave held that something else (a link) replaced on screen: it can be restored. */
	earlier: SharedState | null;
	/** An autosave that could not be read: kept as it was, never written over. */
	unreadable: { error: string; text: string } | null;
	message: OpenMessage | null;
}

const quoted = (s: SharedState) => `“${s.scenario.name || 'untitled'}”`;

/** The message for an autosave that could not be read, which the page keeps aside as it was. */
export function unreadableMessage(error: string, showing: string): OpenMessage {
	return {
		level: 'error',
		text: `Your autosaved work could not be read: ${error}. It is kept as it was, not saved over — Download it to keep a copy (a newer version of the app may open it). Showing ${showing} meanwhile.`,
		details: [],
		actions: ['download-unreadable', 'discard-unreadable']
	};
}

/**
 * What the page opens with: the link's state when it reads, else the autosave, else the starting
 * scenario — with a message saying what was wrong, what was kept, and what can be done.
 */
export function openFrom(linkParam: string | null, loaded: Loaded): Opened {
	const saved = loaded.kind === 'ok' ? loaded.saved : null;
	const unreadable =
		loaded.kind === 'unreadable' ? { error: loaded.error, text: loaded.text } : null;
	const opened: Opened = {
		state: null,
		undo: {},
		continuesAutosave: false,
		keepAddress: false,
		earlier: null,
		unreadable,
		message: null
	};
	if (linkParam !== null) {
		const d = decodeLink(linkParam);
		if (d.ok) {
			opened.state = d.state;
			const details = d.repairs;
			const texts: string[] = [];
			if (details.length)
				texts.push(
					'The link opened, but some of its values could not be used as they were; they were adjusted.'
				);
			const actions: OpenAction[] = [];
			if (saved && !sameWork(saved.state, d.state)) {
				opened.earlier = saved.state;
				texts.push(
					`${details.length ? 'Your' : `This link opened ${quoted(d.state)}. Your`} earlier scenario ${quoted(saved.state)} was kept: Restore brings it back.`
				);
				actions.push('restore-earlier');
			} else if (saved) {
				// The link holds exactly the autosaved work: carry on with it and its undo history.
				opened.continuesAutosave = true;
				opened.undo = saved.undo;
			}
			if (unreadable) {
				opened.message = unreadableMessage(unreadable.error, `the link’s ${quoted(d.state)}`);
				opened.message.details = details;
			} else if (texts.length)
				opened.message = { level: 'info', text: texts.join(' '), details, actions };
			return opened;
		}
		opened.keepAddress = true;
		if (saved) {
			opened.state = saved.state;
			opened.undo = saved.undo;
			opened.continuesAutosave = true;
		}
		const showing = saved ? `your autosaved work, ${quoted(saved.state)}` : 'the starting scenario';
		opened.message = {
			level: 'error',
			text: `This link could not be opened: ${d.error}. It is still in the address bar; check that it was copied whole, or ask for the scenario as a file (Export JSON). Showing ${showing} meanwhile.`,
			details: [],
			actions: unreadable ? ['download-unreadable', 'discard-unreadable'] : []
		};
		if (unreadable)
			opened.message.text += ` Your autosaved work could not be read (${unreadable.error}); it is kept as it was — Download it to keep a copy.`;
		return opened;
	}
	if (saved) {
		opened.state = saved.state;
		opened.undo = saved.undo;
		opened.continuesAutosave = true;
		if (saved.repairs.length)
			opened.message = {
				level: 'info',
				text: 'Your autosaved work was restored with some values adjusted.',
				details: saved.repairs,
				actions: []
			};
		return opened;
	}
	if (unreadable) opened.message = unreadableMessage(unreadable.error, 'the starting scenario');
	else if (loaded.kind === 'none') opened.continuesAutosave = true;
	return opened;
}
