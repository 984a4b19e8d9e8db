/**
 * The editor's number fields: what each means, its unit, the model's limits (INPUT_LIMITS), and
 * how a typed value is read — clamped into range with a message when it is outside, refused with
 * a message when it is not a number. Pure.
 */
import { formatNumber } from '$lib/model/format';
import { INPUT_LIMITS, type LimitName } from '$lib/model/limits';
import type { OwnFigure } from '$lib/model/workloadFigures';

export interface FieldSpec {
	key: OwnFigure;
	label: string;
	/** What the number means, in plain words. */
	meaning: string;
	/** The unit as the field shows it. */
	unit: string;
	limit: LimitName;
	/** The shown number × scale = the stored number (the I/O share is shown in percent). */
	scale: number;
	step: number;
}

export const FIELDS: readonly FieldSpec[] = [
	{
		key: 'appMiB',
		label: 'Working-set memory',
		meaning:
			'Memory the app itself keeps in use while it runs at your load (its resident set, without the libraries below).',
		unit: 'MiB',
		limit: 'workingSetMiB',
		scale: 1,
		step: 1
	},
	{
		key: 'binsLibsMiB',
		label: 'Libraries in memory',
		meaning:
			'Memory of its runtime and libraries (the interpreter, the JVM, libc); containers of one image share these pages.',
		unit: 'MiB',
		limit: 'workingSetMiB',
		scale: 1,
		step: 1
	},
	{
		key: 'demandCores',
		label: 'CPU demand at your load',
		meaning:
			'How much CPU one instance uses on average at your load, in cores (0.5 = half a core).',
		unit: 'cores',
		limit: 'demandCores',
		scale: 1,
		step: 0.01
	},
	{
		key: 'ioShare',
		label: 'Share of work that is I/O',
		meaning:
			'How much of its work is waiting on network and disk rather than computing: it sets how much a VM’s or sandbox’s extra I/O cost slows it.',
		unit: '%',
		limit: 'ioShare',
		scale: 0.01,
		step: 1
	},
	{
		key: 'appStartMs',
		label: 'App start time',
		meaning:
			'Time from the process starting to the app being ready to serve, once its OS or container is up.',
		unit: 'ms',
		limit: 'appStartMs',
		scale: 1,
		step: 10
	}
];

export type ReadField =
	{ ok: true; value: number; message?: string } | { ok: false; message: string };

/** Read what a person typed into `field` (in the shown unit): the stored value, clamped and said. */
export function readField(
	field: Pick<FieldSpec, 'label' | 'limit' | 'scale' | 'unit'>,
	typed: string
): ReadField {
	const shown = Number(typed.trim().replace(/,/g, ''));
	if (typed.trim() === '')
		return { ok: false, message: `${field.label} is empty; nothing was changed.` };
	if (!Number.isFinite(shown))
		return {
			ok: false,
			message: `${field.label}: “${typed}” is not a number; nothing was changed.`
		};
	const { min, max } = INPUT_LIMITS[field.limit];
	const value = shown * field.scale;
	const unit = field.unit === '%' ? ' %' : ` ${field.unit}`;
	if (value < min)
		return {
			ok: true,
			value: min,
			message: `${field.label} cannot be below ${formatNumber(min / field.scale)}${unit}; set to ${formatNumber(min / field.scale)}${unit}.`
		};
	if (value > max)
		return {
			ok: true,
			value: max,
			message: `${field.label} cannot be above ${formatNumber(max / field.scale)}${unit}; set to ${formatNumber(max / field.scale)}${unit}.`
		};
	return { ok: true, value };
}
