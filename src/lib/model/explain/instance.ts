/** Explanation of one instance's whole memory: the number on a group's card, broken into layers. */
import type { InstanceFigures } from '../instance';
import { LAYER_LABEL } from '../labels';
import { kindName, type Resolved } from '../resolve';
import { LAYERS, type Host } from '../types';
import { layerExplanation } from './memory';
import { finish, part, withParts, type Explanation } from './terms';

/** What the parts add up to, in words (no numbers: those are the inputs). */
function formulaOf(r: Resolved): string {
	const kind = kindName(r.kind);
	if (r.kind === 'container')
		return `The sum of the layers below. A ${kind} has no guest kernel or guest OS: it is the app and its libraries, resident in the host’s memory, plus the engine’s small per-container process. Containers of the same image share their library pages, so each further one adds less.`;
	return `The sum of the layers below: the RAM given to the ${kind}’s guest (its own kernel, OS services, libraries, the app, and whatever of that RAM sits idle) plus the hypervisor’s own overhead for running it.`;
}

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
		formulaOf(r),
		layers.map((layer) =>
			part(LAYER_LABEL[layer], fig.memory[layer], 'MiB', { type: 'layer', groupId, layer })
		)
	);
	return withParts(whole, parts);
}
