/**
 * Explanations of the host's own settings: what the container network costs, what guests were
 * promised against what is resident, the hidden Linux VM's limit, and a Kubernetes node's
 * reservations (each with its platform's formula). Built from the same values the model uses.
 */
import { HYPERVISOR_INFO, NETWORK_MODES, UTILITY_VM } from '../catalog';
import { formatMiB, formatPercent } from '../format';
import {
	defaultUtilityVmLimitMiB,
	guestMemoryOf,
	networkOf,
	utilityVmLimitMiB
} from '../hostSettings';
import { nodeOf } from '../kubernetesHost';
import { allocatable, nodeAgents, perPodMiB, systemPods } from '../kubernetesNode';
import type { NodeFigure, NodeInput } from '../kubernetesFigure';
import { CONTAINER_NETWORKS, type Host, type Report } from '../types';
import {
	finish,
	input,
	setting,
	type Explanation,
	type ExplanationInput,
	type NodeFigureId
} from './terms';

export function networkExplanation(host: Host): Explanation {
	const mode = networkOf(host);
	const c = NETWORK_MODES[mode].ioOverheadPct;
	const others = CONTAINER_NETWORKS.filter((n) => n !== mode)
		.map((n) => `${NETWORK_MODES[n].name}: ${formatPercent(NETWORK_MODES[n].ioOverheadPct.value)}`)
		.join('; ');
	return finish(
		`Container network: ${NETWORK_MODES[mode].name}`,
		c.value,
		'%',
		`Each unit of a container’s I/O costs ${formatPercent(c.value)} more CPU than it would natively; a container’s CPU figure adds its workload’s I/O share × this (the "?" beside a group’s CPU shows it). The other mode — ${others}.`,
		CONTAINER_NETWORKS.map((n) =>
			input(`${NETWORK_MODES[n].name}, extra cost per I/O`, NETWORK_MODES[n].ioOverheadPct)
		)
	);
}

export function guestMemoryExplanation(host: Host, report: Report): Explanation {
	const onTouch = guestMemoryOf(host) === 'onTouch';
	const promised = report.memory.promisedMiB;
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const over = promised > report.memory.capacityMiB;
	return finish(
		'Guest RAM promised to VMs and microVMs',
		promised,
		'MiB',
		onTouch
			? `Each guest was given its RAM (${formatMiB(promised)} in all), but only the pages a guest touches are counted on the host (${formatMiB(report.memory.usedMiB)} in use in all). ${hv.reclaim} ${over ? `The promise is larger than the host’s ${formatMiB(report.memory.capacityMiB)}: if the guests use what they were given, the host swaps or its out-of-memory killer ends VMs.` : 'If the guests come to use what they were given, the host needs that much memory, or it swaps.'}`
			: `All of each guest’s RAM is counted from the start, used or not: the ${formatMiB(promised)} promised is resident.`,
		[
			setting(
				'Memory in use on the host',
				report.memory.usedMiB,
				'MiB',
				'With sharing applied.',
				'derived'
			),
			setting('Host memory', report.memory.capacityMiB, 'MiB', 'The host as sized in the scenario.')
		]
	);
}

export function utilityVmExplanation(host: Host, report: Report): Explanation {
	const u = report.utilityVm;
	const limit = utilityVmLimitMiB(host);
	const share = host.os === 'windows' ? UTILITY_VM.windowsLimitShare : UTILITY_VM.macosLimitShare;
	const inputs: ExplanationInput[] = [
		input('Idle footprint (what stopping it frees)', UTILITY_VM.idleMiB),
		input('Default limit, share of host memory', share),
		setting('Host memory', host.memoryMiB, 'MiB', 'The host as sized in the scenario.')
	];
	if (host.utilityVmMemoryMiB !== undefined)
		inputs.push(setting('Limit set for this host', host.utilityVmMemoryMiB, 'MiB'));
	return finish(
		'Memory limit of the hidden Linux VM',
		limit,
		'MiB',
		`${host.utilityVmMemoryMiB !== undefined ? `Set to ${formatMiB(host.utilityVmMemoryMiB)}` : `By default ${formatPercent(share.value * 100)} of the host’s ${formatMiB(host.memoryMiB)} = ${formatMiB(defaultUtilityVmLimitMiB(host))}`}, never more than the host has. The VM holds ${formatMiB(UTILITY_VM.idleMiB.value)} on its own${u ? ` and ${formatMiB(u.usedMiB)} with its containers now` : ''}; Linux containers must fit in what is left of its limit.`,
		inputs
	);
}

/** A node figure in the explanation's shape: the node's own size is a setting, the rest cited. */
const fromNodeInput = (i: NodeInput): ExplanationInput => ({
	...i,
	origin: i.source === 'estimate' && !i.estimate ? 'setting' : 'catalog'
});
function fromNodeFigure(f: NodeFigure): Explanation {
	const e = finish(f.title, f.value, f.unit, f.formula, f.inputs.map(fromNodeInput));
	return { ...e, estimate: e.estimate || f.estimate };
}

export function nodeExplanation(host: Host, figure: NodeFigureId): Explanation | undefined {
	const node = nodeOf(host);
	if (!node) return undefined;
	const a = allocatable(node);
	const f: Record<NodeFigureId, () => NodeFigure> = {
		memoryReserved: () => a.reserved.memoryMiB,
		eviction: () => a.reserved.evictionMiB,
		windows: () => a.reserved.windowsMiB,
		cpuReserved: () => a.reserved.cpuCores,
		maxPods: () => a.pods,
		allocatableMemory: () => a.memoryMiB,
		allocatableCpu: () => a.cpuCores,
		agents: () => nodeAgents().memoryMiB,
		perPod: perPodMiB,
		systemPods: () => systemPods(node)
	};
	return fromNodeFigure(f[figure]());
}
