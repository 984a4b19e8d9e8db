import { kindModule } from './kinds';
import type { Resolved } from './resolve';

import { IMAGE_LAYERS, type LayerId } from './catalog';
import { unpackedLayerMiB } from './kinds/image';

/** A catalog layer's size once unpacked on disk. */
export const unpackedMiB = (id: LayerId): number => unpackedLayerMiB(IMAGE_LAYERS[id]);

/** One instance's disk as if it were alone on the host. */
export const instanceDiskMiB = (r: Resolved): number => kindModule(r.kind).diskMiB(r);

/** Disk one more instance adds once an identical one (same image or base disk) is on the host. */
export const marginalDiskMiB = (r: Resolved): number => kindModule(r.kind).marginalDiskMiB(r);

/** The key under which guests share a linked-clone base disk. */
export const baseDiskKey = (r: Resolved): string => `${r.kind}|${r.guestOsId}|${r.workloadId}`;
