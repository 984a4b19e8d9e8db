import { describe, expect, it } from 'vitest';
import { EDGE_PX, edgeScroll } from '../../../src/lib/sandbox/draggable';

describe('edgeScroll: a drag held near the window’s edge scrolls the page', () => {
	const h = 844;
	it('does not scroll away from the edges', () => {
		for (const y of [EDGE_PX + 1, h / 2, h - EDGE_PX - 1]) expect(edgeScroll(y, h)).toBe(0);
	});
	it('scrolls down near the bottom and up near the top, faster nearer the edge', () => {
		expect(edgeScroll(h - EDGE_PX / 2, h)).toBeGreaterThan(0);
		expect(edgeScroll(h - 1, h)).toBeGreaterThan(edgeScroll(h - EDGE_PX / 2, h));
		expect(edgeScroll(EDGE_PX / 2, h)).toBeLessThan(0);
		expect(edgeScroll(1, h)).toBeLessThan(edgeScroll(EDGE_PX / 2, h));
	});
	it('keeps the edge zones apart in a very short window', () => {
		const short = 100;
		expect(edgeScroll(short / 2, short)).toBe(0);
		expect(edgeScroll(short - 1, short)).toBeGreaterThan(0);
	});
});
