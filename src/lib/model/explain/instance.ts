/** Explanation of one instance's whole memory: the number on a group's card, broken into layers. */
import type { InstanceFigures } from '../instance';
import { LAYER_LABEL } from '../labels';
import { kindModule } from '../kinds';
import { kindName, type Resolved } from '../resolve';
import { LAYERS, type Host } from '../types';
import { layerExplanation } from './memory';
import { finish, part, term, withParts, type Explanation } from './terms';

export function instanceExplanation(
	host: Host,
	r: Resolved,
	groupId: string,
	fig: InstanceFigures
): Explanation {
	const layers = LAYERS.filter((l) => fig.memory[l] > 0);
	const parts = layers.map((layer) => layerExplanation(host, r, layer, fig.memory[layer]));
	const whole = finish(
		`Memory of one ${r.workload.name} ${kindName(r.kind)}`,
		fig.memoryMiB,
		'MiB',
		kindModule(r.kind).memoryFormula(r),
		layers.map((layer) =>
			term(part(LAYER_LABEL[layer], fig.memory[layer], 'MiB', { type: 'layer', groupId, layer }))
		)
	);
	return withParts(whole, parts);
}
