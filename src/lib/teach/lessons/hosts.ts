import type { Group, Host, Kind, Scenario, WorkloadId } from '$lib/model';

/*
 * Hosts and groups the lessons are built from. Written out in full (no model values imported), so
 * the lessons are plain data that tests and the browser read alike.
 */

/** A small Linux server with KVM: 16 cores, 64 GiB. */
export const SERVER: Host = {
	cpuCores: 16,
	memoryMiB: 64 * 1024,
	diskGiB: 1000,
	os: 'linux',
	hypervisor: 'kvm',
	engine: 'docker',
	cpuOvercommit: 4,
	pageSharing: false,
	imageCache: 'warm',
	networkMbps: 1000
};

/** A developer laptop: 8 cores, 16 GiB. */
export const LAPTOP: Host = {
	cpuCores: 8,
	memoryMiB: 16 * 1024,
	diskGiB: 512,
	os: 'linux',
	hypervisor: 'kvm',
	engine: 'docker',
	cpuOvercommit: 2,
	pageSharing: false,
	imageCache: 'warm',
	networkMbps: 300
};

export const scenario = (name: string, host: Host, groups: Group[]): Scenario => ({
	version: 1,
	name,
	host: { ...host },
	groups
});

const KIND_WORDS: Record<Kind, string> = {
	vm: 'VMs',
	microvm: 'microVMs',
	container: 'containers'
};

/** A group labelled "nginx as VMs" unless `label` says otherwise. */
export const group = (
	id: string,
	kind: Kind,
	workload: WorkloadId,
	count: number,
	label = `${workload} as ${KIND_WORDS[kind]}`
): Group => ({ id, kind, workload, count, label });
