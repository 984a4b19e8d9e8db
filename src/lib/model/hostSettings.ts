import { HOST_OS_INFO, UTILITY_VM } from './catalog';
import type { ContainerNetwork, GuestMemoryMode, Host } from './types';

/** The optional host settings with their defaults filled in: the one place those defaults live. */
export const networkOf = (host: Host): ContainerNetwork => host.containerNetwork ?? 'bridge';
export const guestMemoryOf = (host: Host): GuestMemoryMode => host.guestMemory ?? 'reserved';

/** The hidden Linux VM's default memory limit on this host, as Docker Desktop or WSL 2 set it. */
export function defaultUtilityVmLimitMiB(host: Host): number {
	const share = host.os === 'windows' ? UTILITY_VM.windowsLimitShare : UTILITY_VM.macosLimitShare;
	return share.value * host.memoryMiB;
}

/** The hidden VM's memory limit: the person's setting, never more than the host has. */
export const utilityVmLimitMiB = (host: Host): number =>
	Math.min(host.memoryMiB, host.utilityVmMemoryMiB ?? defaultUtilityVmLimitMiB(host));

/** Does this host need a hidden Linux VM to run Linux containers? */
export const hostLacksLinuxKernel = (host: Host): boolean =>
	HOST_OS_INFO[host.os].nativeContainerFamily !== 'linux';
