import { KIND_LABEL, type Template, type WorkloadEntry } from '$lib/model';
import type { Sandbox } from '$lib/state/sandbox.svelte';
import type { ViewState } from '$lib/state/view.svelte';

/** "nginx web server VM": one instance, with the workload's name as the report has it (own ones too). */
export const templateName = (t: Template, workloads: readonly WorkloadEntry[]): string =>
	`${workloads.find((w) => w.id === t.workload)?.name ?? t.workload} ${KIND_LABEL[t.kind]}`;

/** Place one instance on the host — or refuse, with the model's reason, when it cannot run there. */
export function placeOnHost(sandbox: Sandbox, view: ViewState, t: Template): boolean {
	view.grabbed = null;
	const reason = sandbox.answers.unsupportedReason(t);
	if (reason) {
		view.alert = `Not placed: ${reason}`;
		view.announce(`Not placed. ${reason}`);
		return false;
	}
	const id = sandbox.place(t);
	const count = sandbox.scenario.groups.find((g) => g.id === id)?.count ?? 1;
	view.alert = null;
	view.selectedGroupId = id;
	view.announce(
		`Placed a ${templateName(t, sandbox.report.workloads)}. That group now has ${count}.`
	);
	return true;
}

export function removeFromHost(
	sandbox: Sandbox,
	view: ViewState,
	groupId: string,
	name: string
): void {
	sandbox.remove(groupId);
	if (view.selectedGroupId === groupId) view.selectedGroupId = null;
	view.announce(`Removed ${name} from the host. Undo with Control+Z.`);
}
