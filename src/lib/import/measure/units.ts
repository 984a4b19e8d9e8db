/**
 * Sizes as Docker prints them (go-units): `7.5MiB`, `1.2GiB`, `512KiB` in powers of 1,024
 * (docker stats memory); `12.3kB`, `45MB`, `1.2GB` in powers of 1,000 (image, layer and I/O
 * sizes; Podman prints memory this way too); `0B`. A figure too large to be a number (400 digits
 * read as Infinity) is no size at all.
 */
import { INPUT_LIMITS } from '$lib/model/limits';

const MIB = 2 ** 20;
const POWERS: Record<string, number> = { '': 0, K: 1, M: 2, G: 3, T: 4, P: 5 };

/** A Docker size in MiB, or null when the text is not one (or is not a finite number). */
export function dockerSizeMiB(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)\s?([kKMGTP]?)(i?)B$/.exec(text.trim());
	if (!m) return null;
	const [, amount, prefix, binary] = m as unknown as [string, string, string, string];
	const base = binary ? 1024 : 1000;
	const mib = (Number(amount) * base ** POWERS[prefix.toUpperCase()]!) / MIB;
	return Number.isFinite(mib) ? mib : null;
}

/** `12.5%` → 12.5; `--` (and anything not a finite percentage) → null. */
export function percent(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
	if (!m) return null;
	const value = Number(m[1]);
	return Number.isFinite(value) ? value : null;
}

/**
 * The editor's limits a measured figure must keep: what the editor cannot hold, a measurement
 * cannot set. An image's size on disk is held to the largest layer the editor takes.
 */
export const MEASURED_LIMITS = {
	memoryMiB: INPUT_LIMITS.workingSetMiB,
	cpuCores: INPUT_LIMITS.demandCores,
	imageMiB: INPUT_LIMITS.layerMiB
} as const;

const fmt = (v: number) =>
	Number.isFinite(v)
		? v.toLocaleString('en-US', { maximumFractionDigits: 3 })
		: 'too large a number';

/** Why a figure is out of the editor's range, or null when it is within. */
export function outOfRange(what: keyof typeof MEASURED_LIMITS, value: number): string | null {
	const lim = MEASURED_LIMITS[what];
	if (Number.isFinite(value) && value >= lim.min && value <= lim.max) return null;
	return `${lim.label} ${fmt(value)} ${lim.unit} is outside what the editor takes (${fmt(lim.min)} to ${fmt(lim.max)} ${lim.unit})`;
}
