import { capitalise, KIND_LABEL as MODEL_KIND_LABEL, type Kind, type Layer } from '$lib/model';

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

/** The words for layers and kinds live with the model (one table for every view and sentence). */
export { LAYER_LABEL } from '$lib/model';

/** A kind as a badge or table row heading: "VM", "microVM", "Container". */
export const KIND_LABEL: Record<Kind, string> = {
	vm: capitalise(MODEL_KIND_LABEL.vm),
	microvm: MODEL_KIND_LABEL.microvm,
	container: capitalise(MODEL_KIND_LABEL.container)
};
export const KIND_SHORT: Record<Kind, string> = { vm: 'VM', microvm: 'µVM', container: 'CT' };
