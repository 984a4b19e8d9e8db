/** What every kind that runs a container image shares: its layers on disk, pulling them, and explaining both. */
import { CONTAINERS, imageLayersOf, type ImageLayer, type Workload } from '../catalog';
import { finish, input, setting, type Explanation, type ExplanationInput } from '../explain/terms';
import type { Resolved } from '../resolve';
import type { Host, ImageLayerReport, Phase, StartupPhase } from '../types';

/** 1 MiB is 8.388608 megabits. */
export const MEGABITS_PER_MIB = 8.388608;

/** A layer's size once unpacked on disk. */
export const unpackedLayerMiB = (layer: ImageLayer): number =>
	layer.compressedMiB.value * CONTAINERS.unpackRatio.value;

/** Per workload, worked out once (a workload never changes): app files and the whole image, unpacked. */
const IMAGE_SIZES = new WeakMap<Workload, { app: number; image: number }>();
function sizesOf(w: Workload): { app: number; image: number } {
	let sizes = IMAGE_SIZES.get(w);
	if (!sizes) {
		sizes = { app: 0, image: 0 };
		for (const { layer } of imageLayersOf(w)) {
			sizes.image += unpackedLayerMiB(layer);
			if (!layer.base) sizes.app += unpackedLayerMiB(layer);
		}
		IMAGE_SIZES.set(w, sizes);
	}
	return sizes;
}

/** The image's layers above its base (an installed guest OS replaces the base), unpacked. */
export const appLayersMiB = (r: Resolved): number => sizesOf(r.workload).app;

/** The whole image, unpacked. */
export const imageMiB = (r: Resolved): number => sizesOf(r.workload).image;

/** One container's disk as if alone: its image plus its read-write layer. */
export const containerDiskMiB = (r: Resolved): number => imageMiB(r) + r.workload.rwLayerMiB.value;

/** Time to download `compressedMiB` in `layers` requests at `networkMbps`. */
export function pullMs(compressedMiB: number, layers: number, networkMbps: number): number {
	return (
		(compressedMiB * MEGABITS_PER_MIB * 1000) / networkMbps +
		layers * CONTAINERS.registryRoundTripMs.value
	);
}

/** With a cold cache the image is pulled and unpacked first; with a warm one, nothing. */
export function coldPhases(host: Host, r: Resolved): StartupPhase[] {
	if (host.imageCache !== 'cold') return [];
	let compressed = 0;
	let unpacked = 0;
	let count = 0;
	for (const { layer } of imageLayersOf(r.workload)) {
		const size = layer.compressedMiB.value;
		if (size <= 0) continue;
		compressed += size;
		unpacked += unpackedLayerMiB(layer);
		count++;
	}
	return [
		{ phase: 'imagePull', ms: pullMs(compressed, count, host.networkMbps) },
		{ phase: 'unpack', ms: (unpacked / CONTAINERS.unpackMiBPerS.value) * 1000 }
	];
}

/** The pull and unpack phases explained; undefined for any other phase. */
export function imagePhaseExplanation(
	host: Host,
	r: Resolved,
	title: string,
	phase: Phase,
	value: number
): Explanation | undefined {
	if (phase === 'imagePull') {
		const layers = imageLayersOf(r.workload).filter(({ layer }) => layer.compressedMiB.value > 0);
		return finish(
			title,
			value,
			'ms',
			`Compressed layer bytes × ${MEGABITS_PER_MIB} Mbit/MiB ÷ network speed, plus one registry round trip per layer. Only with a cold cache, when every layer of the image is downloaded once per host.`,
			[
				...layers.map(({ layer }) => input(layer.name, layer.compressedMiB)),
				setting('Network speed', host.networkMbps, 'Mbit/s'),
				input('Registry round trip per layer', CONTAINERS.registryRoundTripMs)
			]
		);
	}
	if (phase === 'unpack')
		return finish(title, value, 'ms', 'Compressed size × unpack ratio ÷ unpack throughput.', [
			input('Unpack ratio', CONTAINERS.unpackRatio),
			input('Unpack throughput', CONTAINERS.unpackMiBPerS)
		]);
	return undefined;
}

/** An image's disk: each layer unpacked, plus the read-write layer; layers already on the host are not stored again. */
export function imageDiskExplanation(
	r: Resolved,
	title: string,
	value: number,
	extra: ExplanationInput[] = []
): Explanation {
	return finish(
		title,
		value,
		'MiB',
		'Each image layer unpacked (compressed × unpack ratio) plus the read-write layer. Layers already on the host are shared, not stored again.',
		[
			...imageLayersOf(r.workload).map(({ layer }) => input(layer.name, layer.compressedMiB)),
			input('Unpack ratio', CONTAINERS.unpackRatio),
			input('Read-write layer', r.workload.rwLayerMiB),
			...extra
		]
	);
}

/** The app's own start: the same number in every kind. */
export const appStartPhase = (r: Resolved): StartupPhase => ({
	phase: 'appStart',
	ms: r.workload.appStartMs.value
});

export function appStartExplanation(r: Resolved, title: string, value: number): Explanation {
	return finish(
		title,
		value,
		'ms',
		'The app itself starts — the same inside a VM or a container.',
		[input(`${r.workload.name} start`, r.workload.appStartMs)]
	);
}

/** The image's layers for the report: a VM keeps only those above the base (its OS replaces the base). */
export const imageReport = (r: Resolved): ImageLayerReport[] =>
	imageLayersOf(r.workload).map(({ id, layer }) => ({
		id,
		name: layer.name,
		compressedMiB: layer.compressedMiB.value,
		unpackedMiB: unpackedLayerMiB(layer),
		base: layer.base
	}));
