/**
 * Timing helpers shared by the benchmark suites, and the shapes every suite reports.
 * A suite prints one JSON Suite on stdout; scripts/bench.mjs reads it, checks budgets and writes
 * docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';

export interface Row {
	name: string;
	median: number;
	p95: number;
	unit: string;
	/** The most `budgetOn` may be; a row without a budget is for information. */
	budget?: number;
	/** Which figure the budget limits: the median unless said. */
	budgetOn?: 'median' | 'p95';
	/** Within the budget (true when there is none). */
	ok: boolean;
}

export interface Suite {
	title: string;
	/** A paragraph under the heading: what is measured, on what input. */
	about?: string;
	rows: Row[];
	/** Further tables without budgets, e.g. a per-case breakdown of one row. */
	details?: { title: string; rows: Row[] }[];
}

export interface Stats {
	/** Per-call time in ms. */
	median: number;
	p95: number;
}

export interface MeasureOptions {
	/** Calls of each function before timing starts, so the JIT has settled. */
	warmup: number;
	/** Timed samples per function. */
	samples: number;
	/** Calls per sample, for functions too fast to time one call at a time. */
	batch?: number;
}

/** The value at quantile q (0..1) of ascending `sorted`, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[i] ?? NaN;
}

/** Every result is stored here, so the optimiser cannot drop a call as unused. */
let _sink: unknown;

/**
 * Time each function; samples are taken in turn (a, b, c, a, b, c, …) so drift from turbo, GC or
 * a noisy neighbour falls on all of them alike. Returns per-call median and p95 in ms.
 */
export function measureEach(fns: readonly (() => unknown)[], opts: MeasureOptions): Stats[] {
	const batch = opts.batch ?? 1;
	for (const fn of fns) for (let i = 0; i < opts.warmup; i++) _sink = fn();
	const samples = fns.map((): number[] => []);
	for (let s = 0; s < opts.samples; s++) {
		fns.forEach((fn, f) => {
			const start = performance.now();
			for (let i = 0; i < batch; i++) _sink = fn();
			samples[f]!.push((performance.now() - start) / batch);
		});
	}
	return samples.map((ms) => {
		ms.sort((a, b) => a - b);
		return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
	});
}

export const measure = (fn: () => unknown, opts: MeasureOptions): Stats =>
	measureEach([fn], opts)[0]!;

/** A row; ok when there is no budget or `budgetOn` (the median by default) is within it. */
export function row(
	name: string,
	median: number,
	p95: number,
	unit: string,
	budget?: number,
	budgetOn: 'median' | 'p95' = 'median'
): Row {
	if (budget === undefined) return { name, median, p95, unit, ok: true };
	const ok = (budgetOn === 'p95' ? p95 : median) <= budget;
	return { name, median, p95, unit, budget, budgetOn, ok };
}

const PER_MS = { ms: 1, µs: 1000 } as const;

/** A row from timings in ms, shown in `unit`. */
export const timedRow = (name: string, s: Stats, unit: keyof typeof PER_MS, budget?: number): Row =>
	row(name, s.median * PER_MS[unit], s.p95 * PER_MS[unit], unit, budget);
