/** Explanations of memory: one instance's layers (by its kind), and the host's own costs. */
import { ENGINE_INFO, HOST_OS_INFO, HYPERVISOR_INFO, UTILITY_VM } from '../catalog';
import { kindModule } from '../kinds';
import { LAYER_LABEL } from '../labels';
import { utilityVmLayers } from '../memory';
import type { Resolved } from '../resolve';
import type { Host, Layer } from '../types';
import {
	finish,
	input,
	partInputs,
	setting,
	type Explanation,
	type ExplanationInput
} from './terms';

export const layerExplanation = (
	host: Host,
	r: Resolved,
	layer: Layer,
	value: number
): Explanation => kindModule(r.kind).layer(host, r, layer, value);

export function hostLayerExplanation(host: Host, layer: Layer, value: number): Explanation {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const engine = ENGINE_INFO[host.engine];
	const u = UTILITY_VM;
	const title = `${LAYER_LABEL[layer]} memory, paid once by the host`;
	const hiddenVm = HOST_OS_INFO[host.os].utilityVmName || 'the hidden Linux VM';
	const vmOs = utilityVmLayers(host).guestOs;
	const inputs: Record<Layer, ExplanationInput[]> = {
		hostOs:
			hv.hostOses === null
				? []
				: [input(`${HOST_OS_INFO[host.os].name} at idle`, HOST_OS_INFO[host.os].memoryMiB)],
		hypervisor: [
			...partInputs(hv.hostServices, `${hv.name} (when VMs run): `),
			input(`VMM of ${hiddenVm} (Linux containers on macOS/Windows)`, u.vmmMiB)
		],
		engine: partInputs(engine.daemons, `${engine.name} (when containers run): `),
		guestKernel: [input(`Kernel of ${hiddenVm}`, u.kernelMiB)],
		guestOs: [
			input(`What ${hiddenVm} holds at idle`, u.idleMiB),
			input('Less its VMM', u.vmmMiB),
			input('Less its kernel', u.kernelMiB),
			...partInputs(engine.daemons, 'Less the engine, counted apart: '),
			setting('Its services and caches', vmOs, 'MiB', 'What is left.', 'derived')
		],
		binsLibs: [],
		app: [],
		runtime: [],
		idle: []
	};
	return finish(
		title,
		value,
		'MiB',
		'Costs paid once per host, whatever the number of guests: counted only when something that needs them is placed.',
		inputs[layer]
	);
}
