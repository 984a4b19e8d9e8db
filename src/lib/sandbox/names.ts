import { groupName as modelGroupName, type Group } from '$lib/model';

/** The name a person sees for a group: the model's one name (its label, or "nginx web server VMs"). */
export function groupName(g: Group | undefined): string {
	return g ? modelGroupName(g) : '';
}
