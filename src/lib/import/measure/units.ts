/**
 * Sizes as Docker prints them (go-units): `7.5MiB`, `1.2GiB`, `512KiB` in powers of 1,024
 * (docker stats memory); `12.3kB`, `45MB`, `1.2GB` in powers of 1,000 (image, layer and I/O
 * sizes); `0B`.
 */
const MIB = 2 ** 20;
const POWERS: Record<string, number> = { '': 0, K: 1, M: 2, G: 3, T: 4, P: 5 };

export const SIZE_PATTERN = String.raw`\d+(?:\.\d+)?\s?[kKMGTP]?i?B`;

/** A Docker size in MiB, or null when the text is not one. */
export function dockerSizeMiB(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)\s?([kKMGTP]?)(i?)B$/.exec(text.trim());
	if (!m) return null;
	const [, amount, prefix, binary] = m as unknown as [string, string, string, string];
	const base = binary ? 1024 : 1000;
	return (Number(amount) * base ** POWERS[prefix.toUpperCase()]!) / MIB;
}

/** `12.5%` → 12.5; `--` → null. */
export function percent(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
	return m ? Number(m[1]) : null;
}
