import type { Host, Scenario } from './types';
import { INPUT_LIMITS } from './limits';

export const DEFAULT_HOST: Host = {
	cpuCores: INPUT_LIMITS.cpuCores.default,
	memoryMiB: INPUT_LIMITS.memoryMiB.default,
	diskGiB: INPUT_LIMITS.diskGiB.default,
	os: 'linux',
	hypervisor: 'kvm',
	engine: 'docker',
	cpuOvercommit: INPUT_LIMITS.cpuOvercommit.default,
	pageSharing: false,
	imageCache: 'warm',
	networkMbps: INPUT_LIMITS.networkMbps.default
};

/** A small server running the same web server three ways. */
export function defaultScenario(): Scenario {
	return {
		version: 1,
		name: 'nginx three ways',
		host: { ...DEFAULT_HOST },
		groups: [
			{ id: 'g1', kind: 'vm', workload: 'nginx', count: 4, label: 'nginx as VMs' },
			{ id: 'g2', kind: 'microvm', workload: 'nginx', count: 4, label: 'nginx as microVMs' },
			{ id: 'g3', kind: 'container', workload: 'nginx', count: 4, label: 'nginx as containers' }
		]
	};
}
