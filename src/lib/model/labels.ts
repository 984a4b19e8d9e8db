/**
 * Plain-language labels for the model's terms, one table each: the explanations, the notes and
 * every view read them from here, so a layer is called the same thing everywhere. (Colours and
 * patterns are the views' business.)
 */
import { WORKLOADS } from './catalog/workloads';
import type { Kind, Layer, Phase, Resource, Template } from './types';

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

/** A resource as a noun in a sentence: "memory runs out", "limited by CPU". */
export const RESOURCE_LABEL: Record<Resource, string> = {
	memory: 'memory',
	cpu: 'CPU',
	disk: 'disk',
	limit: 'a hard limit'
};

/** One instance of a kind, in a sentence: "a VM", "the 41st container". */
export const KIND_LABEL: Record<Kind, string> = {
	vm: 'VM',
	microvm: 'microVM',
	container: 'container'
};

/** Several instances of a kind: "VMs", "containers". */
export const KIND_PLURAL: Record<Kind, string> = {
	vm: 'VMs',
	microvm: 'microVMs',
	container: 'containers'
};

/** Capitalise the first letter, for a label at the start of a sentence or a heading. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "nginx web server VMs": what a group of this template is called when nobody named it. */
export function templateName(t: Pick<Template, 'kind' | 'workload'>): string {
	const w = WORKLOADS[t.workload]?.name ?? String(t.workload);
	return `${w} ${KIND_PLURAL[t.kind] ?? `${String(t.kind)}s`}`;
}

/**
 * The one human name of a group, used by every sentence and view: its label when it has one
 * (spaces trimmed), else its workload and kind ("Redis cache VMs"). Never the internal id.
 */
export function groupName(g: Pick<Template, 'kind' | 'workload'> & { label?: string }): string {
	const label = g.label?.trim();
	return label ? label : templateName(g);
}
