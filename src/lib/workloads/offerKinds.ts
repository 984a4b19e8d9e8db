import { KIND_PLURAL } from '$lib/model/names';
import { KINDS, type Kind } from '$lib/model/types';
import type { Sandbox } from '$lib/state/sandbox.svelte';
import type { ViewState } from '$lib/state/view.svelte';
import { switchKind } from '$lib/import/stackPlan';

/** Imported services can run as any kind: the message offers each of the others. */
const OFFERED: readonly Kind[] = KINDS;

/**
 * Say what an import did, and offer one click to show the imported groups as each other kind
 * (each switch one undoable step, offering the rest again).
 */
export function offerKinds(
	view: ViewState,
	sandbox: Sandbox,
	groupIds: readonly string[],
	shown: Kind,
	what: string,
	limitsMiB: Readonly<Record<string, number>> = {}
): void {
	view.message = {
		level: 'info',
		text: `${what} They run as ${KIND_PLURAL[shown]}. Undo brings back what you had.`,
		details: [],
		topic: 'import',
		actions: OFFERED.filter((k) => k !== shown).map((k) => ({
			label: `Show as ${KIND_PLURAL[k]}`,
			run: () => {
				sandbox.apply(switchKind(sandbox.scenario, groupIds, k, limitsMiB));
				offerKinds(
					view,
					sandbox,
					groupIds,
					k,
					`The ${groupIds.length} imported groups were switched.`,
					limitsMiB
				);
			}
		}))
	};
}
