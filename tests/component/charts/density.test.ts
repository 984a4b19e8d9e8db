/** The density chart's words: the capacity label sits where no line crosses it. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import DensityChart from '$lib/charts/DensityChart.svelte';
import { mountChart } from './harness';

// Marks move with CSS transitions; measured positions must be where they end.
beforeAll(() => commands.reduceMotion(true));
afterAll(() => commands.reduceMotion(false));

/** The strokes of the lines that pass through the capacity label's box. */
function linesThroughCapacityLabel(svg: SVGSVGElement): string[] {
	const label = svg.querySelector<SVGTextElement>('.rule text')!;
	expect(label, 'the capacity label').not.toBeNull();
	const b = label.getBoundingClientRect();
	const hits: string[] = [];
	for (const path of svg.querySelectorAll<SVGPathElement>('path.line')) {
		if (!path.getAttribute('d') || path.closest('defs')) continue;
		const m = path.getScreenCTM()!;
		const len = path.getTotalLength();
		for (let d = 0; d <= len; d += 1) {
			const p = path.getPointAtLength(d).matrixTransform(m);
			if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) {
				hits.push(path.getAttribute('stroke') ?? '?');
				break;
			}
		}
	}
	return hits;
}

test.each([
	['log', 640],
	['linear', 640],
	['linear', 360]
] as const)(
	'on the %s instances axis, %i px wide, the capacity label is clear of every line',
	async (axis, width) => {
		const m = await mountChart(DensityChart, { width });
		await m.locator.getByRole('radio', { name: axis === 'log' ? 'Log' : 'Linear' }).click();
		await expect
			.element(m.locator.getByText(axis === 'log' ? /\(log scale\)$/ : /^Instances placed$/))
			.toBeVisible();
		expect(m.svg.querySelectorAll('path.line').length).toBeGreaterThan(0);
		expect(linesThroughCapacityLabel(m.svg)).toEqual([]);
	}
);
