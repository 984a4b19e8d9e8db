/**
 * Exact figures for tooltips, tables and CSV. Intl formatters are built once: a chart labels
 * hundreds of marks on every change, and `toLocaleString` builds a formatter per call.
 */
const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** The model's formatMiB (512 MiB, 1.5 GiB, 2.1 TiB), with formatters built once. */
export function formatMiB(mib: number): string {
	const abs = Math.abs(mib);
	if (abs >= 1024 * 1024) return `${one.format(mib / (1024 * 1024))} TiB`;
	if (abs >= 1024) return `${one.format(mib / 1024)} GiB`;
	if (abs >= 10 || abs === 0) return `${whole.format(mib)} MiB`;
	return `${one.format(mib)} MiB`;
}

/** The model's formatMs (45 ms, 1.2 s, 2.5 min), with formatters built once. */
export function formatMs(ms: number): string {
	if (ms >= 120_000) return `${one.format(ms / 60_000)} min`;
	if (ms >= 1000) return `${one.format(ms / 1000)} s`;
	if (ms >= 10) return `${whole.format(ms)} ms`;
	return `${one.format(ms)} ms`;
}

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
