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
export const underPressure = (hostMiB: number, guestsMiB: number, capacityMiB: number): boolean =>
	hostMiB + guestsMiB > capacityMiB;

/**
 * Page sharing (KSM/TPS) merges this host's guests' pages: it is on, and either the hypervisor
 * shares small pages, or it backs guests with large ones and memory is short enough to break them.
 */
export const pagesMerge = (host: Host, memoryPressure: boolean): boolean =>
	host.pageSharing &&
	(memoryPressure || HYPERVISOR_INFO[host.hypervisor].largePageMiB === undefined);

/**
 * What sharing does for each instance after a group's first: the same for every group of one
 * template on one host, so evaluate() works it out once per template and shares it (read-only).
 */
export interface TemplateShare {
	/** What each instance after the first adds to memory, and saves, by layer. */
	memMarginalMiB: number;
	marginalSavedByLayer: Record<Layer, number>;
	diskMarginalMiB: number;
	/**
	 * How its memory is shared: library pages of one image, KSM/TPS page sharing, part of a guest's
	 * kernel and OS mapped from the host whatever the page-sharing setting (Hyper-V isolated
	 * containers), or not at all.
	 */
	memory: 'imagePages' | 'pages' | 'guestPages' | 'none';
	/**
	 * Page sharing: zero pages each instance saves on its own, and each shared layer's key, its
	 * sharable MiB, and (once settled) what its first instance saves.
	 */
	zeroMiB: number;
	pages: { layer: (typeof SHARED_VM_LAYERS)[number]; key: string; own: number; first: number }[];
	/** How its disk is shared: image layers stored once, a linked clone's base disk, or not at all. */
	disk: 'layers' | 'baseDisk' | 'none';
	/** Its image's layers by id, unpacked ('layers'). */
	layers: { id: string; unpackedMiB: number }[];
	baseDiskKey: string;
	/** One instance's whole disk (the first linked clone of a base disk pays for the base). */
	aloneDiskMiB: number;
	/**
	 * A group of it with instances was committed: everything it shares is on the host now and stays,
	 * so each later group's first instance saves `settledFirstSaved` and its disk is the marginal one.
	 * (A TemplateShare is therefore used with one SharingState only.)
	 */
	settled: boolean;
	settledFirstSaved: number;
}

/** The page-sharing keys of a VM's layers: kernel and OS pages by guest OS, library pages by guest OS and workload. */
function pageKey(r: Resolved, layer: Layer): string | undefined {
	if (layer === 'guestKernel' || layer === 'guestOs') return `${layer}|${r.guestOsId}`;
	if (layer === 'binsLibs') return `binsLibs|${r.guestOsId}|${r.workloadId}`;
	return undefined;
}
const SHARED_VM_LAYERS = ['guestKernel', 'guestOs', 'binsLibs'] as const;
const SHARED_GUEST_LAYERS = ['guestKernel', 'guestOs'] as const;

/**
 * How sharing changes every instance after a group's first, for a template on this host.
 * `memoryPressure`: whether the host's guests, unshared, are short of memory (a hypervisor that
 * backs guests with large pages breaks them to share only then).
 */
export function shareTemplate(
	host: Host,
	r: Resolved,
	perInstance: Record<Layer, number>,
	perInstanceMiB: number,
	memoryPressure: boolean
): TemplateShare {
	const marginalSavedByLayer = zeroLayers();
	let marginalSaved = 0;
	let memory: TemplateShare['memory'] = 'none';
	let zeroMiB = 0;
	const pages: TemplateShare['pages'] = [];
	const kind = kindModule(r.kind);
	/** Share `f` of each of `layers` with the first instance on the host that brought the same key. */
	const sharePages = (
		layers: readonly TemplateShare['pages'][number]['layer'][],
		f: number,
		key: (layer: Layer) => string
	) => {
		for (const layer of layers) {
			const own = f * perInstance[layer];
			marginalSaved += own;
			marginalSavedByLayer[layer] = own;
			pages.push({ layer, key: key(layer), own, first: 0 });
		}
	};
	const guestShare = kind.sharedGuestShare?.(r);
	if (guestShare) {
		// Always on: these guests map their base image's pages from the host.
		memory = 'guestPages';
		sharePages(SHARED_GUEST_LAYERS, guestShare.value, (l) => `${r.kind}|${l}|${r.workload.family}`);
	} else if (kind.sharesImagePages(r)) {
		memory = 'imagePages';
		marginalSaved = perInstance.binsLibs;
		marginalSavedByLayer.binsLibs = perInstance.binsLibs;
	} else if (kind.pageSharing && pagesMerge(host, memoryPressure)) {
		memory = 'pages';
		// RAM the guest never used is zero pages, merged into one page host-wide (within a VM too).
		zeroMiB = SHARING.zeroPageShareFraction.value * perInstance.idle;
		marginalSaved += zeroMiB;
		marginalSavedByLayer.idle = zeroMiB;
		sharePages(SHARED_VM_LAYERS, SHARING.pageShareFraction.value, (layer) => pageKey(r, layer)!);
	}
	const linked = !kind.sharesImageLayers && r.diskMode === 'linkedClone';
	return {
		memMarginalMiB: perInstanceMiB - marginalSaved,
		marginalSavedByLayer,
		diskMarginalMiB: marginalDiskMiB(r),
		memory,
		zeroMiB,
		pages,
		disk: kind.sharesImageLayers ? 'layers' : linked ? 'baseDisk' : 'none',
		layers: kind.sharesImageLayers
			? imageLayersOf(r.workload).map(({ id, layer }) => ({
					id,
					unpackedMiB: unpackedLayerMiB(layer)
				}))
			: [],
		baseDiskKey: linked ? baseDiskKey(r) : '',
		aloneDiskMiB: linked ? instanceDiskMiB(r) : 0,
		settled: false,
		settledFirstSaved: 0
	};
}

