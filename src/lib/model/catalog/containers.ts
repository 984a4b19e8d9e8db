import { cited, estimate } from './cited';

/** Gigabytes as measured (10^9 bytes), in MiB. */
export const gb = (gigabytes: number): number => (gigabytes * 1e9) / 1048576;

/** repo-info's nginx:latest (amd64): compressed and unpacked size, MB. */
const NGINX_COMPRESSED_MB = 63.1;
const NGINX_ON_DISK_MB = 161;

/**
 * The hidden Linux VM that runs Linux containers on macOS and Windows (Docker Desktop's VM; WSL 2).
 * It may grow to its memory limit; at idle it holds the figure Docker gives for Resource Saver.
 */
export const UTILITY_VM = {
	/** What the VM holds at idle, engine included: what stopping it frees. */
	idleMiB: cited(
		gb(2),
		'MiB',
		'docker-resource-saver',
		'Stopping Docker Desktop’s VM “reduces … memory utilization on the host by 2 GBs or more” (a lower bound; 10^9-byte GB).'
	),
	vmmMiB: estimate(
		50,
		'MiB',
		'The VMM of the hidden VM (Apple Virtualization framework, or the WSL 2 Hyper-V VM).'
	),
	kernelMiB: estimate(60, 'MiB', 'The utility VM’s Linux kernel.'),
	/** Default memory limit, as a share of the host's memory. */
	macosLimitShare: cited(
		0.5,
		'ratio',
		'docker-desktop-settings',
		'Docker Desktop’s memory limit defaults to up to 50 % of the host’s memory.'
	),
	windowsLimitShare: cited(
		0.5,
		'ratio',
		'wsl-config',
		'WSL 2’s VM may use 50 % of the host’s memory by default (.wslconfig memory); Docker Desktop’s Resource Saver does not shrink it.'
	)
};

/** Windows containers on a Server Core base, by isolation (Microsoft's minimum memory per container). */
/** Server Core's minimum under Hyper-V isolation, and the free memory in which several run. */
const HYPERV_SERVER_CORE_MB = 325;
const HYPERV_SEVERAL_IN_MB = 512;

export const WINDOWS_CONTAINERS = {
	processMiB: cited(
		50,
		'MiB',
		'windows-container-requirements',
		'Server Core with process isolation: 50 MB (Nano Server 40 MB) — its own system services on the host’s kernel.'
	),
	hypervMiB: cited(
		HYPERV_SERVER_CORE_MB,
		'MiB',
		'windows-container-requirements',
		'Server Core with Hyper-V isolation: 325 MB (Nano Server 130 MB), plus a 1 GB page file: each container gets its own kernel in a utility VM.'
	),
	hypervKernelMiB: estimate(
		100,
		'MiB',
		'The part of the Hyper-V isolated container’s 325 MB that is its own Windows kernel; no published split.'
	),
	/**
	 * Of a Hyper-V isolated container's utility VM (kernel and services), the share a further one
	 * shares with the first on the host: the least that lets two run in 512 MB free.
	 */
	hypervSharedShare: estimate(
		1 - (HYPERV_SEVERAL_IN_MB - HYPERV_SERVER_CORE_MB) / HYPERV_SERVER_CORE_MB,
		'ratio',
		`Microsoft, under the table: a host with ${HYPERV_SEVERAL_IN_MB} MB of free memory can run multiple Server Core containers under Hyper-V isolation “because those containers share resources”. Read as two, the second fits in ${HYPERV_SEVERAL_IN_MB} − ${HYPERV_SERVER_CORE_MB} = ${HYPERV_SEVERAL_IN_MB - HYPERV_SERVER_CORE_MB} MB, so it shares at least ${HYPERV_SERVER_CORE_MB * 2 - HYPERV_SEVERAL_IN_MB} MB of its ${HYPERV_SERVER_CORE_MB} MB with the first (the base image’s files are mapped from the host into each utility VM). Taken at that least; the page gives no split.`,
		'windows-container-requirements'
	),
	hypervPageFileMiB: cited(
		1024,
		'MiB',
		'windows-container-requirements',
		'A 1 GB page file for each Hyper-V isolated container.'
	),
	processStartMs: estimate(3000, 'ms', 'Windows containers start much slower than Linux ones.'),
	hypervBootMs: estimate(
		5000,
		'ms',
		'The utility VM boots its own Windows kernel before the container starts; no published figure.'
	)
};

export const CONTAINERS = {
	/** A container on a bridge network takes one port of a Linux bridge. */
	maxPerBridge: cited(
		1023,
		'count',
		'linux-bridge-ports',
		'1,024 ports per bridge, one taken by the host side.'
	),
	unpackMiBPerS: estimate(
		150,
		'MiB/s',
		'gzip decompression and writing files run at roughly 100–300 MB/s.'
	),
	unpackRatio: cited(
		NGINX_ON_DISK_MB / NGINX_COMPRESSED_MB,
		'ratio',
		'docker-repo-info',
		`nginx:latest (amd64) is ${NGINX_COMPRESSED_MB} MB compressed and about ${NGINX_ON_DISK_MB} MB on disk; applied to every image.`
	),
	registryRoundTripMs: estimate(
		150,
		'ms',
		'Token, manifest and blob requests: one round trip per layer.'
	)
};
