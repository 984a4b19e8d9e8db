/**
 * Plain-language labels for the model's terms, one table each: the explanations, the notes and
 * every view read them from here, so a layer is called the same thing everywhere. (Colours and
 * patterns are the views' business.)
 */
import type { Layer, Phase, Resource, StartLimit } from './types';

export const LAYER_LABEL: Record<Layer, string> = {
	hostOs: 'Host OS',
	hypervisor: 'Hypervisor',
	engine: 'Container engine',
	guestKernel: 'Guest kernel',
	guestOs: 'Guest OS services',
	binsLibs: 'Bins/libs',
	app: 'App',
	runtime: 'Container runtime',
	idle: 'Allocated but idle'
};

export const PHASE_LABEL: Record<Phase, string> = {
	imagePull: 'Image pull',
	unpack: 'Unpack',
	firmware: 'Firmware',
	bootloader: 'Bootloader',
	kernel: 'Kernel',
	init: 'Init',
	sandbox: 'Sandbox setup',
	appStart: 'App start'
};

/**
 * A resource as a noun in a sentence: "memory runs out", "limited by CPU time". The two CPU limits
 * are different things: the vCPU allowance (cores × overcommit) that VMs, microVMs and Kata pods
 * are handed out against, and the CPU time containers and gVisor sandboxes keep busy at their load.
 */
export const RESOURCE_LABEL: Record<Resource, string> = {
	memory: 'memory',
	vcpus: 'vCPU allowance',
	cpuTime: 'CPU time',
	memoryRequests: 'allocatable memory',
	cpuRequests: 'allocatable CPU',
	disk: 'disk',
	limit: 'a hard limit'
};

/** Each resource in a line of its own: what it counts and against what. */
export const RESOURCE_DETAIL: Record<Resource, string> = {
	memory: 'resident memory against the host’s memory, after its own software',
	vcpus: 'vCPUs handed out against cores × overcommit (VMs, microVMs, Kata pods off a node)',
	cpuTime:
		'average busy CPU at each instance’s load against the cores (containers, gVisor sandboxes)',
	memoryRequests: 'pods’ memory requests against the node’s allocatable memory (the scheduler)',
	cpuRequests: 'pods’ CPU requests against the node’s allocatable CPU (the scheduler)',
	disk: 'disk in use against the host’s disk',
	limit: 'a hard count of the platform (VMs per host, ports per bridge, pods per node)'
};

/** Capitalise the first letter, for a label at the start of a sentence or a heading. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What holds back instances started together, as a phrase: "held back by the creation rate". */
export const START_LIMIT_LABEL: Record<StartLimit, string> = {
	none: 'as fast as one alone',
	rate: 'held back by the creation rate',
	cpu: 'held back by the CPU'
};

/** Whose kernel serves an instance's system calls, on the isolation spectrum. */
export const KERNEL_LABEL: Record<'host' | 'userSpace' | 'guest', string> = {
	host: 'shares the host’s kernel',
	userSpace: 'a user-space kernel in front of the host’s',
	guest: 'its own kernel on a hypervisor'
};
