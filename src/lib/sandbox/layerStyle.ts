export { LAYER_COLOR } from '$lib/style/layers';

/** The words for layers and kinds live with the model (one table for every view and sentence). */
export { LAYER_LABEL } from '$lib/model';
