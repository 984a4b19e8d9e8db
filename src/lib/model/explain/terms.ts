/** The shape of an explanation, and helpers to build its inputs. */
import { type Cited, type Part, type SourceId } from '../catalog';

import type { Layer, Phase, Resource } from '../types';

/** The node figures a "?" can explain. */
export const NODE_FIGURES = [
	'memoryReserved',
	'eviction',
	'windows',
	'cpuReserved',
	'maxPods',
	'allocatableMemory',
	'allocatableCpu',
	'agents',
	'perPod',
	'systemPods'
] as const;
export type NodeFigureId = (typeof NODE_FIGURES)[number];

export type ExplainTarget =
	| { type: 'layer'; groupId: string; layer: Layer }
	| { type: 'hostLayer'; layer: Layer }
	| { type: 'phase'; groupId: string; phase: Phase }
	| { type: 'disk'; groupId: string }
	| { type: 'cpu'; groupId: string }
	/** One group's instances started together; with no group, every group on the host. */
	| { type: 'allReady'; groupId?: string }
	| { type: 'limit'; resource: Resource }
	/** One instance's whole memory, broken into its layers (each layer explained on its own). */
	| { type: 'instance'; groupId: string }
	/** The host's settings: what its container network costs, guest RAM promised, the hidden Linux VM. */
	| { type: 'network' }
	| { type: 'guestMemory' }
	| { type: 'utilityVm' }
	/** A Kubernetes node's reservation, limit or cost, with its platform's formula. */
	| { type: 'node'; figure: NodeFigureId };

export interface ExplanationInput {
	/** catalog: a cited default; setting: chosen in the scenario; derived: computed from other inputs. */
	origin: 'catalog' | 'setting' | 'derived';
	label: string;
	value: number;
	unit: string;
	source: SourceId;
	estimate: boolean;
	note: string;
	/** This input is itself a figure with its own explanation (a part of a whole). */
	target?: ExplainTarget;
	/**
	 * How much of the explained figure this input makes up, when the figure is a sum: its value,
	 * its value times a count (per vCPU × vCPUs), or negative when taken away. Absent for a factor,
	 * a limit or a figure shown for comparison. The terms of a memory layer add up to its value.
	 */
	adds?: number;
}

/** How one figure was computed: in words, from which inputs, resting on which sources. */
export interface Explanation {
	title: string;
	value: number;
	unit: string;
	formula: string;
	inputs: ExplanationInput[];
	sources: SourceId[];
	/** True when any input is an estimate rather than a published figure. */
	estimate: boolean;
}

export const input = (label: string, c: Cited): ExplanationInput => ({
	origin: 'catalog',
	label,
	value: c.value,
	unit: c.unit,
	source: c.source,
	estimate: c.estimate,
	note: c.note
});
export const setting = (
	label: string,
	value: number,
	unit: string,
	note = 'Set in the scenario, or the workload’s default.',
	origin: 'setting' | 'derived' = 'setting'
): ExplanationInput => ({
	origin,
	label,
	value,
	unit,
	source: 'estimate',
	estimate: false,
	note
});

/** A part of a whole that has its own explanation: a layer of one instance's memory. */
export const part = (
	label: string,
	value: number,
	unit: string,
	target: ExplainTarget
): ExplanationInput => ({
	origin: 'derived',
	label,
	value,
	unit,
	source: 'estimate',
	estimate: false,
	note: '',
	target
});

export function finish(
	title: string,
	value: number,
	unit: string,
	formula: string,
	inputs: ExplanationInput[]
): Explanation {
	const sources = [...new Set(inputs.filter((i) => i.origin === 'catalog').map((i) => i.source))];
	return { title, value, unit, formula, inputs, sources, estimate: inputs.some((i) => i.estimate) };
}

/** The same explanation with its parts' sources and estimates folded in (a whole made of parts). */
export function withParts(e: Explanation, parts: readonly Explanation[]): Explanation {
	const sources = [...new Set([...e.sources, ...parts.flatMap((p) => p.sources)])];
	return { ...e, sources, estimate: e.estimate || parts.some((p) => p.estimate) };
}

/** A catalog value as formula text ("8 MiB", "512"): formulas name their constants, never type them. */
export function quote(c: Cited): string {
	const n = c.value.toLocaleString('en-US', { maximumFractionDigits: 3 });
	switch (c.unit) {
		case 'ratio':
		case 'count':
			return n;
		case 'percent':
			return `${n} %`;
		default:
			return `${n} ${c.unit}`;
	}
}

/** Inputs for each part of a sum, labelled with the part's name. */
export const partInputs = (parts: readonly Part[], prefix = ''): ExplanationInput[] =>
	parts.map((p) => input(`${prefix}${p.label}`, p.value));

/** The input as a term of the sum it explains: it adds `amount` (by default its own value). */
export const term = (i: ExplanationInput, amount = i.value): ExplanationInput => ({
	...i,
	adds: amount
});

/** The input as a term taken away from the sum it explains. */
export const less = (i: ExplanationInput): ExplanationInput => term(i, -i.value);

/** Each part of a sum as a term of it. */
export const partTerms = (parts: readonly Part[], prefix = ''): ExplanationInput[] =>
	partInputs(parts, prefix).map((i) => term(i));

/** What the terms of an explanation add up to (0 when it has none). */
export const sumOfTerms = (inputs: readonly ExplanationInput[]): number =>
	inputs.reduce((s, i) => s + (i.adds ?? 0), 0);
