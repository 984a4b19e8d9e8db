import { IMAGE_LAYERS, WORKLOADS, type LayerId } from './catalog/workloads';
import { CONTAINERS, SHARING } from './catalog';
import type { Resolved } from './resolve';

/** A layer's size once unpacked on disk. */
export const unpackedMiB = (id: LayerId): number =>
	IMAGE_LAYERS[id].compressedMiB.value * CONTAINERS.unpackRatio.value;

/** Per workload, derived once from the catalog (which never changes): app files and the whole image, unpacked. */
const IMAGE_SIZES = new Map(
	Object.values(WORKLOADS).map((w) => {
		let app = 0;
		let image = 0;
		for (const id of w.layers) {
			image += unpackedMiB(id);
			if (!IMAGE_LAYERS[id].base) app += unpackedMiB(id);
		}
		return [w, { app, image }] as const;
	})
);

/**
 * The app's own files inside a guest: its image's layers above the base, unpacked (an installed
 * guest OS replaces the base) — or the whole image when the guest's root file system is the image.
 */
export const vmAppDiskMiB = (r: Resolved): number => {
	const sizes = IMAGE_SIZES.get(r.workload)!;
	return r.guestOs?.rootfsFromImage ? sizes.image : sizes.app;
};

/** One container's image, unpacked. */
export const imageDiskMiB = (r: Resolved): number => IMAGE_SIZES.get(r.workload)!.image;

/** One instance's disk as if it were alone on the host. */
export function instanceDiskMiB(r: Resolved): number {
	if (r.kind === 'container') return imageDiskMiB(r) + r.workload.rwLayerMiB.value;
	const full = r.guestOs!.diskMiB.value + vmAppDiskMiB(r);
	return r.diskMode === 'linkedClone' ? full + SHARING.linkedCloneDeltaMiB.value : full;
}

/** Disk one more instance adds once an identical one (same image or base disk) is on the host. */
export function marginalDiskMiB(r: Resolved): number {
	if (r.kind === 'container') return r.workload.rwLayerMiB.value;
	return r.diskMode === 'linkedClone' ? SHARING.linkedCloneDeltaMiB.value : instanceDiskMiB(r);
}

/** The key under which VMs share a linked-clone base disk. */
export const baseDiskKey = (r: Resolved): string => `${r.kind}|${r.guestOsId}|${r.workloadId}`;
