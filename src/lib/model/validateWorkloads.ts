/** A scenario's own workloads, checked and repaired like everything else: each repair said. */
import { IMAGE_LAYERS, WORKLOADS } from './catalog';
import { INPUT_LIMITS, type LimitName } from './limits';
import { describe, fmt, inRange, isObject, note, oneOf } from './repair';
import { WORKLOAD_IDS, type Note, type OwnLayer, type OwnWorkload } from './types';

const ID = /^own-[A-Za-z0-9._-]{1,60}$/;
const text = (v: unknown, max: number): string | undefined =>
	typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;

function layersOf(raw: unknown, where: string, notes: Note[]): OwnLayer[] | undefined {
	if (raw === undefined) return undefined;
	if (!Array.isArray(raw)) {
		notes.push(note(`The layers of ${where} are not a list; none are kept.`));
		return undefined;
	}
	const max = INPUT_LIMITS.ownLayers.max;
	if (raw.length > max)
		notes.push(note(`${where} has ${fmt(raw.length)} layers; the first ${fmt(max)} are kept.`));
	return raw.slice(0, max).map((l, i) => {
		const layer = isObject(l) ? l : {};
		return {
			name: text(layer.name, 80) ?? `layer ${i + 1}`,
			compressedMiB: inRange('layerMiB', layer.compressedMiB, notes)
		};
	});
}

function workloadOf(raw: unknown, seen: Set<string>, notes: Note[]): OwnWorkload | undefined {
	if (!isObject(raw) || typeof raw.id !== 'string' || !ID.test(raw.id)) {
		const id = isObject(raw) ? describe(raw.id) : describe(raw);
		notes.push(
			note(
				`An own workload with the id ${id} was left out: an id is “own-” and up to 60 letters, digits, dots, dashes or underscores.`
			)
		);
		return undefined;
	}
	const id = raw.id as OwnWorkload['id'];
	if (seen.has(id)) {
		notes.push(note(`A second own workload with the id “${id}” was left out.`));
		return undefined;
	}
	seen.add(id);
	const base = oneOf(WORKLOAD_IDS, raw.base, 'nginx', `The base of “${id}”`, notes);
	const w: OwnWorkload = {
		id,
		name: text(raw.name, 80) ?? id,
		family: oneOf(
			['linux', 'windows'] as const,
			raw.family,
			WORKLOADS[base].family,
			`The OS family of “${id}”`,
			notes
		),
		base
	};
	if (raw.baseLayer !== undefined) {
		const known = typeof raw.baseLayer === 'string' && Object.hasOwn(IMAGE_LAYERS, raw.baseLayer);
		if (known && IMAGE_LAYERS[raw.baseLayer as keyof typeof IMAGE_LAYERS].base)
			w.baseLayer = raw.baseLayer as string;
		else
			notes.push(
				note(
					`The base layer ${describe(raw.baseLayer)} of “${id}” is not a catalog base layer; using ${WORKLOADS[base].name}’s.`
				)
			);
	}
	const layers = layersOf(raw.layers, `“${id}”`, notes);
	if (layers) w.layers = layers;
	const numbers: [keyof OwnWorkload, LimitName][] = [
		['appMiB', 'workingSetMiB'],
		['binsLibsMiB', 'workingSetMiB'],
		['demandCores', 'demandCores'],
		['ioShare', 'ioShare'],
		['appStartMs', 'appStartMs'],
		['rwLayerMiB', 'layerMiB']
	];
	for (const [key, limit] of numbers)
		if (raw[key] !== undefined)
			(w as unknown as Record<string, number>)[key] = inRange(limit, raw[key], notes);
	if (isObject(raw.measured)) {
		const m = raw.measured;
		const measured: NonNullable<OwnWorkload['measured']> = {
			source: text(m.source, 200) ?? 'measured'
		};
		if (typeof m.memoryMiB === 'number' && m.memoryMiB >= 0) measured.memoryMiB = m.memoryMiB;
		if (typeof m.cpuCores === 'number' && m.cpuCores >= 0) measured.cpuCores = m.cpuCores;
		if (typeof m.imageMiB === 'number' && m.imageMiB >= 0) measured.imageMiB = m.imageMiB;
		w.measured = measured;
	}
	return w;
}

/** The scenario's own workloads that can be used, with a note for each one left out or repaired. */
export function sanitizeWorkloads(raw: unknown, notes: Note[]): OwnWorkload[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		notes.push(note('The scenario’s own workloads are not a list; none are kept.'));
		return [];
	}
	const max = INPUT_LIMITS.ownWorkloads.max;
	if (raw.length > max)
		notes.push(
			note(
				`${fmt(raw.length)} own workloads is more than the ${fmt(max)} the model takes; the rest are left out.`
			)
		);
	const seen = new Set<string>();
	return raw
		.slice(0, max)
		.map((w) => workloadOf(w, seen, notes))
		.filter((w): w is OwnWorkload => w !== undefined);
}
