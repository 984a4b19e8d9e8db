/**
 * Kubernetes resource quantities, by Kubernetes' own grammar (k8s.io/apimachinery
 * `resource.Quantity`):
 *
 *   quantity  ::= signedNumber suffix
 *   suffix    ::= binarySI | decimalExponent | decimalSI
 *   binarySI  ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   decimalSI ::= m | "" | k | M | G | T | P | E
 *   decimalExponent ::= "e" signedNumber | "E" signedNumber
 *   number    ::= digits | digits "." digits | digits "." | "." digits
 *
 * Suffixes are case-sensitive, no space is allowed, and `1E` is 10^18 while `1E3` is 1,000.
 * YAML may already have turned `0.5` or `1e3` into a number; numbers are accepted as they are.
 */

export type QuantityResult = { ok: true; value: number } | { ok: false; reason: string };

export const BINARY_SI = {
	Ki: 2 ** 10,
	Mi: 2 ** 20,
	Gi: 2 ** 30,
	Ti: 2 ** 40,
	Pi: 2 ** 50,
	Ei: 2 ** 60
};
export const DECIMAL_SI = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
type BinarySuffix = keyof typeof BINARY_SI;
type DecimalSuffix = keyof typeof DECIMAL_SI;

const QUANTITY =
	/^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|[eE]([+-]?\d+)|(m|k|M|G|T|P|E)?)$/;

const MIB = 2 ** 20;

const shown = (text: string): string => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** Why a string is not a quantity, in words that point at the likely fix. */
function whyInvalid(text: string): string {
	const s = shown(text);
	if (text.trim() === '') return 'The value is empty.';
	if (/\s/.test(text.trim()) || text.trim() !== text)
		return `${s} contains a space; Kubernetes writes quantities without one, such as 512Mi.`;
	const m = /^([+-]?[\d.]+)([A-Za-z]+)$/.exec(text);
	if (m) {
		const [, num, suffix] = m as unknown as [string, string, string];
		const fixed = Object.keys(BINARY_SI).find((k) => k.toLowerCase() === suffix.toLowerCase());
		if (fixed) return `${s}: suffixes are case-sensitive; did you mean ${num}${fixed}?`;
		const bytes = /^([KMGTPE])i?B$/i.exec(suffix);
		if (bytes) {
			const letter = bytes[1]!.toUpperCase();
			return `${s} is not a Kubernetes quantity: write ${num}${letter === 'K' ? 'k' : letter} (powers of 1,000) or ${num}${letter}i (powers of 1,024), without “B”.`;
		}
		return `${s} has an unknown suffix “${suffix}”; Kubernetes knows Ki, Mi, Gi, Ti, Pi, Ei, m, k, M, G, T, P and E.`;
	}
	return `${s} is not a Kubernetes quantity (a number with an optional suffix, such as 512Mi, 1G, 500m or 0.5).`;
}

/** Parse a quantity to its plain value (bytes for memory, cores for CPU). */
export function parseQuantity(input: unknown): QuantityResult {
	if (typeof input === 'number') {
		if (!Number.isFinite(input)) return { ok: false, reason: `${input} is not a finite number.` };
		return { ok: true, value: input };
	}
	if (typeof input !== 'string') {
		return {
			ok: false,
			reason:
				input === null || input === undefined
					? 'The value is missing.'
					: 'The value is not a number or a quantity string.'
		};
	}
	const m = QUANTITY.exec(input);
	if (!m) return { ok: false, reason: whyInvalid(input) };
	const [, sign, digits, binary, exponent, decimal] = m;
	const base = Number(digits) * (sign === '-' ? -1 : 1);
	let value: number;
	if (binary) value = base * BINARY_SI[binary as BinarySuffix];
	else if (exponent !== undefined) value = base * 10 ** Number(exponent);
	else value = base * DECIMAL_SI[(decimal ?? '') as DecimalSuffix];
	if (!Number.isFinite(value)) return { ok: false, reason: `${shown(input)} is too large.` };
	return { ok: true, value };
}

export type SizedResult =
	{ ok: true; value: number; warning?: string } | { ok: false; reason: string };

/** A memory quantity in MiB. Negative values are refused; `500m` (half a byte) is kept with a warning. */
export function memoryMiB(input: unknown): SizedResult {
	const q = parseQuantity(input);
	if (!q.ok) return q;
	if (q.value < 0) return { ok: false, reason: `${shown(String(input))} is negative.` };
	const mib = q.value / MIB;
	if (typeof input === 'string' && /\dm$/.test(input)) {
		return {
			ok: true,
			value: mib,
			warning: `${shown(input)} means thousandths of a byte; memory is usually written with Mi (mebibytes), such as ${input.slice(0, -1)}Mi.`
		};
	}
	if (q.value > 0 && q.value < MIB) {
		return {
			ok: true,
			value: mib,
			warning: `${shown(String(input))} is less than 1 MiB; a plain number means bytes — write Mi for mebibytes.`
		};
	}
	return { ok: true, value: mib };
}

/** A CPU quantity in cores (`500m` = 0.5). Negative values are refused. */
export function cpuCores(input: unknown): SizedResult {
	const q = parseQuantity(input);
	if (!q.ok) return q;
	if (q.value < 0) return { ok: false, reason: `${shown(String(input))} is negative.` };
	return { ok: true, value: q.value };
}

/** Bytes as Kubernetes would write them with a binary suffix when one divides exactly: 512Mi, 1Gi, 1536Ki. */
export function formatMemoryQuantity(bytes: number): string {
	const suffixes = Object.entries(BINARY_SI).reverse();
	for (const [suffix, factor] of suffixes) {
		if (bytes !== 0 && Number.isInteger(bytes / factor)) return `${bytes / factor}${suffix}`;
	}
	return `${bytes}`;
}

/** Cores as Kubernetes writes them: whole cores plain (`2`), otherwise millicores (`500m`). */
export function formatCpuQuantity(cores: number): string {
	if (Number.isInteger(cores)) return `${cores}`;
	const milli = Math.round(cores * 1000);
	return `${milli}m`;
}
