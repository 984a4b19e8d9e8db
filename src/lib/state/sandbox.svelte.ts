import { createContext } from 'svelte';
import {
	defaultScenario,
	evaluate,
	type Group,
	type Host,
	type Report,
	type Scenario,
	type Template
} from '$lib/model';
import {
	addInstance,
	removeGroup,
	setCount,
	setHost,
	setName,
	updateGroup
} from '$lib/scenario/edit';
import { Answers, NO_SELECTION, type Selection } from './answers.svelte';
import { canonical } from './sameWork';
import { createHistory, moveTo, record, redo, undo, type History } from './history';

/**
 * The sandbox's model state: the scenario with its undo history. The report is derived from it,
 * evaluated once per change and read by every view.
 */
export class Sandbox {
	#history = $state.raw<History<Scenario>>(createHistory(defaultScenario()));

	scenario = $derived(this.#history.present);
	/**
	 * The host alone: group edits keep the host object, so views that depend only on the host
	 * (what fits on an empty host, density) do not recompute when a group changes.
	 */
	host: Host = $derived(this.scenario.host);
	report: Report = $derived(evaluate(this.scenario));
	canUndo = $derived(this.#history.past.length > 0);
	canRedo = $derived(this.#history.future.length > 0);

	/** Everything the views show, derived from the scenario, the chosen workload and the selection. */
	readonly answers: Answers;

	/** `selection`: what the page's views look at (the view state); none for a sandbox on its own. */
	constructor(initial?: Scenario, selection: Selection = NO_SELECTION) {
		if (initial) this.#history = createHistory(initial);
		this.answers = new Answers(this, selection);
	}

	/** Make `next` the scenario. Edits sharing a `mergeKey` in a row (a slider drag) undo as one step. */
	apply(next: Scenario, mergeKey?: string): void {
		this.#history = record(this.#history, next, mergeKey);
	}

	setHost(patch: Partial<Host>, mergeKey?: string): void {
		this.apply(setHost(this.scenario, patch), mergeKey);
	}

	place(template: Template): string {
		const { scenario, groupId } = addInstance(this.scenario, template);
		this.apply(scenario);
		return groupId;
	}

	remove(groupId: string): void {
		this.apply(removeGroup(this.scenario, groupId));
	}

	setCount(groupId: string, count: number, mergeKey?: string): void {
		this.apply(setCount(this.scenario, groupId, count), mergeKey);
	}

	updateGroup(groupId: string, patch: Partial<Omit<Group, 'id'>>): void {
		this.apply(updateGroup(this.scenario, groupId, patch));
	}

	/** The undo steps around the present, oldest first (for the autosave). */
	get undoSteps(): { past: readonly Scenario[]; future: readonly Scenario[] } {
		return { past: this.#history.past, future: this.#history.future };
	}

	/** Give back undo steps saved with the autosave, around the present scenario. */
	restoreUndo(past: readonly Scenario[], future: readonly Scenario[]): void {
		this.#history = { ...this.#history, past: [...past], future: [...future], lastKey: undefined };
	}

	/** Rename the scenario (one undoable step; an empty name is ignored). */
	rename(name: string): void {
		const next = setName(this.scenario, name);
		if (next !== this.scenario) this.apply(next);
	}

	/** Start afresh from `scenario`: a new history (used when the page opens a link or an autosave). */
	load(scenario: Scenario): void {
		this.#history = createHistory(scenario);
	}

	/**
	 * Show `scenario` (Back or Forward to an entry that holds it) without losing a step: the step
	 * of the history that equals it becomes the present, the others stay undo and redo; one that
	 * is not in the history is applied as a new undoable step.
	 */
	goTo(scenario: Scenario, readBack: (s: Scenario) => Scenario): void {
		const h = this.#history;
		const all = [...h.past, h.present, ...h.future];
		// A link's state is read back normalised (`readBack`, scenario/shared.ts's readBackScenario,
		// passed in so the page loads the schema only with the codec): compare steps read the same way.
		const read = (s: Scenario) => canonical(readBack(s));
		const want = read(scenario);
		// Cheap checks first: a 10,000-group step is read only when it could be the one.
		const same = (s: Scenario) =>
			s.groups.length === scenario.groups.length && s.name === scenario.name && read(s) === want;
		if (same(h.present)) return;
		// Nearest first: the present's neighbours, outwards.
		const here = h.past.length;
		for (let d = 1; d < all.length; d++)
			for (const i of [here - d, here + d])
				if (i >= 0 && i < all.length && same(all[i]!)) {
					this.#history = moveTo(h, i);
					return;
				}
		this.apply(scenario);
	}

	undo(): void {
		this.#history = undo(this.#history);
	}

	redo(): void {
		this.#history = redo(this.#history);
	}

	/** Back to the default scenario, as one undoable step. */
	reset(): void {
		this.apply(defaultScenario());
	}
}

export const [getSandbox, setSandbox] = createContext<Sandbox>();
