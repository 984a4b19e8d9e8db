import { kindName, WORKLOADS, type Group } from '$lib/model';

/** The name a person sees for a group: its label, or "nginx web server VMs". */
export function groupName(g: Group | undefined): string {
	if (!g) return '';
	return g.label ?? `${WORKLOADS[g.workload]?.name ?? g.workload} ${kindName(g.kind)}s`;
}
