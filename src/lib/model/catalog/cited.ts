import type { SourceId } from './sources';

export const UNITS = ['MiB', 'ms', 'cores', 'ratio', 'percent', 'MiB/s', 'count'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * A catalog number with its unit and where it comes from. `estimate` marks a value no source
 * publishes directly; its reasoning is in `note` and in docs/model.md.
 */
export interface Cited {
	value: number;
	unit: Unit;
	source: SourceId;
	estimate: boolean;
	note: string;
}

export function cited(value: number, unit: Unit, source: SourceId, note = ''): Cited {
	return { value, unit, source, estimate: false, note };
}

export function estimate(
	value: number,
	unit: Unit,
	note: string,
	source: SourceId = 'estimate'
): Cited {
	return { value, unit, source, estimate: true, note };
}

/** One named part of a sum (host services, firmware steps, daemons), with its own source. */
export interface Part {
	label: string;
	value: Cited;
}

/** The sum of the parts' values. */
export const sumParts = (parts: readonly Part[]): number =>
	parts.reduce((sum, p) => sum + p.value.value, 0);
