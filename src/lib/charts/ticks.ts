/** Axis ticks in the units people read: MiB or GiB for memory, ms to minutes for time. */
import { scaleLinear } from 'd3-scale';
import { formatCount } from '$lib/model';
import { formatMs, num1 } from './format';
import { textWidth } from './legend';

export interface Tick {
	value: number;
	label: string;
}

const GiB = 1024;

/**
 * About `count` ticks from 0 to `maxMiB`, on round numbers of GiB from 2 GiB up and of MiB
 * below (1,024 MiB is not a round number to a reader; 1 GiB is).
 */
export function memoryTicks(maxMiB: number, count = 5): Tick[] {
	if (!(maxMiB > 0)) return [{ value: 0, label: '0' }];
	if (maxMiB >= 2 * GiB) {
		return scaleLinear()
			.domain([0, maxMiB / GiB])
			.ticks(count)
			.map((g) => ({ value: g * GiB, label: g === 0 ? '0' : `${num1(g)} GiB` }));
	}
	return scaleLinear()
		.domain([0, maxMiB])
		.ticks(count)
		.map((m) => ({ value: m, label: m === 0 ? '0' : `${num1(m)} MiB` }));
}

/** Powers of ten from `min` to `max` inclusive (both > 0), for log axes. */
export function powersOfTen(min: number, max: number): number[] {
	if (!(min > 0) || !(max >= min)) return [];
	const out: number[] = [];
	for (let e = Math.ceil(Math.log10(min) - 1e-9); 10 ** e <= max * (1 + 1e-9); e++)
		out.push(10 ** e);
	return out;
}

/**
 * Time ticks: linear round numbers, or powers of ten (1 ms, 10 ms, …) for a log axis — from 0 on
 * a symlog axis, or from `logStartMs` on a true log axis (which has no 0).
 */
export function timeTicks(maxMs: number, log: boolean, count = 6, logStartMs?: number): Tick[] {
	const values = log
		? logStartMs !== undefined
			? [...new Set([...powersOfTen(logStartMs, maxMs), maxMs])]
			: [...new Set([0, ...powersOfTen(1, maxMs), maxMs])]
		: scaleLinear().domain([0, maxMs]).ticks(count);
	return values.map((v) => ({ value: v, label: v === 0 ? '0' : formatMs(v) }));
}

/** Instance-count ticks: linear round numbers, or powers of ten for a log axis starting at 1. */
export function countTicks(min: number, max: number, log: boolean, count = 6): Tick[] {
	const values = log
		? powersOfTen(Math.max(1, min), max)
		: scaleLinear().domain([min, max]).ticks(count).filter(Number.isInteger);
	return values.map((v) => ({ value: v, label: formatCount(v) }));
}

/** Ticks whose labels do not overlap along a horizontal axis: the first, then each that clears the last one kept. */
export function spaced<T extends { pos: number; label: string }>(
	ticks: readonly T[],
	fontPx: number
): T[] {
	const out: T[] = [];
	let right = -Infinity;
	for (const t of [...ticks].sort((a, b) => a.pos - b.pos)) {
		const half = textWidth(t.label, fontPx) / 2;
		if (t.pos - half < right + 8) continue;
		out.push(t);
		right = t.pos + half;
	}
	return out;
}

/** Ticks at least `gapPx` apart along a vertical axis. */
export function spacedVertically<T extends { pos: number }>(
	ticks: readonly T[],
	gapPx: number
): T[] {
	const out: T[] = [];
	let last = -Infinity;
	for (const t of [...ticks].sort((a, b) => b.pos - a.pos)) {
		if (Math.abs(t.pos - last) < gapPx) continue;
		out.push(t);
		last = t.pos;
	}
	return out;
}

/** The smallest of 1, 2, 5 × 10^k that is ≥ v: a round end for an axis. */
export function niceCeil(v: number): number {
	if (!(v > 0)) return 1;
	const p = 10 ** Math.floor(Math.log10(v));
	for (const m of [1, 2, 5, 10]) if (m * p >= v * (1 - 1e-12)) return m * p;
	return 10 * p;
}
