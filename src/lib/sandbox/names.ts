import {
	groupName as modelGroupName,
	type Group,
	type GroupReport,
	type WorkloadEntry
} from '$lib/model';

/**
 * The name a person sees for a group: the model's one name (its label, or "nginx web server VMs").
 * An own workload's name comes from the report (its group's `workloadName`, or `workloads`).
 */
export function groupName(
	g: Group | GroupReport | undefined,
	workloads?: readonly Pick<WorkloadEntry, 'id' | 'name'>[]
): string {
	if (!g) return '';
	const name =
		'workloadName' in g ? g.workloadName : workloads?.find((w) => w.id === g.workload)?.name;
	return modelGroupName(g, name);
}
