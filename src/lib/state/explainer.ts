/**
 * Explanations of a sandbox's figures, on demand: what a "?" opens. Kept apart from the answers
 * because explanations carry cited prose: only the views that show them (the explain dialog, the
 * node's reservation) import this, so it loads with them. Each is computed once per scenario.
 */
import type { ExplainTarget, NodeFigureId, Scenario } from '$lib/model';
import { explain, type Explanation } from '$lib/model/explain';
import { explainFigure, type SourcedExplanation } from '$lib/model/explain/sourced';

const cache = new WeakMap<Scenario, Map<string, SourcedExplanation | Explanation | undefined>>();

function once<T extends SourcedExplanation | Explanation | undefined>(
	scenario: Scenario,
	key: string,
	compute: () => T
): T {
	let known = cache.get(scenario);
	if (!known) cache.set(scenario, (known = new Map()));
	if (!known.has(key)) known.set(key, compute());
	return known.get(key) as T;
}

/** The explanation of one figure (the dialog's "?"), with its sources. */
export const explainIn = (
	answers: { readonly scenario: Scenario },
	target: ExplainTarget
): SourcedExplanation | undefined =>
	once(answers.scenario, `figure ${JSON.stringify(target)}`, () =>
		explainFigure(answers.scenario, target)
	);

/** The explanation of one of a Kubernetes node's reserved figures. */
export const explainNode = (
	answers: { readonly scenario: Scenario },
	figure: NodeFigureId
): Explanation | undefined =>
	once(answers.scenario, `node ${figure}`, () =>
		explain(answers.scenario, { type: 'node', figure })
	);
