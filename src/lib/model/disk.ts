import { IMAGE_LAYERS, type LayerId } from './catalog/workloads';
import { CONTAINERS, SHARING } from './catalog/platform';
import type { Resolved } from './resolve';

/** A layer's size once unpacked on disk. */
export const unpackedMiB = (id: LayerId): number =>
	IMAGE_LAYERS[id].compressedMiB.value * CONTAINERS.unpackRatio.value;

/** The app's own files inside a VM: its image's non-base layers, unpacked (the guest OS replaces the base). */
export function vmAppDiskMiB(r: Resolved): number {
	let total = 0;
	for (const id of r.workload.layers) if (!IMAGE_LAYERS[id].base) total += unpackedMiB(id);
	return total;
}

/** One container's image, unpacked. */
export function imageDiskMiB(r: Resolved): number {
	let total = 0;
	for (const id of r.workload.layers) total += unpackedMiB(id);
	return total;
}

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
