import { IMAGE_LAYERS, WORKLOADS, type LayerId } from './catalog/workloads';
import { CONTAINERS, SHARING } from './catalog/platform';
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

/** The app's own files inside a VM: its image's non-base layers, unpacked (the guest OS replaces the base). */
export const vmAppDiskMiB = (r: Resolved): number => IMAGE_SIZES.get(r.workload)!.app;

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
