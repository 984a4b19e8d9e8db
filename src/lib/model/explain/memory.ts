/** Explanations of memory: a guest's or container's layers, and the host's own costs. */
import {
	CONTAINERS,
	ENGINE_INFO,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	MICROVM,
	VM_OVERHEAD,
	type Cited
} from '../catalog';

import { LAYER_LABEL } from '../labels';
import { guestNeeds } from '../memory';
import { kindName, type Resolved } from '../resolve';
import type { Host, Layer } from '../types';
import { finish, input, setting, type Explanation, type ExplanationInput } from './terms';

function hypervisorInputs(
	host: Host,
	r: Resolved
): { formula: string; inputs: ExplanationInput[] } {
	const o = VM_OVERHEAD;
	const ram = setting('Guest RAM', r.memoryMiB!, 'MiB');
	const vcpus = setting('vCPUs', r.vcpus, 'cores');
	if (r.kind === 'microvm')
		return {
			formula: 'The Firecracker VMM uses at most 5 MiB per microVM.',
			inputs: [input('Firecracker VMM', o.firecrackerMiB)]
		};
	switch (HYPERVISOR_INFO[host.hypervisor].overhead) {
		case 'esxi-table':
			return {
				formula: 'VMware’s sample overhead table, interpolated linearly by guest RAM and by vCPUs.',
				inputs: [ram, vcpus, input('VMware overhead table', o.esxiSource)]
			};
		case 'qemu':
			return {
				formula: 'QEMU process + 0.2 % of guest RAM + 8 MiB per vCPU beyond the first.',
				inputs: [
					input('QEMU base', o.qemuBaseMiB),
					input('Share of guest RAM', o.ramFraction),
					input('Per extra vCPU', o.perVcpuMiB),
					ram,
					vcpus
				]
			};
		case 'hyperv':
			return {
				formula: '32 MiB for the first GiB of guest RAM + 8 MiB for each further GiB.',
				inputs: [
					input('First GiB', o.hypervFirstGiBMiB),
					input('Each further GiB', o.hypervPerGiBMiB),
					ram
				]
			};
		case 'virtualbox':
			return {
				formula: 'VirtualBox VMM process + 0.2 % of guest RAM + 8 MiB per vCPU beyond the first.',
				inputs: [
					input('VMM process', o.virtualboxBaseMiB),
					input('Share of guest RAM', o.ramFraction),
					input('Per extra vCPU', o.perVcpuMiB),
					ram,
					vcpus
				]
			};
	}
}

export function layerExplanation(
	host: Host,
	r: Resolved,
	layer: Layer,
	value: number
): Explanation {
	const title = `${LAYER_LABEL[layer]} memory of one ${r.workload.name} ${kindName(r.kind)}`;
	const w = r.workload;
	if (r.kind === 'container') {
		const engine = ENGINE_INFO[host.engine];
		if (layer === 'runtime') {
			const inputs = [input(`${engine.name} per-container process`, engine.perContainerMiB)];
			if (w.family === 'windows')
				inputs.push(
					input('Windows system services in the container', CONTAINERS.windowsServicesMiB)
				);
			return finish(
				title,
				value,
				'MiB',
				'The engine’s per-container process (shim or conmon), plus Windows services for a Windows container.',
				inputs
			);
		}
		if (layer === 'binsLibs')
			return finish(
				title,
				value,
				'MiB',
				'Resident library pages of the image. Containers of the same image share these file pages, so the host pays them once.',
				[input('Libraries and runtime', w.binsLibsMiB)]
			);
		if (layer === 'app')
			return finish(
				title,
				value,
				'MiB',
				'The app’s working set — the same in a container as in a VM.',
				[input('App working set', w.appMiB)]
			);
		return finish(
			title,
			value,
			'MiB',
			'A container has no guest kernel or guest OS: it uses the host’s kernel.',
			[]
		);
	}
	if (layer === 'hypervisor') {
		const { formula, inputs } = hypervisorInputs(host, r);
		return finish(title, value, 'MiB', formula, inputs);
	}
	const ram = setting('Guest RAM allocated', r.memoryMiB!, 'MiB');
	const needs = guestNeeds(r);
	const cites: Record<string, Cited> = {
		guestKernel: r.kind === 'microvm' ? MICROVM.kernelMiB : r.guestOs!.kernelMiB,
		guestOs: r.guestOs!.servicesMiB,
		binsLibs: w.binsLibsMiB,
		app: w.appMiB
	};
	if (layer === 'idle')
		return finish(
			title,
			value,
			'MiB',
			'Guest RAM allocated minus what the guest kernel, OS services, libraries and app use. Allocated up front, so the host cannot give it to anyone else.',
			[ram, ...needs.map(([l]) => input(LAYER_LABEL[l], cites[l]!))]
		);
	const c = cites[layer];
	if (!c) return finish(title, value, 'MiB', 'This layer does not exist in a VM.', []);
	return finish(
		title,
		value,
		'MiB',
		'What this part of the guest keeps resident, up to the RAM still free in the VM after the layers below it.',
		[input(LAYER_LABEL[layer], c), ram]
	);
}

export function hostLayerExplanation(host: Host, layer: Layer, value: number): Explanation {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const u = CONTAINERS.utilityVm;
	const title = `${LAYER_LABEL[layer]} memory, paid once by the host`;
	const inputs: Record<Layer, ExplanationInput[]> = {
		hostOs:
			hv.hostOses === null
				? []
				: [input(`${HOST_OS_INFO[host.os].name} at idle`, HOST_OS_INFO[host.os].memoryMiB)],
		hypervisor: [
			input(`${hv.name} host services (when VMs run)`, hv.baseMiB),
			input('Hidden Linux VM’s VMM (containers on macOS/Windows)', u.vmmMiB)
		],
		engine: [
			input(
				`${ENGINE_INFO[host.engine].name} daemons (when containers run)`,
				ENGINE_INFO[host.engine].daemonMiB
			)
		],
		guestKernel: [input('Hidden Linux VM’s kernel', u.kernelMiB)],
		guestOs: [input('Hidden Linux VM’s services', u.servicesMiB)],
		binsLibs: [],
		app: [],
		runtime: [],
		idle: []
	};
	return finish(
		title,
		value,
		'MiB',
		'Costs paid once per host, whatever the number of guests: counted only when something that needs them is placed.',
		inputs[layer]
	);
}
