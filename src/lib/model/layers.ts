import { LAYERS, type Layer } from './types';

/** A fresh record with every layer at zero. */
export function zeroLayers(): Record<Layer, number> {
	return {
		hostOs: 0,
		hypervisor: 0,
		engine: 0,
		guestKernel: 0,
		guestOs: 0,
		binsLibs: 0,
		app: 0,
		runtime: 0,
		idle: 0
	};
}

export function sumLayers(layers: Record<Layer, number>): number {
	let total = 0;
	for (const layer of LAYERS) total += layers[layer];
	return total;
}

/** target += source × factor, layer by layer. */
export function addLayers(
	target: Record<Layer, number>,
	source: Record<Layer, number>,
	factor = 1
): void {
	for (const layer of LAYERS) target[layer] += source[layer] * factor;
}
