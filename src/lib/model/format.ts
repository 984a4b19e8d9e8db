/** Plain-text formatting of model quantities, shared by notes, explanations and views. */

/** One formatter per precision: building an Intl.NumberFormat per call is slow. */
const FORMATTERS = [0, 1, 2, 3].map(
	(digits) =>
		new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
);
const number = (n: number, digits: 0 | 1 | 2 | 3) => FORMATTERS[digits]!.format(n);

/** 512 MiB, 1.5 GiB, 2.1 TiB. */
export function formatMiB(mib: number): string {
	const abs = Math.abs(mib);
	if (abs >= 1024 * 1024) return `${number(mib / (1024 * 1024), 1)} TiB`;
	if (abs >= 1024) return `${number(mib / 1024, 1)} GiB`;
	if (abs >= 10 || abs === 0) return `${number(mib, 0)} MiB`;
	return `${number(mib, 1)} MiB`;
}

/** 45 ms, 1.2 s, 2.5 min. */
export function formatMs(ms: number): string {
	if (ms >= 120_000) return `${number(ms / 60_000, 1)} min`;
	if (ms >= 1000) return `${number(ms / 1000, 1)} s`;
	if (ms >= 10) return `${number(ms, 0)} ms`;
	return `${number(ms, 1)} ms`;
}

export function formatCores(cores: number): string {
	return `${number(cores, cores >= 10 ? 1 : 2)} ${cores === 1 ? 'core' : 'cores'}`;
}

export function formatCount(n: number): string {
	return number(n, 0);
}

/** 1st, 2nd, 3rd, 11th, 41st. */
export function ordinal(n: number): string {
	const mod100 = n % 100;
	const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${formatCount(n)}${suffix}`;
}
