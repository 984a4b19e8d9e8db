import { cited, estimate } from './cited';

/** Starting many instances at once: how fast they can be created, and the CPU each start burns. */
export const CONCURRENCY = {
	microvmCreatePerCorePerSecond: cited(
		5,
		'count',
		'firecracker-design',
		'A steady mutation rate of 5 microVMs per host core per second (1 vCPU, 128 MiB, minimal kernel).'
	),
	vmCreatePerSecond: estimate(
		4,
		'count',
		'libvirt and the VMM set up each VM (disk, network, cgroups) one after another; no published rate.'
	),
	/** Share of a core a guest's boot keeps busy (firmware, kernel and init work on its vCPU). */
	bootCpuShare: estimate(
		0.5,
		'ratio',
		'A boot alternates between CPU work (decompressing, probing, starting services) and waits on disk.'
	),
	/** Share of a core an app keeps busy while it starts. */
	appStartCpuShare: estimate(
		1,
		'ratio',
		'Starting an app (loading code, JIT, reading config) is mostly CPU work.'
	),
	/** Share of a core a container's sandbox setup keeps busy. */
	sandboxCpuShare: estimate(
		0.5,
		'ratio',
		'Creating namespaces, cgroups and mounts is kernel work with some waiting on locks.'
	)
};
