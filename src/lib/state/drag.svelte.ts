import { createContext } from 'svelte';

/** A pointer drag in progress: what is dragged, where the pointer is, which drop zone it is over. */
export class DragState {
	label = $state<string | null>(null);
	x = $state(0);
	y = $state(0);
	overZone = $state<string | null>(null);

	reset(): void {
		this.label = null;
		this.overZone = null;
	}
}

export const [getDrag, setDrag] = createContext<DragState>();
