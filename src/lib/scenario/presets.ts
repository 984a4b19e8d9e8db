import type { Host } from '$lib/model';

export interface HostPreset {
	id: string;
	name: string;
	description: string;
	host: Host;
}

const GiB = 1024;

/** Hosts people actually have, sized from common hardware. */
export const HOST_PRESETS: readonly HostPreset[] = [
	{
		id: 'laptop',
		name: 'Laptop',
		description: '8 cores, 16 GiB, macOS with VirtualBox and Docker Desktop',
		host: {
			cpuCores: 8,
			memoryMiB: 16 * GiB,
			diskGiB: 512,
			os: 'macos',
			hypervisor: 'virtualbox',
			engine: 'docker',
			cpuOvercommit: 2,
			pageSharing: false,
			imageCache: 'cold',
			networkMbps: 300
		}
	},
	{
		id: 'small-server',
		name: 'Small server',
		description: '16 cores, 64 GiB, Linux with KVM',
		host: {
			cpuCores: 16,
			memoryMiB: 64 * GiB,
			diskGiB: 2000,
			os: 'linux',
			hypervisor: 'kvm',
			engine: 'docker',
			cpuOvercommit: 4,
			pageSharing: false,
			imageCache: 'warm',
			networkMbps: 1000
		}
	},
	{
		id: 'big-server',
		name: 'Big 2-socket server',
		description: '128 cores, 1 TiB, Linux with KVM and page sharing',
		host: {
			cpuCores: 128,
			memoryMiB: 1024 * GiB,
			diskGiB: 16000,
			os: 'linux',
			hypervisor: 'kvm',
			engine: 'containerd',
			cpuOvercommit: 4,
			pageSharing: true,
			imageCache: 'warm',
			networkMbps: 25000
		}
	},
	{
		id: 'cloud-vm',
		name: 'Cloud VM',
		description: '8 vCPUs, 32 GiB (a general-purpose cloud instance), Linux',
		host: {
			cpuCores: 8,
			memoryMiB: 32 * GiB,
			diskGiB: 256,
			os: 'linux',
			hypervisor: 'kvm',
			engine: 'containerd',
			cpuOvercommit: 1,
			pageSharing: false,
			imageCache: 'cold',
			networkMbps: 10000
		}
	}
];
