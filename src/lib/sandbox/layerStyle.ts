import type { Kind, Layer } from '$lib/model';

/**
 * Layer colours, the same in every view: the Okabe–Ito palette, chosen to stay distinct under
 * the common colour-vision deficiencies. Idle memory is light grey with a hatch.
 */
export const LAYER_COLOR: Record<Layer, string> = {
	hostOs: '#555555',
	hypervisor: '#CC79A7',
	engine: '#0072B2',
	guestKernel: '#D55E00',
	guestOs: '#E69F00',
	binsLibs: '#56B4E9',
	app: '#009E73',
	runtime: '#F0E442',
	idle: '#DDDDDD'
};

export const LAYER_LABEL: Record<Layer, string> = {
	hostOs: 'Host OS',
	hypervisor: 'Hypervisor',
	engine: 'Container engine',
	guestKernel: 'Guest kernel',
	guestOs: 'Guest OS services',
	binsLibs: 'Bins/libs',
	app: 'App',
	runtime: 'Container runtime',
	idle: 'Allocated but idle'
};

export const KIND_LABEL: Record<Kind, string> = {
	vm: 'VM',
	microvm: 'microVM',
	container: 'Container'
};
export const KIND_SHORT: Record<Kind, string> = { vm: 'VM', microvm: 'µVM', container: 'CT' };
