/**
 * What every kind that runs an image's container shares — a container, a gVisor sandbox, a Kata
 * pod: no guest OS of the person's choice, a memory setting that is a limit, the image's layers
 * stored once on the host, a pod on a Kubernetes node, and the same words for the libraries, the
 * app, the image's pull and the app's start. Each kind module adds only what is its own.
 */
import { ENGINE_INFO, NETWORK_MODES } from '../catalog';
import { PER_POD } from '../catalog/kubernetes';
import { finish, input, term, type Explanation, type ExplanationInput } from '../explain/terms';
import { hostLacksLinuxKernel, networkOf } from '../hostSettings';
import { zeroLayers } from '../layers';
import type { Resolved } from '../resolve';
import type { Host, Layer, Phase } from '../types';
import {
	appStartExplanation,
	containerDiskMiB,
	imageDiskExplanation,
	imagePhaseExplanation
} from './image';
import type { InstanceMemory, KindModule } from './types';
import { diskTitle, layerTitle, phaseTitle } from './words';

/** A memory limit below what the app needs: how far below (0 when it is enough or unset). */
export const limitShortfall = (r: Resolved, need: number): number =>
	r.memoryMiB !== undefined && need > r.memoryMiB ? need - r.memoryMiB : 0;

/**
 * A container's memory, whatever runs it: the layers below the app (runtime, a sandbox, a pod
 * VM's kernel…), then its libraries and app, checked against its memory limit.
 */
export function containerMemory(
	r: Resolved,
	below: Partial<Record<Layer, number>>
): InstanceMemory {
	const layers = { ...zeroLayers(), ...below };
	layers.binsLibs = r.workload.binsLibsMiB.value;
	layers.app = r.workload.appMiB.value;
	return {
		layers,
		shortfallMiB: limitShortfall(r, layers.binsLibs + layers.app),
		allocatedMiB: 0
	};
}

/** Engine, Linux bridge, hidden VM: where a Linux container on this host stands. */
export const linuxContainerPlacement = {
	usesBridge: (host: Host, r: Resolved) =>
		!host.kubernetes && r.workload.family === 'linux' && NETWORK_MODES[networkOf(host)].usesBridge,
	inUtilityVm: (host: Host, r: Resolved) =>
		r.workload.family === 'linux' && hostLacksLinuxKernel(host),
	needs: (host: Host, r: Resolved) => ({
		vmServices: false,
		engine: true,
		utilityVm: r.workload.family === 'linux' && hostLacksLinuxKernel(host)
	}),
	creation: (host: Host) => ({
		perSecond: ENGINE_INFO[host.engine].createPerSecond.value,
		input: ENGINE_INFO[host.engine].createPerSecond,
		label: `Containers ${ENGINE_INFO[host.engine].name} creates per second`
	})
};

/** The image-kind fields that are the same for all three, Linux placement included. */
export const IMAGE_KIND = {
	defaultGuestOs: () => undefined,
	guestChoice: 'none',
	defaultMemoryMiB: () => undefined,
	memorySetting: 'limit',
	diskMiB: containerDiskMiB,
	marginalDiskMiB: (r: Resolved) => r.workload.rwLayerMiB.value,
	sharesImageLayers: true,
	pageSharing: false,
	idleCores: () => undefined,
	reservesVcpus: false,
	countsAsVm: false,
	runsAsPod: true,
	podOverhead: { memoryMiB: 0, cores: 0 },
	...linuxContainerPlacement
} satisfies Partial<KindModule>;

type Own<T extends unknown[]> = (title: string, ...args: T) => Explanation;

/**
 * The layer, phase and disk explainers of an image kind called `name`: the libraries, the app,
 * the image's pull and unpack, the app's start and the image on disk as all three explain them;
 * `layer` and `phase` the kind's own.
 */
export function imageKindExplainers(
	name: string,
	own: {
		/** Containers of one image share their library pages (not in a gVisor or Kata sandbox). */
		pagesShared: (r: Resolved) => boolean;
		layer: Own<[host: Host, r: Resolved, layer: Layer, value: number]>;
		phase: Own<[host: Host, r: Resolved, phase: Phase, value: number]>;
		/** More on disk than the image (a Hyper-V container's page file). */
		diskExtra?: (r: Resolved) => ExplanationInput[];
	}
): Pick<KindModule, 'layer' | 'phase' | 'disk'> {
	return {
		layer(host, r, layer, value) {
			const title = layerTitle(r, name, layer);
			if (layer === 'binsLibs')
				return finish(
					title,
					value,
					'MiB',
					own.pagesShared(r)
						? 'Resident library pages of the image. Containers of the same image share these file pages, so the host pays them once.'
						: 'Resident library pages of the image, held separately by each instance.',
					[term(input('Libraries and runtime', r.workload.binsLibsMiB))]
				);
			if (layer === 'app')
				return finish(
					title,
					value,
					'MiB',
					'The app’s working set — the same in a container as in a VM.',
					[term(input('App working set', r.workload.appMiB))]
				);
			const e = own.layer(title, host, r, layer, value);
			// On a Kubernetes node each pod also runs a pause container holding its namespaces.
			if (layer !== 'runtime' || !host.kubernetes) return e;
			return finish(
				title,
				value,
				'MiB',
				`${e.formula} On a Kubernetes node, plus the pod’s pause container, which holds the pod’s namespaces.`,
				[...e.inputs, term(input('Pause container of the pod', PER_POD.pauseMiB))]
			);
		},
		phase(host, r, phase, value) {
			const title = phaseTitle(r, name, phase);
			const image = imagePhaseExplanation(host, r, title, phase, value);
			if (image) return image;
			if (phase === 'appStart') return appStartExplanation(r, title, value);
			return own.phase(title, host, r, phase, value);
		},
		disk: (r, value) => imageDiskExplanation(r, diskTitle(r, name), value, own.diskExtra?.(r) ?? [])
	};
}
