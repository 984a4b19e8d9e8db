/**
 * The startup chart's time axis: linear (phases end to end) or log (each phase its own bar from
 * the axis start, never stacked).
 */
import { expect, test } from 'vitest';
import StartupChart from '$lib/charts/StartupChart.svelte';
import { mountChart } from './harness';

test('the time axis switches between linear and log, and back', async () => {
	const m = await mountChart(StartupChart);
	const startup = m.locator;
	await expect.element(startup.getByText('Time from start', { exact: true })).toBeVisible();
	const warm = m.svg.querySelector('[data-key="container-warm|sandbox"]')!;
	const linearWidth = Number(warm.getAttribute('width'));
	await startup.getByRole('radio', { name: 'Log' }).click();
	await expect.element(startup.getByText('Length of each phase (log scale)')).toBeVisible();
	// On the log axis the container's milliseconds get room next to the VM's seconds.
	await expect
		.poll(() =>
			Number(m.svg.querySelector('[data-key="container-warm|sandbox"]')!.getAttribute('width'))
		)
		.toBeGreaterThan(linearWidth * 3);
	await startup.getByRole('radio', { name: 'Linear' }).click();
	await expect.element(startup.getByText('Time from start', { exact: true })).toBeVisible();
	await expect.element(startup.getByText(/^Log scale: each phase/)).not.toBeInTheDocument();
});

test('on the log time axis each phase is its own bar from the axis start, never stacked', async () => {
	const m = await mountChart(StartupChart);
	await m.locator.getByRole('radio', { name: 'Log' }).click();
	await expect.element(m.locator.getByText(/^Log scale: each phase on its own bar/)).toBeVisible();
	const vmBars = () => [...m.svg.querySelectorAll('rect[data-key^="vm|"]')];
	await expect.poll(() => vmBars().length).toBe(6); // five phases and the total
	expect(new Set(vmBars().map((e) => e.getAttribute('x'))).size).toBe(1);
	expect(new Set(vmBars().map((e) => e.getAttribute('y'))).size).toBe(6);
	// A log axis has no 0.
	const ticks = [...m.svg.querySelectorAll('g[aria-hidden] text')].map((t) => t.textContent);
	expect(ticks).not.toContain('0');
	expect(ticks).toContain('1 s');
});
