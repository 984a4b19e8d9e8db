import { KINDS, type Kind } from '$lib/model';
import { KIND_STYLE } from '$lib/style/kinds';

export { LAYER_COLOR } from '$lib/style/layers';

/** The words for layers and kinds live with the model (one table for every view and sentence). */
export { LAYER_LABEL } from '$lib/model';

/** A kind as a badge or table row heading, and in a narrow column: from the one presentation table. */
export const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k, KIND_STYLE[k].label])) as Record<
	Kind,
	string
>;
export const KIND_SHORT = Object.fromEntries(KINDS.map((k) => [k, KIND_STYLE[k].short])) as Record<
	Kind,
	string
>;
