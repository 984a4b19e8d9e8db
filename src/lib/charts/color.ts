/** The charts read colours from the shared style tables; kept here so chart files import one place. */
export { contrast, INK, luminance, needsOutline, PAPER, textOn } from '$lib/style/colour';
export { PHASE_COLOR } from '$lib/style/layers';
export { KIND_STYLE } from '$lib/style/kinds';

/** Phase names live with the model; re-exported for the views that read them from here. */
export { PHASE_LABEL } from '$lib/model';
