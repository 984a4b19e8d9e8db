/** Titles of the explanations every kind gives, worded the same way. */
import { LAYER_LABEL, PHASE_LABEL } from '../labels';
import type { Resolved } from '../resolve';
import type { Layer, Phase } from '../types';

export const layerTitle = (r: Resolved, kindName: string, layer: Layer): string =>
	`${LAYER_LABEL[layer]} memory of one ${r.workload.name} ${kindName}`;

export const phaseTitle = (r: Resolved, kindName: string, phase: Phase): string =>
	`${PHASE_LABEL[phase]} phase of one ${r.workload.name} ${kindName}`;

export const diskTitle = (r: Resolved, kindName: string): string =>
	`Disk of one ${r.workload.name} ${kindName}`;
