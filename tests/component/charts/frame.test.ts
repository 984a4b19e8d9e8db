/**
 * What the chart frame gives every chart, seen on the memory chart: a roving tabindex through the
 * marks with a tooltip for the focused one, and motion only when the person has not asked for less.
 */
import { afterEach, expect, test } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import MemoryChart from '$lib/charts/MemoryChart.svelte';
import { mountChart } from './harness';

afterEach(() => commands.reduceMotion(false));

test('the keyboard steps through the marks and shows each value', async () => {
	const m = await mountChart(MemoryChart);
	const tabStops = () => m.svg.querySelectorAll<SVGElement>('[data-key][tabindex="0"]');
	const tip = () => m.figure.querySelector<HTMLElement>('.tooltip');

	const first = tabStops()[0]!;
	first.focus();
	await expect.poll(() => tip()?.textContent?.trim()).toBe(first.getAttribute('aria-label'));

	await userEvent.keyboard('{ArrowRight}');
	// Focus moves on to the next mark.
	await expect
		.poll(() => document.activeElement?.getAttribute('data-key'))
		.not.toBe(first.dataset.key);
	const second = document.activeElement as SVGElement;
	expect(m.marks()).toContain(second);
	// The focused mark becomes the one tab stop: Tab away and back returns to it.
	await expect.element(page.elementLocator(second)).toHaveAttribute('tabindex', '0');
	expect(tabStops()).toHaveLength(1);
	await expect.poll(() => tip()?.textContent?.trim()).toBe(second.getAttribute('aria-label'));
	expect(tip()!.textContent).toContain('MiB');
	await userEvent.tab();
	await expect.element(m.locator.getByRole('button', { name: 'Show data table' })).toHaveFocus();
	await userEvent.tab({ shift: true });
	await expect.element(page.elementLocator(second)).toHaveFocus();

	await userEvent.keyboard('{End}');
	await expect.element(page.elementLocator(m.marks().at(-1)!)).toHaveFocus();
	await userEvent.keyboard('{Home}');
	await expect.element(page.elementLocator(m.marks()[0]!)).toHaveFocus();
	await userEvent.keyboard('{Escape}');
	await expect.poll(tip).toBeNull();
});

test('the chart moves only when the person has not asked for reduced motion', async () => {
	const m = await mountChart(MemoryChart);
	await expect.element(page.elementLocator(m.svg)).toHaveClass('motion');
	await commands.reduceMotion(true);
	await expect.element(page.elementLocator(m.svg)).not.toHaveClass('motion');
});
