import type { Layer } from './types';

/*
 * The nine layers are written out field by field: evaluate() runs these several times per group,
 * and V8 is far faster with fixed property names than with a loop over keys (profiled: ~2×).
 * The order matches LAYERS, so sums are the same to the last bit.
 */

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

export function sumLayers(l: Record<Layer, number>): number {
	return (
		l.hostOs +
		l.hypervisor +
		l.engine +
		l.guestKernel +
		l.guestOs +
		l.binsLibs +
		l.app +
		l.runtime +
		l.idle
	);
}

/** target += source × factor, layer by layer. */
export function addLayers(t: Record<Layer, number>, s: Record<Layer, number>, factor = 1): void {
	t.hostOs += s.hostOs * factor;
	t.hypervisor += s.hypervisor * factor;
	t.engine += s.engine * factor;
	t.guestKernel += s.guestKernel * factor;
	t.guestOs += s.guestOs * factor;
	t.binsLibs += s.binsLibs * factor;
	t.app += s.app * factor;
	t.runtime += s.runtime * factor;
	t.idle += s.idle * factor;
}
