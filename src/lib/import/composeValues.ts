/**
 * Compose's own value formats. A byte value (`mem_limit`, `deploy.resources.limits.memory`) is an
 * amount with an optional unit — b, k/kb, m/mb, g/gb (and t/tb, p/pb), any case — or a plain
 * number of bytes. Docker reads the units as powers of 1,024 (go-units `RAMInBytes`), so `1g` and
 * `1gb` (and `1gib`, `1gi`) are all 1 GiB. `cpus` is a number of cores, written as a number or a string (`"0.5"`).
 */

export type ValueResult =
	{ ok: true; value: number; warning?: string } | { ok: false; reason: string };

const MIB = 2 ** 20;
const UNIT_POWER: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4, p: 5 };
const BYTE_VALUE = /^(\d+(?:\.\d+)?)\s?([kmgtp]?)(i?)(b?)$/i;

const shown = (text: string): string => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

/** A compose byte value in MiB. */
export function composeBytesMiB(input: unknown): ValueResult {
	if (typeof input === 'number') {
		if (!Number.isFinite(input) || input < 0)
			return { ok: false, reason: `${input} is not a size in bytes.` };
		const value = input / MIB;
		return input > 0 && input < MIB
			? {
					ok: true,
					value,
					warning: `${input} is read as bytes (less than 1 MiB); write 512m for 512 mebibytes.`
				}
			: { ok: true, value };
	}
	if (typeof input !== 'string') return { ok: false, reason: 'The value is not a size.' };
	const text = input.trim();
	const m = BYTE_VALUE.exec(text);
	if (!m) {
		return {
			ok: false,
			reason: `${shown(input)} is not a size: write a number with b, k, m or g, such as 512m or 1g.`
		};
	}
	const [, amount, unit, i] = m as unknown as [string, string, string, string];
	if (i && !unit) {
		return {
			ok: false,
			reason: `${shown(input)} is not a size: write ${amount}${unit}b or ${amount}${unit}.`
		};
	}
	if (!unit && !/^\d+$/.test(amount)) {
		return { ok: false, reason: `${shown(input)}: a plain number of bytes must be whole.` };
	}
	const bytes = Number(amount) * 1024 ** UNIT_POWER[unit.toLowerCase()]!;
	return { ok: true, value: bytes / MIB };
}

/** Compose `cpus`: cores as a number or a numeric string. 0 means "no limit" (Docker's reading). */
export function composeCpus(input: unknown): ValueResult {
	const value =
		typeof input === 'number'
			? input
			: typeof input === 'string' && /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(input)
				? Number(input)
				: NaN;
	if (!Number.isFinite(value) || value < 0) {
		return {
			ok: false,
			reason: `${shown(String(input))} is not a number of cores (write 0.5 or "1.5").`
		};
	}
	return { ok: true, value };
}
