import { formatMiB, formatMs } from '$lib/model';

/** The one formatMiB and formatMs, the model's: every view writes a quantity the same way. */
export { formatMiB, formatMs };

/**
 * Exact figures for tooltips, tables and CSV. Intl formatters are built once: a chart labels
 * hundreds of marks on every change, and `toLocaleString` builds a formatter per call.
 */
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1,234.5 */
export const num1 = (n: number): string => one.format(n);
/** 1,235 */
export const num0 = (n: number): string => whole.format(n);

/** "930.5 MiB", or "4,300 MiB (4.2 GiB)" from 1 GiB up: exact, and readable. */
export function exactMiB(mib: number): string {
	const exact = `${one.format(mib)} MiB`;
	return Math.abs(mib) >= 1024 ? `${exact} (${formatMiB(mib)})` : exact;
}

/** "450 ms", or "6,200 ms (6.2 s)" from 1 s up. */
export function exactMs(ms: number): string {
	const exact = `${one.format(ms)} ms`;
	return ms >= 1000 ? `${exact} (${formatMs(ms)})` : exact;
}

/** A number for a CSV cell: at most 3 decimals, no thousands separators. */
export const csvNumber = (n: number): string =>
	Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : '';
