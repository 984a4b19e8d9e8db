/** What kinds and groups are called in sentences and views, from the kind modules. */
import { WORKLOADS } from './catalog/workloads';
import { KIND_MODULES } from './kinds';
import { KINDS, type Kind, type Template } from './types';

/** One instance of a kind, in a sentence: "a VM", "the 41st container". */
export const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k, KIND_MODULES[k].name])) as Record<
	Kind,
	string
>;

/** Several instances of a kind: "VMs", "containers". */
export const KIND_PLURAL = Object.fromEntries(
	KINDS.map((k) => [k, KIND_MODULES[k].plural])
) as Record<Kind, string>;

/** "nginx web server VMs": what a group of this template is called when nobody named it. */
export function templateName(
	t: Pick<Template, 'kind' | 'workload'>,
	workloadName = (WORKLOADS as Record<string, { name: string }>)[t.workload]?.name
): string {
	const w = workloadName ?? String(t.workload);
	return `${w} ${KIND_PLURAL[t.kind] ?? `${String(t.kind)}s`}`;
}

/**
 * The one human name of a group, used by every sentence and view: its label when it has one
 * (spaces trimmed), else its workload and kind ("Redis cache VMs"). Never the internal id.
 */
export function groupName(
	g: Pick<Template, 'kind' | 'workload'> & { label?: string },
	workloadName?: string
): string {
	const label = g.label?.trim();
	return label ? label : templateName(g, workloadName);
}

/** A workload's name as the report lists it (the catalog's, or the one the person gave it). */
export const workloadNameIn = (
	report: { workloads: readonly { id: string; name: string }[] },
	workload: string
): string => report.workloads.find((w) => w.id === workload)?.name ?? workload;
