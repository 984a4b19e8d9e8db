import { HYPERVISOR_INFO, SHARING } from './catalog';
import { kindModule } from './kinds';
import { imageLayersOf } from './catalog/workloads';
import { baseDiskKey, instanceDiskMiB, marginalDiskMiB } from './disk';
import { unpackedLayerMiB } from './kinds/image';
import { zeroLayers } from './layers';
import type { Resolved } from './resolve';
import type { Host, Layer, WorkloadRef } from './types';

/** What is already on the host that later instances can share. */
export interface SharingState {
	/** Page-sharing keys → sharable MiB of the first VM that brought them. */
	pages: Map<string, number>;
	/** Container images whose library pages are already in the page cache. */
	imagesInMemory: Set<WorkloadRef>;
	/** Image layers already unpacked on disk. */
	layersOnDisk: Set<string>;
	/** Linked-clone base disks already present. */
	baseDisks: Set<string>;
	/**
	 * The guests, unshared, need more memory than the host has: a hypervisor that backs guests with
	 * large pages breaks them now, so page sharing can merge their small pages.
	 */
	memoryPressure: boolean;
	/** What page sharing (KSM/TPS) has merged so far: zero pages of untouched RAM, and identical content. */
	pageSharing: { zeroMiB: number; contentMiB: number };
}

/** What is shared on an empty host; `memoryPressure` as the guests placed on it will make it. */
export const emptySharing = (memoryPressure = true): SharingState => ({
	pages: new Map(),
	imagesInMemory: new Set(),
	layersOnDisk: new Set(),
	baseDisks: new Set(),
	memoryPressure,
	pageSharing: { zeroMiB: 0, contentMiB: 0 }
});

/** The host's own memory and every group's instances, unshared, need more than the host has. */
export const underPressure = (
	hostMiB: number,
	groups: readonly { count: number; memoryMiB: number }[],
	capacityMiB: number
): boolean => groups.reduce((s, g) => s + g.count * g.memoryMiB, hostMiB) > capacityMiB;

/**
 * Page sharing (KSM/TPS) merges this host's guests' pages: it is on, and either the hypervisor
 * shares small pages, or it backs guests with large ones and memory is short enough to break them.
 */
export const pagesMerge = (host: Host, state: SharingState): boolean =>
	host.pageSharing &&
	(state.memoryPressure || HYPERVISOR_INFO[host.hypervisor].largePageMiB === undefined);

export interface GroupShare {
	memFirstMiB: number;
	memMarginalMiB: number;
	/** Memory saved by sharing, per layer, over all n instances. */
	savedByLayer: Record<Layer, number>;
	/** What each instance after the first saves, per layer. */
	marginalSavedByLayer: Record<Layer, number>;
	diskFirstMiB: number;
	diskMarginalMiB: number;
}

/** The page-sharing keys of a VM's layers: kernel and OS pages by guest OS, library pages by guest OS and workload. */
function pageKey(r: Resolved, layer: Layer): string | undefined {
	if (layer === 'guestKernel' || layer === 'guestOs') return `${layer}|${r.guestOsId}`;
	if (layer === 'binsLibs') return `binsLibs|${r.guestOsId}|${r.workloadId}`;
	return undefined;
}
const SHARED_VM_LAYERS = ['guestKernel', 'guestOs', 'binsLibs'] as const;

/**
 * How sharing changes a group of n identical instances' cost, given what earlier groups put on the
 * host. With `commit`, the group's shareable pages, images and layers are recorded for later groups.
 */
export function shareGroup(
	host: Host,
	r: Resolved,
	perInstance: Record<Layer, number>,
	perInstanceMiB: number,
	n: number,
	state: SharingState,
	commit: boolean
): GroupShare {
	const saved = zeroLayers();
	const marginalSavedByLayer = zeroLayers();
	let firstSaved = 0;
	let marginalSaved = 0;
	const kind = kindModule(r.kind);
	/** Share `f` of each of `layers` with the first instance on the host that brought the same key. */
	const sharePages = (layers: readonly Layer[], f: number, key: (layer: Layer) => string) => {
		for (const layer of layers) {
			const k = key(layer);
			const own = f * perInstance[layer];
			const prev = state.pages.get(k);
			const first = prev === undefined ? 0 : Math.min(own, prev);
			firstSaved += first;
			marginalSaved += own;
			marginalSavedByLayer[layer] = own;
			if (n > 0) saved[layer] = first + (n - 1) * own;
			if (commit && n > 0 && prev === undefined) state.pages.set(k, own);
		}
	};
	const guestShare = kind.sharedGuestShare?.(r);
	if (guestShare) {
		// Always on: these guests map their base image's pages from the host.
		sharePages(
			['guestKernel', 'guestOs'],
			guestShare.value,
			(l) => `${r.kind}|${l}|${r.workload.family}`
		);
	} else if (kind.sharesImagePages(r)) {
		const b = perInstance.binsLibs;
		const present = state.imagesInMemory.has(r.workloadId);
		firstSaved = present ? b : 0;
		marginalSaved = b;
		marginalSavedByLayer.binsLibs = b;
		if (n > 0) saved.binsLibs = firstSaved + (n - 1) * marginalSaved;
		if (commit && n > 0) state.imagesInMemory.add(r.workloadId);
	} else if (kind.pageSharing && pagesMerge(host, state)) {
		const f = SHARING.pageShareFraction.value;
		// RAM the guest never used is zero pages, merged into one page host-wide (within a VM too).
		const zero = SHARING.zeroPageShareFraction.value * perInstance.idle;
		firstSaved += zero;
		marginalSaved += zero;
		marginalSavedByLayer.idle = zero;
		if (n > 0) saved.idle = n * zero;
		sharePages(SHARED_VM_LAYERS, f, (layer) => pageKey(r, layer)!);
		if (commit && n > 0) {
			state.pageSharing.zeroMiB += saved.idle;
			state.pageSharing.contentMiB += saved.guestKernel + saved.guestOs + saved.binsLibs;
		}
	}

	let diskFirstMiB: number;
	const diskMarginalMiB = marginalDiskMiB(r);
	if (kind.sharesImageLayers) {
		diskFirstMiB = diskMarginalMiB;
		for (const { id, layer } of imageLayersOf(r.workload)) {
			if (state.layersOnDisk.has(id)) continue;
			diskFirstMiB += unpackedLayerMiB(layer);
			if (commit && n > 0) state.layersOnDisk.add(id);
		}
	} else if (r.diskMode === 'linkedClone') {
		const key = baseDiskKey(r);
		diskFirstMiB = state.baseDisks.has(key) ? diskMarginalMiB : instanceDiskMiB(r);
		if (commit && n > 0) state.baseDisks.add(key);
	} else {
		diskFirstMiB = diskMarginalMiB;
	}

	return {
		memFirstMiB: perInstanceMiB - firstSaved,
		memMarginalMiB: perInstanceMiB - marginalSaved,
		savedByLayer: saved,
		marginalSavedByLayer,
		diskFirstMiB,
		diskMarginalMiB
	};
}
