import type { Host } from '$lib/model';

/*
 * Hosts the lessons are built from. Written out in full (no model values imported), so the
 * lessons are plain data that tests and the browser read alike.
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
	...SERVER,
	cpuCores: 8,
	memoryMiB: 16 * 1024,
	diskGiB: 512,
	cpuOvercommit: 2,
	networkMbps: 300
};
