/**
 * What an editor of own workloads needs from the model, without reaching into the catalog: the
 * figures a workload runs with (the person's where they gave one, else its base's, each with where
 * it came from), the catalog base layers an image may build on, and the unpack ratio that turns a
 * measured (unpacked) image size into the compressed size layers are kept in.
 */
import { CONTAINERS, IMAGE_LAYERS, type Cited, type LayerId } from './catalog';
import { unpackedLayerMiB } from './kinds/image';
import type { OwnWorkload, WorkloadRef } from './types';
import { baseLayerOf, workloadBook } from './workloadBook';

export const OWN_FIGURES = [
	'appMiB',
	'binsLibsMiB',
	'demandCores',
	'ioShare',
	'appStartMs'
] as const;
export type OwnFigure = (typeof OWN_FIGURES)[number];

export interface FigureValue {
	value: number;
	/** True when the person set it; false when it is the base's (catalog) figure. */
	yours: boolean;
	estimate: boolean;
	/** Where it came from, in words. */
	note: string;
}

const figure = (c: Cited): FigureValue => ({
	value: c.value,
	yours: c.source === 'yours',
	estimate: c.estimate,
	note: c.note
});

/** The figures `ref` runs with in a scenario whose own workloads are `own`. */
export function workloadFigures(
	ref: WorkloadRef,
	own: readonly OwnWorkload[] | undefined
): Record<OwnFigure, FigureValue> | undefined {
	const w = workloadBook(own).get(ref);
	if (!w) return undefined;
	return {
		appMiB: figure(w.appMiB),
		binsLibsMiB: figure(w.binsLibsMiB),
		demandCores: figure(w.demandCores),
		ioShare: figure(w.ioShare),
		appStartMs: figure(w.appStartMs)
	};
}

export interface BaseLayerChoice {
	id: LayerId;
	name: string;
	compressedMiB: number;
	unpackedMiB: number;
}

/** Every catalog base layer (an OS userland) an own image may build on. */
export const baseLayerChoices = (): BaseLayerChoice[] =>
	(Object.entries(IMAGE_LAYERS) as [LayerId, (typeof IMAGE_LAYERS)[LayerId]][])
		.filter(([, l]) => l.base)
		.map(([id, l]) => ({
			id,
			name: l.name,
			compressedMiB: l.compressedMiB.value,
			unpackedMiB: unpackedLayerMiB(l)
		}));

/** The base layer an own workload's image sits on (named, or its base workload's). */
export const ownBaseLayer = (own: OwnWorkload): BaseLayerChoice | undefined => {
	const id = baseLayerOf(own);
	return id ? baseLayerChoices().find((c) => c.id === id) : undefined;
};

/** Unpacked size on disk ÷ compressed size, as the model applies it to every image. */
export const UNPACK_RATIO: Cited = CONTAINERS.unpackRatio;
