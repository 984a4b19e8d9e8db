/** Explanations of memory: a guest's or container's layers, and the host's own costs. */
import {
	CONTAINERS,
	ENGINE_INFO,
	ESXI_TABLE,
	HOST_OS_INFO,
	HYPERV_OVERHEAD,
	HYPERVISOR_INFO,
	MICROVM,
	PROCESS_OVERHEAD,
	QEMU,
	UTILITY_VM,
	type Cited
} from '../catalog';
import { guestMemoryOf } from '../hostSettings';
import { guestNeeds, utilityVmLayers } from '../memory';
import { LAYER_LABEL } from '../labels';
import { kindName, type Resolved } from '../resolve';
import type { Host, Layer } from '../types';
import {
	finish,
	input,
	partInputs,
	quote,
	setting,
	type Explanation,
	type ExplanationInput
} from './terms';

function hypervisorInputs(
	host: Host,
	r: Resolved
): { formula: string; inputs: ExplanationInput[] } {
	const ram = setting('Guest RAM', r.memoryMiB!, 'MiB');
	const vcpus = setting('vCPUs', r.vcpus, 'vCPUs');
	if (r.kind === 'microvm')
		return {
			formula: `Firecracker’s VMM threads: at most ${quote(MICROVM.vmmMiB)} per microVM.`,
			inputs: [input('Firecracker VMM', MICROVM.vmmMiB)]
		};
	const hv = HYPERVISOR_INFO[host.hypervisor];
	switch (hv.overhead) {
		case 'esxi-table':
			return {
				formula: 'VMware’s sample overhead table, interpolated linearly by guest RAM and by vCPUs.',
				inputs: [ram, vcpus, input('VMware overhead table', ESXI_TABLE.source)]
			};
		case 'qemu':
			return {
				formula: `QEMU’s process + ${quote(QEMU.perVcpuMiB)} per vCPU + one IOThread + video RAM + page tables (guest RAM ÷ ${quote(QEMU.pageTableDivisor)}), as KubeVirt budgets QEMU.`,
				inputs: [
					input('QEMU process', QEMU.processMiB),
					input('Per vCPU', QEMU.perVcpuMiB),
					input('IOThread', QEMU.ioThreadMiB),
					input('Video RAM', QEMU.videoMiB),
					input('Guest RAM per byte of page table', QEMU.pageTableDivisor),
					ram,
					vcpus,
					input('For comparison: a whole QEMU process measured', QEMU.measuredUpperBoundMiB)
				]
			};
		case 'hyperv':
			return {
				formula: `${quote(HYPERV_OVERHEAD.firstGiBMiB)} for the first GiB of guest RAM + ${quote(HYPERV_OVERHEAD.perGiBMiB)} for each further GiB.`,
				inputs: [
					input('First GiB', HYPERV_OVERHEAD.firstGiBMiB),
					input('Each further GiB', HYPERV_OVERHEAD.perGiBMiB),
					ram
				]
			};
		case 'process':
			return {
				formula: `${hv.name}’s VMM process + ${quote(PROCESS_OVERHEAD.perVcpuMiB)} per vCPU + page tables (guest RAM ÷ ${quote(PROCESS_OVERHEAD.pageTableDivisor)}).`,
				inputs: [
					input(`${hv.name} VMM process`, hv.processMiB!),
					input('Per vCPU', PROCESS_OVERHEAD.perVcpuMiB),
					input('Guest RAM per byte of page table', PROCESS_OVERHEAD.pageTableDivisor),
					ram,
					vcpus
				]
			};
	}
}

/** The cited value behind each resident layer of a guest. */
function guestCites(r: Resolved): Partial<Record<Layer, Cited>> {
	return {
		guestKernel: r.kind === 'microvm' ? MICROVM.kernelMiB : r.guestOs!.kernelMiB,
		guestOs: r.guestOs!.servicesMiB,
		binsLibs: r.workload.binsLibsMiB,
		app: r.workload.appMiB
	};
}

function containerLayerExplanation(
	host: Host,
	r: Resolved,
	title: string,
	layer: Layer,
	value: number
): Explanation {
	const w = r.workload;
	const engine = ENGINE_INFO[host.engine];
	if (layer === 'runtime') {
		const inputs = [input(`${engine.name} per-container process`, engine.perContainerMiB)];
		if (w.family === 'windows')
			inputs.push(input('Windows system services in the container', CONTAINERS.windowsServicesMiB));
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

export function layerExplanation(
	host: Host,
	r: Resolved,
	layer: Layer,
	value: number
): Explanation {
	const title = `${LAYER_LABEL[layer]} memory of one ${r.workload.name} ${kindName(r.kind)}`;
	if (r.kind === 'container') return containerLayerExplanation(host, r, title, layer, value);
	if (layer === 'hypervisor') {
		const { formula, inputs } = hypervisorInputs(host, r);
		return finish(title, value, 'MiB', formula, inputs);
	}
	const ram = setting('Guest RAM allocated', r.memoryMiB!, 'MiB');
	const cites = guestCites(r);
	if (layer === 'idle') {
		const needs = guestNeeds(r).map(([l]) => input(LAYER_LABEL[l], cites[l]!));
		return guestMemoryOf(host) === 'reserved'
			? finish(
					title,
					value,
					'MiB',
					'Guest RAM allocated minus what the guest kernel, OS services, libraries and app use. The host commits it when the guest starts, so nobody else can use it.',
					[ram, ...needs]
				)
			: finish(
					title,
					value,
					'MiB',
					`Not counted: the host backs guest RAM only when the guest touches it. ${HYPERVISOR_INFO[host.hypervisor].reclaim}`,
					[ram, ...needs]
				);
	}
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
	const engine = ENGINE_INFO[host.engine];
	const u = UTILITY_VM;
	const title = `${LAYER_LABEL[layer]} memory, paid once by the host`;
	const hiddenVm = HOST_OS_INFO[host.os].utilityVmName || 'the hidden Linux VM';
	const vmOs = utilityVmLayers(host).guestOs;
	const inputs: Record<Layer, ExplanationInput[]> = {
		hostOs:
			hv.hostOses === null
				? []
				: [input(`${HOST_OS_INFO[host.os].name} at idle`, HOST_OS_INFO[host.os].memoryMiB)],
		hypervisor: [
			...partInputs(hv.hostServices, `${hv.name} (when VMs run): `),
			input(`VMM of ${hiddenVm} (Linux containers on macOS/Windows)`, u.vmmMiB)
		],
		engine: partInputs(engine.daemons, `${engine.name} (when containers run): `),
		guestKernel: [input(`Kernel of ${hiddenVm}`, u.kernelMiB)],
		guestOs: [
			input(`What ${hiddenVm} holds at idle`, u.idleMiB),
			input('Less its VMM', u.vmmMiB),
			input('Less its kernel', u.kernelMiB),
			...partInputs(engine.daemons, 'Less the engine, counted apart: '),
			setting('Its services and caches', vmOs, 'MiB', 'What is left.', 'derived')
		],
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
