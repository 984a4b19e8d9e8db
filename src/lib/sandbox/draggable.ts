import type { DragState } from '$lib/state/drag.svelte';

export interface DraggableOptions {
	drag: DragState;
	label: string;
	/** Released over an element with data-dropzone: its value. */
	onDrop?: (zone: string) => void;
	/** Released away from every drop zone. */
	onDropOutside?: () => void;
}

/** Pixels the pointer must move before a press becomes a drag (so a click stays a click). */
const THRESHOLD_PX = 5;

/** Controls inside a draggable card keep their own pointer behaviour. */
const INTERACTIVE = 'button, input, select, textarea, summary, label, a, [contenteditable]';

const noSelect = (e: Event) => e.preventDefault();

const zoneAt = (x: number, y: number): string | null =>
	(document.elementFromPoint(x, y)?.closest('[data-dropzone]') as HTMLElement | null)?.dataset
		.dropzone ?? null;

/**
 * Drag with pointer events — mouse, touch and pen alike. Only state changes here; the ghost and
 * the highlighted zone are rendered by Svelte from DragState. The keyboard path lives with the
 * palette and the host (grab with Enter/Space, drop with Enter/Space, Escape to cancel).
 */
export function draggable(node: HTMLElement, options: DraggableOptions) {
	let o = options;
	let start: { x: number; y: number; id: number } | null = null;
	let dragging = false;

	function down(e: PointerEvent) {
		if (e.button !== 0) return;
		const target = e.target as Element | null;
		if (target !== node && target?.closest(INTERACTIVE) && target.closest(INTERACTIVE) !== node)
			return;
		start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		// A press on a card or chip is a click or a drag, never the start of a text selection
		// (which would also scroll the page as the pointer nears an edge).
		document.addEventListener('selectstart', noSelect);
		window.addEventListener('pointermove', move);
		window.addEventListener('pointerup', up);
		window.addEventListener('pointercancel', cancel);
	}
	function move(e: PointerEvent) {
		if (!start || e.pointerId !== start.id) return;
		if (!dragging) {
			if (Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD_PX) return;
			dragging = true;
			o.drag.label = o.label;
			window.getSelection()?.removeAllRanges();
		}
		e.preventDefault();
		o.drag.x = e.clientX;
		o.drag.y = e.clientY;
		o.drag.overZone = zoneAt(e.clientX, e.clientY);
	}
	function stopListening() {
		document.removeEventListener('selectstart', noSelect);
		window.removeEventListener('pointermove', move);
		window.removeEventListener('pointerup', up);
		window.removeEventListener('pointercancel', cancel);
	}
	function end(e: PointerEvent, cancelled: boolean) {
		if (!start || e.pointerId !== start.id) return;
		start = null;
		stopListening();
		if (!dragging) return;
		const zone = cancelled ? null : zoneAt(e.clientX, e.clientY);
		o.drag.reset();
		if (!cancelled) {
			if (zone) o.onDrop?.(zone);
			else o.onDropOutside?.();
		}
		// The click that may follow a drag is not a click.
		const swallow = (c: Event) => c.stopImmediatePropagation();
		window.addEventListener('click', swallow, { capture: true, once: true });
		setTimeout(() => {
			window.removeEventListener('click', swallow, { capture: true });
			dragging = false;
		});
	}
	const up = (e: PointerEvent) => end(e, false);
	const cancel = (e: PointerEvent) => end(e, true);

	node.addEventListener('pointerdown', down);
	return {
		update(next: DraggableOptions) {
			o = next;
		},
		destroy() {
			node.removeEventListener('pointerdown', down);
			stopListening();
		}
	};
}
