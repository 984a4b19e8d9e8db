/** The memory chart at an extreme: a huge count still draws every layer at its own size. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import MemoryChart from '$lib/charts/MemoryChart.svelte';
import { defaultScenario } from '$lib/model';
import { setCount, setHost } from '$lib/scenario/edit';
import { HOST_PRESETS } from '$lib/scenario/presets';
import { mountChart } from './harness';

// Marks move with CSS transitions; measured positions must be where they end.
beforeAll(() => commands.reduceMotion(true));
afterAll(() => commands.reduceMotion(false));

test('at 200,000 VMs the memory bars reach their total and keep every layer', async () => {
	// The page's "Big 2-socket server" button, then 200,000 in the nginx VMs' count.
	const big = HOST_PRESETS.find((p) => p.name === 'Big 2-socket server')!;
	const scenario = setCount(setHost(defaultScenario(), big.host), 'g1', 200_000);
	const m = await mountChart(MemoryChart, { scenario });
	expect(m.summary.textContent).toContain('TiB');
	const drawn = [...m.svg.querySelectorAll('rect[data-key^="g1|"]')].map((e) => ({
		label: e.getAttribute('aria-label') ?? '',
		left: e.getBoundingClientRect().left,
		width: e.getBoundingClientRect().width
	}));
	// Pixels per MiB from the axis: the 0 and 200,000 GiB ticks.
	const at = (text: string) => {
		const tick = [...m.svg.querySelectorAll('text')].find((t) => t.textContent === text);
		expect(tick, `the tick ${text}`).toBeDefined();
		const b = tick!.getBoundingClientRect();
		return b.x + b.width / 2;
	};
	const [x0, x200k] = [at('0'), at('200,000 GiB')];
	const pxPerMiB = (x200k - x0) / (200_000 * 1024);
	expect(drawn.length).toBeGreaterThanOrEqual(5);
	// Every layer is drawn at its own size (before, the last ones vanished and the bar stopped
	// near 65,000 GiB while its label said 220 TiB).
	for (const s of drawn) {
		const mib = Number(s.label.match(/: ([\d,.]+) MiB/)![1]!.replace(/,/g, ''));
		const want = mib * pxPerMiB;
		expect(Math.abs(s.width - want), s.label).toBeLessThan(1 + 0.01 * want);
	}
	const right = Math.max(...drawn.map((s) => s.left + s.width));
	expect(right).toBeGreaterThan(x200k);
});