/** What a group's instances save by sharing, in the only layers sharing touches (MiB, all of them). */
export interface Savings {
	idle: number;
	guestKernel: number;
	guestOs: number;
	binsLibs: number;
}

export const noSavings = (): Savings => ({ idle: 0, guestKernel: 0, guestOs: 0, binsLibs: 0 });

/** A group's first instance: its memory and disk, given what earlier groups put on the host. */
export interface FirstShare {
	memFirstMiB: number;
	diskFirstMiB: number;
}

/**
 * How sharing changes a group of n identical instances' cost, given what earlier groups put on the
 * host: writes its first instance's memory and disk into `out`, and (when given) what all n save,
 * by layer, into `saved`. With `commit`, the group's shareable pages, images and layers are
 * recorded for later groups, and what page sharing merged is added to the state's tally.
 */
export function shareFirst(
	t: TemplateShare,
	r: Resolved,
	perInstance: Record<Layer, number>,
	perInstanceMiB: number,
	n: number,
	state: SharingState,
	commit: boolean,
	saved: Savings | null,
	out: FirstShare
): void {
	let firstSaved = 0;
	if (saved) saved.idle = saved.guestKernel = saved.guestOs = saved.binsLibs = 0;
	if (t.settled) {
		// Nothing to look up: the same first instance as the template's last committed group.
		if (saved) settledSavings(t, perInstance, n, saved);
		if (commit && n > 0 && t.memory === 'pages') {
			let contentMiB = 0;
			for (const p of t.pages) contentMiB += p.first + (n - 1) * p.own;
			tally(state, n * t.zeroMiB, contentMiB);
		}
		out.memFirstMiB = perInstanceMiB - t.settledFirstSaved;
		out.diskFirstMiB = t.diskMarginalMiB;
		return;
	}
	if (t.memory === 'imagePages') {
		const b = perInstance.binsLibs;
		const present = state.imagesInMemory.has(r.workloadId);
		firstSaved = present ? b : 0;
		if (saved && n > 0) saved.binsLibs = firstSaved + (n - 1) * b;
		if (commit && n > 0) state.imagesInMemory.add(r.workloadId);
	} else if (t.memory === 'pages' || t.memory === 'guestPages') {
		firstSaved += t.zeroMiB;
		if (saved && n > 0) saved.idle = n * t.zeroMiB;
		let contentMiB = 0;
		for (const { layer, key, own } of t.pages) {
			const prev = state.pages.get(key);
			const first = prev === undefined ? 0 : Math.min(own, prev);
			firstSaved += first;
			contentMiB += first + (n - 1) * own;
			if (saved && n > 0) saved[layer] = first + (n - 1) * own;
			if (commit && n > 0 && prev === undefined) state.pages.set(key, own);
		}
		if (commit && n > 0 && t.memory === 'pages') tally(state, n * t.zeroMiB, contentMiB);
	}

	let diskFirstMiB = t.diskMarginalMiB;
	if (t.disk === 'layers') {
		for (const { id, unpackedMiB } of t.layers) {
			if (state.layersOnDisk.has(id)) continue;
			diskFirstMiB += unpackedMiB;
			if (commit && n > 0) state.layersOnDisk.add(id);
		}
	} else if (t.disk === 'baseDisk') {
		if (!state.baseDisks.has(t.baseDiskKey)) diskFirstMiB = t.aloneDiskMiB;
		if (commit && n > 0) state.baseDisks.add(t.baseDiskKey);
	}
	if (commit && n > 0) settle(t, perInstance, state);
	out.memFirstMiB = perInstanceMiB - firstSaved;
	out.diskFirstMiB = diskFirstMiB;
}

/** Page sharing (KSM/TPS) merged these zero pages and this identical content on the host. */
function tally(state: SharingState, zeroMiB: number, contentMiB: number): void {
	state.pageSharing.zeroMiB += zeroMiB;
	state.pageSharing.contentMiB += contentMiB;
}

/** What n instances of a settled template save, by layer (as shareFirst works it out). */
export function settledSavings(
	t: TemplateShare,
	perInstance: Record<Layer, number>,
	n: number,
	saved: Savings
): void {
	saved.idle = saved.guestKernel = saved.guestOs = saved.binsLibs = 0;
	if (n <= 0) return;
	if (t.memory === 'imagePages')
		saved.binsLibs = t.settledFirstSaved + (n - 1) * perInstance.binsLibs;
	else if (t.memory === 'pages' || t.memory === 'guestPages') {
		saved.idle = n * t.zeroMiB;
		for (const p of t.pages) saved[p.layer] = p.first + (n - 1) * p.own;
	}
}

/**
 * After a commit, what a later group of the template saves on its first instance: its image's
 * library pages are in memory, and each page key holds the first guest's sharable MiB for good.
 */
function settle(t: TemplateShare, perInstance: Record<Layer, number>, state: SharingState): void {
	let firstSaved = 0;
	if (t.memory === 'imagePages') firstSaved = perInstance.binsLibs;
	else if (t.memory === 'pages' || t.memory === 'guestPages') {
		firstSaved += t.zeroMiB;
		for (const p of t.pages) {
			p.first = Math.min(p.own, state.pages.get(p.key)!);
			firstSaved += p.first;
		}
	}
	t.settled = true;
	t.settledFirstSaved = firstSaved;
}
