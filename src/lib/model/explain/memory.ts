/** Explanations of memory: one instance's layers (by its kind), and the host's own costs. */
import { ENGINE_INFO, HOST_OS_INFO, HYPERVISOR_INFO, UTILITY_VM } from '../catalog';
import { formatCount } from '../format';
import { kindModule, type HostNeeds } from '../kinds';
import { nodeCosts } from '../kubernetesHost';
import { LAYER_LABEL } from '../labels';
import type { Resolved } from '../resolve';
import { LAYERS, type GroupReport, type Host, type Layer, type Report } from '../types';
import {
	finish,
	input,
	less,
	part,
	partInputs,
	partTerms,
	setting,
	term,
	type Explanation,
	type ExplanationInput
} from './terms';

export const layerExplanation = (
	host: Host,
	r: Resolved,
	layer: Layer,
	value: number
): Explanation => kindModule(r.kind).layer(host, r, layer, value);

/** A group's share of one layer on the host, as a term with its own explanation (one instance's). */
function groupTerm(g: GroupReport, layer: Layer): ExplanationInput | undefined {
	const total = g.memory.totalByLayer[layer];
	if (!g.supported || total <= 0) return undefined;
	const shared = total < g.count * g.memory.perInstance[layer] - 1e-9;
	const kind = kindModule(g.kind);
	return term(
		part(
			`${formatCount(g.count)} × ${g.workloadName} ${g.count === 1 ? kind.name : kind.plural}${shared ? ', with sharing' : ''}`,
			total,
			'MiB',
			{ type: 'layer', groupId: g.id, layer }
		)
	);
}

/** What the host itself pays once in `layer`, as terms that add up to report.memory.hostLevel[layer]. */
function hostTerms(
	host: Host,
	layer: Layer,
	presence: HostNeeds,
	hostLevel: Record<Layer, number>
) {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const engine = ENGINE_INFO[host.engine];
	const u = UTILITY_VM;
	const hiddenVm = HOST_OS_INFO[host.os].utilityVmName || 'the hidden Linux VM';
	const node = nodeCosts(host);
	const services = presence.vmServices || hv.hostOses === null;
	switch (layer) {
		case 'hostOs':
			return hv.hostOses === null
				? []
				: [term(input(`${HOST_OS_INFO[host.os].name} at idle`, HOST_OS_INFO[host.os].memoryMiB))];
		case 'hypervisor':
			return [
				...(services ? partTerms(hv.hostServices, `${hv.name}: `) : []),
				...(presence.utilityVm
					? [term(input(`VMM of ${hiddenVm}, which runs the Linux containers`, u.vmmMiB))]
					: [])
			];
		case 'engine':
			return [
				...(presence.engine ? partTerms(engine.daemons) : []),
				...(node
					? [
							term({
								...setting(
									'The kubelet and the node’s system pods',
									node.agentsMiB,
									'MiB',
									'',
									'derived'
								),
								target: { type: 'node' as const, figure: 'agents' as const }
							})
						]
					: [])
			];
		case 'guestKernel':
			return presence.utilityVm ? [term(input(`Kernel of ${hiddenVm}`, u.kernelMiB))] : [];
		case 'guestOs':
			return presence.utilityVm && hostLevel.guestOs > 0
				? [
						term(input(`What ${hiddenVm} holds at idle`, u.idleMiB)),
						less(input('Less its VMM (hypervisor layer)', u.vmmMiB)),
						less(input('Less its kernel (guest kernel layer)', u.kernelMiB)),
						...partInputs(engine.daemons, 'Less the engine (engine layer): ').map(less)
					]
				: [];
		case 'idle': {
			if (!node) return [];
			const own = LAYERS.filter((l) => l !== 'idle').reduce((s, l) => s + hostLevel[l], 0);
			const excess = Math.max(0, own - node.heldBackMiB);
			return [
				term(setting('Host memory', host.memoryMiB, 'MiB', 'The host as sized in the scenario.')),
				less({
					...setting(
						'Less what pods may use (allocatable)',
						node.allocatable.memoryMiB.value,
						'MiB',
						'',
						'derived'
					),
					target: { type: 'node' as const, figure: 'allocatableMemory' as const }
				}),
				less(
					setting(
						'Less the host’s own software (the layers above, paid once)',
						own,
						'MiB',
						'',
						'derived'
					)
				),
				...(excess > 0
					? [
							term(
								setting(
									'The host’s own software needs more than is held back: nothing is idle',
									excess,
									'MiB',
									'',
									'derived'
								)
							)
						]
					: [])
			];
		}
		default:
			return [];
	}
}

/**
 * The whole of one layer's row on the host: what the host pays once (its OS, the hypervisor's
 * services, the engine, the hidden Linux VM, a node's agents and held-back memory), plus each
 * group's instances in that layer. Every input is a term: they add up to the row's value.
 */
export function hostLayerExplanation(
	host: Host,
	layer: Layer,
	presence: HostNeeds,
	report: Report
): Explanation {
	const hostLevel = report.memory.hostLevel;
	const own = hostTerms(host, layer, presence, hostLevel);
	const groups = report.groups.flatMap((g) => groupTerm(g, layer) ?? []);
	const words: Partial<Record<Layer, string>> = {
		idle: 'A Kubernetes node holds memory back from pods (its memory less what is allocatable); what the host’s own software does not use of it stays free, but no pod can have it.'
	};
	const once = own.length
		? (words[layer] ??
			'Paid once by the host, whatever the number of guests: counted only when something that needs it is placed.')
		: '';
	return finish(
		`${LAYER_LABEL[layer]} memory on this host`,
		report.memory.byLayer[layer],
		'MiB',
		[
			once,
			groups.length
				? `${once ? 'Plus each' : 'Each'} group’s instances in this layer, with sharing applied.`
				: ''
		]
			.filter(Boolean)
			.join(' '),
		[...own, ...groups]
	);
}
