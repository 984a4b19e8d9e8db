/**
 * The host's hard per-host counts as data: which one each is, its name for display, how many are
 * used of how many, and the kinds whose instances count against it. Views read `id` and `kinds`
 * (and a group's `marginal.limits`), never the name.
 */
import { HYPERVISOR_INFO } from './catalog';
import { KIND_MODULES } from './kinds';
import type { Check, Costs, Capacity, Usage } from './placement';
import { resolveTemplate } from './resolve';
import { KINDS, type HardLimit, type Host, type Kind, type LimitId } from './types';
import type { WorkloadBook } from './workloadBook';

/** The hard limit a check stands for; null for memory, CPU and disk. */
export const limitOfCheck = (check: Check | undefined): LimitId | null =>
	check?.resource === 'limit' ? (check.used as LimitId) : null;

/** The hard limits one instance takes one of each of, from its costs. */
export function limitsTaken(costs: Costs): LimitId[] {
	const taken: LimitId[] = [];
	if (costs.vmSlot > 0) taken.push('vms');
	if (costs.bridgeSlot > 0) taken.push('bridge');
	if (costs.podSlot > 0) taken.push('pods');
	return taken;
}

/** The kinds that count against a limit: asked of each kind module (a Linux workload for the bridge). */
function kindsOf(id: LimitId, host: Host, book: WorkloadBook): Kind[] {
	switch (id) {
		case 'vms':
			return KINDS.filter((k) => KIND_MODULES[k].countsAsVm);
		case 'pods':
			return KINDS.filter((k) => KIND_MODULES[k].runsAsPod);
		case 'bridge': {
			const linux = [...book].find(([, w]) => w.family === 'linux')![0];
			return KINDS.filter((kind) =>
				KIND_MODULES[kind].usesBridge(host, resolveTemplate(host, { kind, workload: linux }, book))
			);
		}
	}
}

/** The limits that apply on this host, with what the scenario asked of each. */
export function hardLimits(
	host: Host,
	cap: Capacity,
	used: Usage,
	node: { name: string; maxPods: number; systemPods: number } | undefined,
	bridge: boolean,
	book: WorkloadBook
): HardLimit[] {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const limits: HardLimit[] = [];
	const add = (id: LimitId, name: string, usedCount: number, max: number) =>
		limits.push({ id, name, used: usedCount, max, kinds: kindsOf(id, host, book) });
	if (hv.maxVms) add('vms', `VMs per ${hv.name} host`, used.vms, cap.maxVms);
	// The node's own system pods hold slots of its max pods too.
	if (node) add('pods', `Pods per ${node.name} node`, used.pods + node.systemPods, node.maxPods);
	if (bridge) add('bridge', 'Containers per Linux bridge network', used.bridge, cap.maxBridge);
	return limits;
}
