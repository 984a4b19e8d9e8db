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

const TENTHS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const FOUR_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/**
 * 64,921.6 MiB: to a tenth of a MiB and never scaled to GiB, for a sentence whose reader is meant
 * to redo a division (63.4 GiB ÷ 1.1 GiB is 57, where 64,921.6 ÷ 1,095.9 is the 59 the model says).
 */
export const formatMiBExact = (mib: number): string => `${TENTHS.format(mib)} MiB`;

/** 0.02542 cores: four significant digits, for a reader to redo a division (16 ÷ 0.03 is not 629). */
export function formatCoresExact(cores: number): string {
	const shown = FOUR_DIGITS.format(cores);
	return `${shown} ${shown === '1' ? 'core' : 'cores'}`;
}

/** 45 ms, 1.2 s, 2.5 min. */
export function formatMs(ms: number): string {
	if (ms >= 120_000) return `${number(ms / 60_000, 1)} min`;
	if (ms >= 1000) return `${number(ms / 1000, 1)} s`;
	if (ms >= 10) return `${number(ms, 0)} ms`;
	return `${number(ms, 1)} ms`;
}

/** 0.38 cores, 1 core, 16 cores: "core" whenever the number shown is 1. */
export function formatCores(cores: number): string {
	const shown = number(cores, Math.abs(cores) >= 10 ? 1 : 2);
	return `${shown} ${shown === '1' ? 'core' : 'cores'}`;
}

/** 1 vCPU, 4 vCPUs. */
export function formatVcpus(vcpus: number): string {
	const shown = number(vcpus, 2);
	return `${shown} ${shown === '1' ? 'vCPU' : 'vCPUs'}`;
}

/** A share as a percentage with enough digits to not read 0: 0.2 %, 45 %, 1,234 %. */
export function formatPercent(pct: number): string {
	const abs = Math.abs(pct);
	return `${number(pct, abs === 0 || abs >= 10 ? 0 : abs >= 1 ? 1 : abs >= 0.1 ? 2 : 3)} %`;
}

/**
 * B against A in words that never read "×0": "2.5× more", "1,669× less", "same". A ratio of a
 * tiny share is turned over (1,669× less, not ×0.0006). Expects b ÷ a; "—" when there is none.
 */
export function formatRatio(ratio: number): string {
	if (!Number.isFinite(ratio) || ratio < 0) return '—';
	if (ratio === 0) return 'none';
	const digits = (r: number) => (r < 10 ? 2 : r < 100 ? 1 : 0);
	if (ratio >= 1) {
		const shown = number(ratio, digits(ratio));
		return shown === '1' ? 'same' : `${shown}× more`;
	}
	const inverse = 1 / ratio;
	const shown = number(inverse, digits(inverse));
	return shown === '1' ? 'same' : `${shown}× less`;
}

/** A catalog or scenario quantity in words: 512 MiB, 1.2 s, 0.2 %, 4 vCPUs, 1,024 VMs. */
export function formatQuantity(value: number, unit: string): string {
	switch (unit) {
		case 'MiB':
			return formatMiB(value);
		case 'ms':
			return formatMs(value);
		case 'cores':
			return formatCores(value);
		case 'vCPUs':
			return formatVcpus(value);
		case 'percent':
		case '%':
			return formatPercent(value);
		case 'ratio':
			// A share of something (0.002 of guest RAM) reads as a percentage; a factor (2.5) as ×.
			return value < 1 ? formatPercent(value * 100) : `×${number(value, 2)}`;
		case 'count':
			return formatCount(value);
		case 'MiB/s':
			return `${number(value, value >= 10 ? 0 : 1)} MiB/s`;
		default:
			return `${number(value, Math.abs(value) >= 100 ? 0 : 2)} ${unit}`;
	}
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
