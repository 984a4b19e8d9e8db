/**
 * Mount a chart alone in the browser, with the props and context the page would give it, and read
 * what it drew. The chart's data comes from the pure model, as the page's derived state computes it.
 */
import { setContext, type Component } from 'svelte';
import { expect } from 'vitest';
import { page, type Locator } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import {
	defaultScenario,
	evaluate,
	kindTable,
	workloadIn,
	workloadNameIn,
	type Scenario
} from '$lib/model';
import { CHART_ID_PREFIX } from '$lib/charts/context';
import { setChartSource, type ChartSource } from '$lib/charts/settled.svelte';
import { setView, ViewState } from '$lib/state/view.svelte';

export type ChartId = 'memory' | 'density' | 'startup' | 'disk';

/** What the charts read for `scenario` (the page's SettledSandbox, once caught up). */
export function chartSource(
	scenario: Scenario = defaultScenario(),
	workload = 'nginx'
): ChartSource {
	const report = evaluate(scenario);
	const ref = workloadIn(scenario, workload);
	return {
		scenario,
		host: scenario.host,
		report,
		fit: { ref, name: workloadNameIn(report, ref) },
		fitKinds: kindTable(scenario, ref)
	};
}

/**
 * `chart` with the contexts the page gives it: a view state, its chart source and, comparing, the
 * side's id prefix. A Svelte 5 component is a function, and `mount` runs it as a component's
 * initialisation: this one sets the contexts, then draws the chart in its place.
 */
function inPage(chart: Component, source: ChartSource, idPrefix = ''): Component {
	return (internals, props) => {
		setView(new ViewState());
		setChartSource(source);
		setContext(CHART_ID_PREFIX, idPrefix);
		return chart(internals, props);
	};
}

export interface Mounted {
	/** The chart's <figure>. */
	figure: HTMLElement;
	/** The same figure as a locator: find and press its controls as a person would. */
	locator: Locator;
	/** Its <svg data-chart>. */
	svg: SVGSVGElement;
	/** Its focusable marks, in document order. */
	marks: () => SVGElement[];
	/** The one-sentence summary under the title. */
	summary: HTMLElement;
}

/**
 * Render `chart` for `scenario` in a box `width` px wide, and wait until it is drawn at the width
 * it measured (it first draws at a default width, then at its container's).
 */
export async function mountChart(
	chart: Component,
	{
		scenario = defaultScenario(),
		width = 640,
		idPrefix
	}: { scenario?: Scenario; width?: number; idPrefix?: string } = {}
): Promise<Mounted> {
	// The width the page's layout gives the chart: its figure's border box.
	const target = document.body.appendChild(document.createElement('div'));
	target.style.width = `${width}px`;
	await render(inPage(chart, chartSource(scenario), idPrefix), { target });
	const figure = target.querySelector<HTMLElement>('figure[data-chart-id]')!;
	expect(figure, 'the chart’s figure').not.toBeNull();
	const svg = figure.querySelector<SVGSVGElement>('svg[data-chart]')!;
	await drawnAtItsWidth(svg);
	return {
		figure,
		locator: page.elementLocator(figure),
		svg,
		marks: () => [...svg.querySelectorAll<SVGElement>('[data-key]')],
		summary: figure.querySelector<HTMLElement>('[data-summary]')!
	};
}

/** Wait until the chart is laid out at its container's width (as the page's resize test does). */
async function drawnAtItsWidth(svg: SVGSVGElement): Promise<void> {
	await expect
		.poll(() => Number(svg.getAttribute('width')), { timeout: 10_000 })
		.toBe(Math.max(280, svg.parentElement!.clientWidth));
}

/** The numbers of one table column, by row name and header text (a number cell reads "1,234.5"). */
export function column(table: HTMLTableElement, header: string): Map<string, number> {
	const headers = [...table.querySelectorAll('thead th')].map((h) => h.textContent ?? '');
	const i = headers.findIndex((h) => h.startsWith(header));
	expect(i, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThan(0);
	const out = new Map<string, number>();
	for (const row of table.querySelectorAll('tbody tr')) {
		const cells = row.querySelectorAll('th, td');
		out.set(cells[0]!.textContent ?? '', Number((cells[i]!.textContent ?? '').replace(/,/g, '')));
	}
	return out;
}

/** The drawn texts of an <svg> that reach past its left or right edge (by more than 1 px). */
export function textsOutside(svg: SVGSVGElement): string[] {
	const box = svg.getBoundingClientRect();
	return [...svg.querySelectorAll('text')]
		.filter((t) => t.textContent && t.getClientRects().length > 0)
		.filter((t) => {
			const b = t.getBoundingClientRect();
			return b.left < box.left - 1 || b.right > box.right + 1;
		})
		.map((t) => t.textContent ?? '');
}
