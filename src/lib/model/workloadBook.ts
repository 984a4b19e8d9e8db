/**
 * The workloads a scenario can use: the catalog's and the person's own. An own workload becomes a
 * model workload like any other: what the person gave is theirs, the rest comes from its base
 * (the nearest catalog workload), and its image sits on a catalog base layer so sharing still works.
 */
import { unpackedLayerMiB } from './kinds/image';
import {
	IMAGE_LAYERS,
	imageLayersOf,
	WORKLOADS,
	type Cited,
	type ImageLayerRef,
	type LayerId,
	type Workload
} from './catalog';
import type { OwnWorkload, WorkloadEntry, WorkloadId, WorkloadRef } from './types';

export type WorkloadBook = ReadonlyMap<WorkloadRef, Workload>;

const CATALOG_BOOK: WorkloadBook = new Map(Object.entries(WORKLOADS) as [WorkloadRef, Workload][]);

/** A value the person gave, with its unit, shown as theirs. */
const yours = (value: number, unit: Cited['unit'], what: string): Cited => ({
	value,
	unit,
	source: 'yours',
	estimate: false,
	note: `${what}, as you set it.`
});

/** The catalog base layer an own workload's image builds on. */
export function baseLayerOf(own: OwnWorkload): LayerId | undefined {
	const named = own.baseLayer as LayerId | undefined;
	if (named && Object.hasOwn(IMAGE_LAYERS, named) && IMAGE_LAYERS[named].base) return named;
	return WORKLOADS[own.base].layers.find((id) => IMAGE_LAYERS[id].base);
}

/** An own workload as a model workload. */
export function ownWorkload(own: OwnWorkload): Workload {
	const base = WORKLOADS[own.base];
	const baseLayer = baseLayerOf(own);
	const layers: ImageLayerRef[] = [
		...(baseLayer ? [{ id: baseLayer, layer: IMAGE_LAYERS[baseLayer] }] : []),
		...(own.layers ?? []).map((l, i) => ({
			id: `${own.id}/${i}`,
			layer: {
				name: l.name,
				base: false,
				compressedMiB: yours(l.compressedMiB, 'MiB', `${l.name}, compressed`)
			}
		}))
	];
	const pick = (v: number | undefined, unit: Cited['unit'], what: string, fallback: Cited) =>
		v === undefined ? fallback : yours(v, unit, what);
	return {
		...base,
		name: own.name,
		family: own.family,
		image: `${own.name} (your image)`,
		layers: baseLayer ? [baseLayer] : [],
		imageLayers: layers,
		own: true,
		appMiB: pick(own.appMiB, 'MiB', 'Working set', base.appMiB),
		binsLibsMiB: pick(own.binsLibsMiB, 'MiB', 'Libraries’ resident pages', base.binsLibsMiB),
		demandCores: pick(own.demandCores, 'cores', 'CPU demand per instance', base.demandCores),
		ioShare: pick(own.ioShare, 'ratio', 'Share of work that is I/O', base.ioShare),
		appStartMs: pick(own.appStartMs, 'ms', 'App start', base.appStartMs),
		rwLayerMiB: pick(own.rwLayerMiB, 'MiB', 'Read-write layer', base.rwLayerMiB)
	};
}

/** The catalog's workloads and `own`, by reference. */
export function workloadBook(own: readonly OwnWorkload[] | undefined): WorkloadBook {
	if (!own || own.length === 0) return CATALOG_BOOK;
	const book = new Map(CATALOG_BOOK);
	for (const w of own) book.set(w.id, ownWorkload(w));
	return book;
}

/** The book as entries a view can list. */
export const workloadEntries = (book: WorkloadBook): WorkloadEntry[] =>
	[...book].map(([id, w]) => entryOf(id, w));

/** Per workload, made once (a workload object never changes): evaluate() lists every one. */
const ENTRIES = new WeakMap<Workload, WorkloadEntry>();
function entryOf(id: WorkloadRef, w: Workload): WorkloadEntry {
	let e = ENTRIES.get(w);
	if (!e) {
		e = {
			id,
			name: w.name,
			family: w.family,
			own: w.own === true,
			image: w.image,
			layers: imageLayersOf(w).map(({ id, layer }) => ({
				id,
				name: layer.name,
				compressedMiB: layer.compressedMiB.value,
				unpackedMiB: unpackedLayerMiB(layer),
				base: layer.base
			})),
			rwLayerMiB: w.rwLayerMiB.value
		};
		ENTRIES.set(w, e);
	}
	return e;
}

/** A catalog workload (not one of the person's own). */
export const isCatalogWorkload = (ref: string): ref is WorkloadId => Object.hasOwn(WORKLOADS, ref);

/**
 * `ref` if `scenario` can run it (a catalog workload, or one of its own), else `fallback`: a view's
 * chosen workload stays valid when the own workload it named is deleted or another scenario opens.
 */
export const workloadIn = (
	scenario: { workloads?: readonly OwnWorkload[] },
	ref: string,
	fallback: WorkloadId = 'nginx'
): WorkloadRef =>
	isCatalogWorkload(ref) || (scenario.workloads ?? []).some((w) => w.id === ref)
		? (ref as WorkloadRef)
		: fallback;
