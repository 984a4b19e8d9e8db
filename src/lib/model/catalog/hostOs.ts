import type { HostOs } from '../types';
import { estimate, type Cited } from './cited';
import type { OsFamily } from './guestOs';

export interface HostOsInfo {
	name: string;
	/** Resident memory of the host OS itself at idle. */
	memoryMiB: Cited;
	/** The kernel family containers run on natively. macOS runs none: containers need a Linux VM. */
	nativeContainerFamily: OsFamily | null;
	/** What the hidden Linux VM for containers is called on this host, when one is needed. */
	utilityVmName: string;
	/** The same, short enough to follow a name in a list: "the WSL 2 VM". */
	utilityVmShortName: string;
}

export const HOST_OS_INFO: Record<HostOs, HostOsInfo> = {
	linux: {
		name: 'Linux',
		memoryMiB: estimate(
			600,
			'MiB',
			'A server distribution (kernel, systemd, sshd, logging) idles at a few hundred MiB.'
		),
		nativeContainerFamily: 'linux',
		utilityVmName: '',
		utilityVmShortName: ''
	},
	windows: {
		name: 'Windows',
		memoryMiB: estimate(
			2048,
			'MiB',
			'Windows Server with Desktop Experience idles near 1.5–2 GiB.'
		),
		nativeContainerFamily: 'windows',
		utilityVmName: 'the WSL 2 VM of Docker Desktop',
		utilityVmShortName: 'the WSL 2 VM'
	},
	macos: {
		name: 'macOS',
		memoryMiB: estimate(
			4096,
			'MiB',
			'A desktop OS with its window server and background services.'
		),
		nativeContainerFamily: null,
		utilityVmName: 'the Linux VM of Docker Desktop',
		utilityVmShortName: 'the Linux VM'
	}
};
