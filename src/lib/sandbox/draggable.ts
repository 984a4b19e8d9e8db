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

/** Within this many pixels of the window's top or bottom edge, a held drag scrolls the page. */
export const EDGE_PX = 56;
/** The fastest scroll, in pixels per frame, with the pointer at the very edge. */
const MAX_SCROLL_PX = 18;

/**
 * How far to scroll this frame with the pointer at `y` in a window `height` tall: 0 away from the
 * edges, faster the nearer the edge (negative: up). A phone's drag can reach a host below the fold.
 */
export function edgeScroll(y: number, height: number, edge = EDGE_PX): number {
	const near = Math.min(edge, height / 4);
	if (y > height - near) return Math.ceil((MAX_SCROLL_PX * (y - (height - near))) / near);
	if (y < near) return -Math.ceil((MAX_SCROLL_PX * (near - y)) / near);
	return 0;
}

const zoneAt = (x: number, y: number): string | null =>
	(document.elementFromPoint(x, y)?.closest('[data-dropzone]') as HTMLElement | null)?.dataset
		.dropzone ?? null;

/** Whether (x, y) is over a host's drawing (`data-drop-target`), where a held edge scroll stops. */
const onTarget = (x: number, y: number): boolean =>
	!!document.elementFromPoint(x, y)?.closest('[data-drop-target]');

/**
 * Drag with pointer events — mouse, touch and pen alike. Only state changes here; the ghost and
 * the highlighted zone are rendered by Svelte from DragState. The keyboard path lives with the
 * palette and the host (grab with Enter/Space, drop with Enter/Space, Escape to cancel).
 */
export function draggable(node: HTMLElement, options: DraggableOptions) {
	let o = options;
	let start: { x: number; y: number; id: number } | null = null;
	let dragging = false;
	/** The frame that scrolls the page while the pointer is held near an edge. */
	let frame = 0;

	function scrollStep() {
		frame = 0;
		if (!dragging || !start) return;
		const dy = edgeScroll(o.drag.y, window.innerHeight);
		if (dy === 0) return;
		const before = window.scrollY;
		window.scrollBy(0, dy);
		// The page moved under a still pointer: what it is over may have changed.
		if (window.scrollY !== before) o.drag.overZone = zoneAt(o.drag.x, o.drag.y);
		// Reached a host's drawing: stop there rather than run past it to the charts below.
		if (onTarget(o.drag.x, o.drag.y)) return;
		frame = requestAnimationFrame(scrollStep);
	}

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
		if (
			!frame &&
			edgeScroll(e.clientY, window.innerHeight) !== 0 &&
			!onTarget(e.clientX, e.clientY)
		)
			frame = requestAnimationFrame(scrollStep);
	}
	function stopListening() {
		cancelAnimationFrame(frame);
		frame = 0;
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
