/**
 * What every chart's figure shows for the default scenario: focusable marks with one tab stop, the
 * summary sentence, and a data table with the model's numbers that opens and closes.
 */
import type { Component } from 'svelte';
import { describe, expect, test } from 'vitest';
import DensityChart from '$lib/charts/DensityChart.svelte';
import DiskChart from '$lib/charts/DiskChart.svelte';
import MemoryChart from '$lib/charts/MemoryChart.svelte';
import StartupChart from '$lib/charts/StartupChart.svelte';
import { densitySeries, densitySummary } from '$lib/charts/densityData';
import { diskLayout, diskSummary } from '$lib/charts/diskData';
import { memoryRows, memorySummary } from '$lib/charts/memoryData';
import { startupRows, startupSummary } from '$lib/charts/startupData';
import { DEFAULT_HOST, defaultScenario, evaluate, maxInstances } from '$lib/model';
import { chartSource, column, mountChart, type ChartId } from './harness';

/** Each chart, its title, and the summary the pure chart data writes for the default scenario. */
const CHARTS: { id: ChartId; chart: Component; title: string; summary: () => string }[] = [
	{
		id: 'memory',
		chart: MemoryChart,
		title: 'Memory by layer',
		summary: () => {
			const { scenario, report } = chartSource();
			return memorySummary(report, memoryRows(report, scenario));
		}
	},
	{
		id: 'density',
		chart: DensityChart,
		title: 'Density: nginx web server',
		summary: () => {
			const s = chartSource();
			return densitySummary(densitySeries(s.fitKinds), s.fit.name, s.host.memoryMiB);
		}
	},
	{
		id: 'startup',
		chart: StartupChart,
		title: 'Startup: nginx web server',
		summary: () => {
			const s = chartSource();
			return startupSummary(startupRows(s.fitKinds), s.fit.name);
		}
	},
	{
		id: 'disk',
		chart: DiskChart,
		title: 'Disk: images and layers',
		summary: () => {
			const { report } = chartSource();
			return diskSummary(diskLayout(report), report.disk);
		}
	}
];

describe.each(CHARTS)('the $id chart', ({ id, chart, title, summary }) => {
	test('draws the default scenario with focusable marks, one tab stop and its summary', async () => {
		const m = await mountChart(chart);
		expect(m.figure.dataset.chartId).toBe(id);
		await expect.element(m.locator.getByRole('heading', { name: title })).toBeVisible();
		expect(m.marks().length).toBeGreaterThan(2);
		await expect.element(m.locator.getByRole('img').first()).toBeVisible();
		// Roving tabindex: exactly one mark is in the tab order.
		expect(m.svg.querySelectorAll('[data-key][tabindex="0"]')).toHaveLength(1);
		expect(m.summary.textContent).toBe(summary());
	});

	test('opens and closes its data table', async () => {
		const m = await mountChart(chart);
		const show = m.locator.getByRole('button', { name: 'Show data table' });
		await expect.element(show).toHaveAttribute('aria-expanded', 'false');
		expect(m.figure.querySelector('table')).toBeNull();
		await show.click();
		const hide = m.locator.getByRole('button', { name: 'Hide data table' });
		await expect.element(hide).toHaveAttribute('aria-expanded', 'true');
		const region = m.locator.getByRole('region', { name: `${title}: data table` });
		await expect.element(region).toBeVisible();
		await expect.element(hide).toHaveAttribute('aria-controls', region.element().id);
		await expect.element(region.getByRole('table')).toBeVisible();
		await hide.click();
		await expect.element(region).not.toBeInTheDocument();
		await expect.element(show).toHaveAttribute('aria-expanded', 'false');
	});
});

test('the data tables show the model’s numbers', async () => {
	const scenario = defaultScenario();
	const report = evaluate(scenario);
	const table = async (chart: Component) => {
		const m = await mountChart(chart);
		await m.locator.getByRole('button', { name: 'Show data table' }).click();
		await expect.element(m.locator.getByRole('table')).toBeVisible();
		return m.figure.querySelector('table')!;
	};

	const memory = column(await table(MemoryChart), 'Total used');
	expect(memory.get('Whole host')).toBeCloseTo(report.memory.usedMiB, 1);
	for (const g of report.groups)
		expect(memory.get(scenario.groups.find((x) => x.id === g.id)!.label!)).toBeCloseTo(
			g.memory.totalMiB,
			1
		);

	const density = column(await table(DensityChart), 'Maximum instances');
	for (const [kind, name] of [
		['vm', 'VM'],
		['microvm', 'microVM'],
		['container', 'Container']
	] as const)
		expect(density.get(name)).toBe(maxInstances(DEFAULT_HOST, { kind, workload: 'nginx' }).count);

	const startup = column(await table(StartupChart), 'Ready after');
	expect(startup.get('VM')).toBeCloseTo(report.groups[0]!.startup.readyMs, 1);
	expect(startup.get('Container, warm cache')).toBeCloseTo(report.groups[2]!.startup.readyMs, 1);

	const disk = await table(DiskChart);
	const rowNames = [...disk.querySelectorAll('tbody tr th')].map((th) => th.textContent ?? '');
	expect(rowNames.some((name) => /^nginx.* VM disk/.test(name))).toBe(true);
	const total = column(disk, 'On disk, total');
	expect([...total.values()].every((v) => v >= 0)).toBe(true);
});

test('comparing, a chart’s ids and its table’s name carry the side', async () => {
	const m = await mountChart(MemoryChart, { idPrefix: 'b-' });
	await expect
		.element(m.locator.getByRole('heading', { name: 'Memory by layer' }))
		.toHaveAttribute('id', 'b-memory-title');
	await m.locator.getByRole('button', { name: 'Show data table' }).click();
	const region = m.locator.getByRole('region', { name: 'Memory by layer (B): data table' });
	await expect.element(region).toHaveAttribute('id', 'b-memory-table');
});
