/**
 * An explanation with its sources resolved to their citations: what the explain dialog shows. The
 * dialog loads this module (and the catalog's citations with it) on first use, so the main route
 * does not carry them.
 */
import { SOURCES, type Source } from '../catalog/sources';
import { explain } from '../explain';
import type { Scenario } from '../types';
import type { Explanation, ExplanationInput, ExplainTarget } from './terms';

export interface SourcedInput extends ExplanationInput {
	/** Where a catalog input comes from, in a few words ("containerd issue #7878"). */
	sourceName: string;
}

export interface SourcedExplanation extends Omit<Explanation, 'inputs' | 'sources'> {
	inputs: SourcedInput[];
	sources: (Source & { id: string })[];
}

const nameOf = (i: ExplanationInput): string =>
	i.origin === 'catalog'
		? (SOURCES[i.source]?.title.split(' — ')[0] ?? i.source)
		: i.origin === 'setting'
			? 'your scenario'
			: 'derived';

/** `target` on `scenario` explained, each source named; undefined when there is nothing to explain. */
export function explainFigure(
	scenario: Scenario,
	target: ExplainTarget
): SourcedExplanation | undefined {
	const ex = explain(scenario, target);
	if (!ex) return undefined;
	return {
		...ex,
		inputs: ex.inputs.map((i) => ({ ...i, sourceName: nameOf(i) })),
		sources: ex.sources.flatMap((id) => (SOURCES[id] ? [{ id, ...SOURCES[id] }] : []))
	};
}
