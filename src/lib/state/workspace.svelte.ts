import { createContext } from 'svelte';
import type { Scenario } from '$lib/model';
import type { SharedState } from '$lib/scenario/shared';
import type { UndoHistory } from './persistence';
import type { Selection } from './answers.svelte';
import { Sandbox } from './sandbox.svelte';

export type Side = 'a' | 'b';

/**
 * The page's sandboxes: A, and B while comparing. Controls act on the active side; each side
 * keeps its own scenario and undo history.
 */
export class Workspace {
	readonly a: Sandbox;
	b = $state.raw<Sandbox | null>(null);
	active = $state<Side>('a');
	/** Counts meaningful steps (compare on/off, a file or comparison opened): each gets its own browser history entry. */
	steps = $state(0);

	activeSandbox: Sandbox = $derived.by(() => (this.active === 'b' && this.b ? this.b : this.a));
	comparing = $derived(this.b !== null);

	readonly #selection: Selection | undefined;

	/** `selection`: what the page's views look at, shared by both sides (the view state). */
	constructor(initial?: Scenario, selection?: Selection) {
		this.#selection = selection;
		this.a = new Sandbox(initial, selection);
	}

	sandbox(side: Side): Sandbox {
		return side === 'b' && this.b ? this.b : this.a;
	}

	/** Start comparing with B as a copy of A (or of `scenario`). */
	startCompare(scenario?: Scenario): void {
		this.b = new Sandbox(
			structuredClone(scenario ?? $state.snapshot(this.a.scenario)),
			this.#selection
		);
		this.active = 'b';
		this.steps++;
	}

	/** Replace B with a copy of A, as one undoable step on B. */
	duplicateAIntoB(): void {
		if (!this.b) return this.startCompare();
		this.b.apply(structuredClone($state.snapshot(this.a.scenario)));
	}

	stopCompare(): void {
		this.b = null;
		this.active = 'a';
		this.steps++;
	}

	/** Open a file or a ready-made comparison as undoable steps: nothing already made is lost. */
	open(state: SharedState): void {
		this.a.apply(state.scenario);
		if (state.compare) {
			if (this.b) this.b.apply(state.compare);
			else this.b = new Sandbox(state.compare, this.#selection);
		}
		this.steps++;
	}

	/** Both sides' undo steps, for the autosave. */
	undoHistory(): UndoHistory {
		const side = (s: Sandbox) => {
			const { past, future } = s.undoSteps;
			return { past: [...past], future: [...future] };
		};
		return this.b ? { a: side(this.a), b: side(this.b) } : { a: side(this.a) };
	}

	/** Give back undo steps read from the autosave. */
	restoreUndo(undo: UndoHistory): void {
		if (undo.a) this.a.restoreUndo(undo.a.past, undo.a.future);
		if (undo.b && this.b) this.b.restoreUndo(undo.b.past, undo.b.future);
	}

	/**
	 * Back and Forward: show the state an entry holds, each side moving within its own undo
	 * history (nothing undoable is lost). B appears or goes as the entry has it.
	 */
	goTo(state: SharedState, readBack: (s: Scenario) => Scenario): void {
		this.a.goTo(state.scenario, readBack);
		if (state.compare) {
			if (this.b) this.b.goTo(state.compare, readBack);
			else this.b = new Sandbox(state.compare);
		} else if (this.b) {
			this.b = null;
			this.active = 'a';
		}
	}

	/** Start from a shared state (a link or the autosave): fresh histories. */
	load(state: SharedState): void {
		this.a.load(state.scenario);
		if (state.compare) {
			this.b = new Sandbox(state.compare, this.#selection);
		} else {
			this.b = null;
			this.active = 'a';
		}
	}
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
