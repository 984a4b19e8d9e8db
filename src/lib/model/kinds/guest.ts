/** What every kind with a guest kernel shares: filling the RAM it was given, and explaining it. */
import type { Cited } from '../catalog';
import {
	finish,
	input,
	less,
	setting,
	term,
	type Explanation,
	type ExplanationInput
} from '../explain/terms';
import { guestMemoryOf } from '../hostSettings';
import { LAYER_LABEL } from '../labels';
import { zeroLayers } from '../layers';
import type { Resolved } from '../resolve';
import type { Host, Layer } from '../types';
import type { InstanceMemory } from './types';

/** The resident parts of a guest, in the order they claim its RAM, with their cited sizes. */
export type GuestNeeds = [Layer, Cited][];

/** A guest kernel's, its services', its libraries' and its app's needs. */
export const guestNeeds = (r: Resolved, kernel: Cited): GuestNeeds => [
	['guestKernel', kernel],
	['guestOs', r.guestOs!.servicesMiB],
	['binsLibs', r.workload.binsLibsMiB],
	['app', r.workload.appMiB]
];

/**
 * A guest given `allocated` MiB fills it in order: kernel, OS services, libraries, app; the rest is
 * idle, and resident only when the host commits guest RAM up front. The hypervisor's own overhead
 * sits beside it.
 */
export function fillGuest(
	host: Host,
	allocated: number,
	needs: GuestNeeds,
	hypervisorMiB: number
): InstanceMemory {
	const layers = zeroLayers();
	let left = allocated;
	let wanted = 0;
	for (const [layer, need] of needs) {
		layers[layer] = Math.min(need.value, left);
		left -= layers[layer];
		wanted += need.value;
	}
	layers.idle = guestMemoryOf(host) === 'reserved' ? left : 0;
	layers.hypervisor = hypervisorMiB;
	return { layers, shortfallMiB: Math.max(0, wanted - allocated), allocatedMiB: allocated };
}

/** Explain one resident layer of a guest that fills its RAM (`needs` as fillGuest took them). */
export function guestLayerExplanation(
	host: Host,
	r: Resolved,
	title: string,
	layer: Layer,
	value: number,
	needs: GuestNeeds,
	reclaim: string
): Explanation {
	const ram = setting('Guest RAM allocated', r.memoryMiB!, 'MiB');
	const needInputs: ExplanationInput[] = needs.map(([l, c]) => input(LAYER_LABEL[l], c));
	const wanted = needs.reduce((s, [, c]) => s + c.value, 0);
	const beyond = Math.max(0, wanted - r.memoryMiB!);
	if (layer === 'idle')
		return guestMemoryOf(host) === 'reserved'
			? finish(
					title,
					value,
					'MiB',
					'Guest RAM allocated minus what the guest kernel, OS services, libraries and app use. The host commits it when the guest starts, so nobody else can use it.',
					[
						term(ram),
						...needInputs.map(less),
						...(beyond > 0
							? [
									term(
										setting(
											'What they need beyond the guest’s RAM (it does not fit)',
											beyond,
											'MiB',
											'',
											'derived'
										)
									)
								]
							: [])
					]
				)
			: finish(
					title,
					value,
					'MiB',
					`Not counted: the host backs guest RAM only when the guest touches it. ${reclaim}`,
					[ram, ...needInputs]
				);
	const need = needs.find(([l]) => l === layer);
	if (!need) return finish(title, value, 'MiB', 'This layer does not exist in this guest.', []);
	const cut = need[1].value - value;
	return finish(
		title,
		value,
		'MiB',
		'What this part of the guest keeps resident, up to the RAM still free in the guest after the layers below it.',
		[
			term(input(LAYER_LABEL[layer], need[1])),
			...(cut > 0
				? [less(setting('Less what no longer fits in the guest’s RAM', cut, 'MiB', '', 'derived'))]
				: []),
			ram
		]
	);
}
