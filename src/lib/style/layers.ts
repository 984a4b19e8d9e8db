import type { Layer, Phase } from '$lib/model';

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

/**
 * Startup phases take the colour of the layer doing the work: the image pull is the engine's,
 * unpacking writes bins/libs, the kernel is the guest kernel's, and so on.
 */
export const PHASE_COLOR: Record<Phase, string> = {
	imagePull: LAYER_COLOR.engine,
	unpack: LAYER_COLOR.binsLibs,
	firmware: LAYER_COLOR.hypervisor,
	bootloader: '#999999',
	kernel: LAYER_COLOR.guestKernel,
	init: LAYER_COLOR.guestOs,
	sandbox: LAYER_COLOR.runtime,
	appStart: LAYER_COLOR.app
};
