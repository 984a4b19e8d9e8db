/** The repairs sanitize makes, each with a note in words: shared by the host, groups and own workloads. */
import { INPUT_LIMITS, type LimitName } from './limits';
import type { Note } from './types';

export const fmt = (n: number) =>
	Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(n);
export const describe = (v: unknown) =>
	typeof v === 'string' ? `“${v.slice(0, 40)}”` : typeof v === 'number' ? fmt(v) : typeof v;
export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** An error note, tied to a group when one is named. */
export const note = (message: string, groupId?: string): Note =>
	groupId === undefined ? { level: 'error', message } : { level: 'error', message, groupId };

export function oneOf<T extends string>(
	allowed: readonly T[],
	value: unknown,
	fallback: T,
	label: string,
	notes: Note[],
	groupId?: string
): T {
	if ((allowed as readonly unknown[]).includes(value)) return value as T;
	notes.push(
		note(
			`${label} ${describe(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`,
			groupId
		)
	);
	return fallback;
}

/** A number in the named range; NaN, non-numbers and out-of-range values are replaced with a note. */
export function inRange(
	name: LimitName,
	value: unknown,
	notes: Note[],
	opts: { integer?: boolean; fallback?: number; groupId?: string } = {}
): number {
	const lim = INPUT_LIMITS[name];
	const fallback = opts.fallback ?? lim.default;
	const where = opts.groupId ? ` (group ${opts.groupId})` : '';
	if (typeof value !== 'number' || Number.isNaN(value)) {
		notes.push(
			note(
				`${lim.label}${where} was ${describe(value)}, not a number; using ${fmt(fallback)} ${lim.unit}.`,
				opts.groupId
			)
		);
		return fallback;
	}
	let v = opts.integer ? Math.floor(value) : value;
	if (v < lim.min || v > lim.max) {
		v = Math.min(lim.max, Math.max(lim.min, v));
		notes.push(
			note(
				`${lim.label}${where} of ${fmt(value)} ${lim.unit} is outside ${fmt(lim.min)}–${fmt(lim.max)} ${lim.unit}; using ${fmt(v)}.`,
				opts.groupId
			)
		);
	} else if (v !== value) {
		// A fractional count, core or vCPU number is a repair too: say so rather than floor silently.
		notes.push(
			note(
				`${lim.label}${where} of ${String(value)} is not a whole number; using ${fmt(v)}.`,
				opts.groupId
			)
		);
	}
	return v;
}
