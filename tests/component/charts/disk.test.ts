/** The disk chart with nothing placed: a message, and no axis (it would run from 0 to 1 MiB). */
import { expect, test } from 'vitest';
import DiskChart from '$lib/charts/DiskChart.svelte';
import { defaultScenario } from '$lib/model';
import { mountChart } from './harness';

test('an empty host’s disk chart says what to do and draws no axis', async () => {
	const m = await mountChart(DiskChart, { scenario: { ...defaultScenario(), groups: [] } });
	await expect.element(m.locator.getByText('Place a workload to see its disk.')).toBeVisible();
	const texts = [...m.svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
	expect(texts.filter((t) => /MiB|GiB/.test(t))).toEqual([]);
	expect(m.marks()).toHaveLength(0);
});

test('the default scenario’s disk chart has its axis in MiB or GiB', async () => {
	const m = await mountChart(DiskChart);
	const texts = [...m.svg.querySelectorAll('g[aria-hidden] text')].map((t) => t.textContent ?? '');
	expect(texts.some((t) => /MiB|GiB/.test(t))).toBe(true);
});
