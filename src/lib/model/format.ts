/** Plain-text formatting of model quantities, shared by notes, explanations and views. */

/** One formatter per precision: building an Intl.NumberFormat per call is slow. */
const FORMATTERS = [0, 1, 2, 3].map(
	(digits) =>
		new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
);
const number = (n: number, digits: 0 | 1 | 2 | 3) => FORMATTERS[digits]!.format(n);

/** Past this, plain digits stop being readable: 1.8 × 10^308 instead of 309 digits. */
const HUGE = 1e15;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1.8 × 10³⁰⁸: a number too large (or too small) to print digit by digit. */
function scientific(n: number): string {
	const [mantissa, exponent] = n.toExponential(1).split('e') as [string, string];
	const power = Number(exponent);
	const digits = String(Math.abs(power))
		.split('')
		.map((d) => SUPERSCRIPT[Number(d)])
		.join('');
	return `${mantissa.replace(/\.0$/, '')} × 10${power < 0 ? '⁻' : ''}${digits}`;
}

/**
 * Any number a person may read, e.g. in a repair note: 1,234.57; 1.8 × 10³⁰⁸; 5 × 10⁻³²⁴;
 * "not a number" and "infinity" in words.
 */
export function formatNumber(n: number): string {
	if (Number.isNaN(n)) return 'not a number';
	if (!Number.isFinite(n)) return n > 0 ? 'infinity' : 'minus infinity';
	const abs = Math.abs(n);
	if (abs >= HUGE || (abs > 0 && abs < 0.005)) return scientific(n);
	return number(n, 2);
}

/** 512 MiB, 1.5 GiB, 2.1 TiB; "less than 0.1 MiB" rather than a misleading "0 MiB". */
export function formatMiB(mib: number): string {
	const abs = Math.abs(mib);
	if (abs > 0 && abs < 0.05) return 'less than 0.1 MiB';
	if (abs >= HUGE * 1024 * 1024) return `${scientific(mib / (1024 * 1024))} TiB`;
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
	return Math.abs(n) >= HUGE ? formatNumber(n) : number(n, 0);
}

/** 1st, 2nd, 3rd, 11th, 41st. */
export function ordinal(n: number): string {
	const mod100 = n % 100;
	const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${formatCount(n)}${suffix}`;
}
