/** Kata Containers: each pod in a lightweight VM of its own, the container inside it. */
import { KATA, sumParts } from '../catalog';
import { finish, input, partInputs } from '../explain/terms';
import { containerLayerExplanation, containerMemory, linuxContainerPlacement } from './container';
import {
	appStartExplanation,
	appStartPhase,
	coldPhases,
	containerDiskMiB,
	imageDiskExplanation,
	imagePhaseExplanation
} from './image';
import type { KindModule } from './types';
import { diskTitle, layerTitle, phaseTitle } from './words';

const NAME = 'Kata pod';

export const kata: KindModule = {
	name: NAME,
	plural: 'Kata pods',
	isolation: {
		rank: 3,
		kernel: 'guest',
		boundary: 'hardware virtualisation: a lightweight VM with its own kernel around each pod',
		escape:
			'An attacker must break out of the pod VM’s kernel and then through the VMM (QEMU by default) before reaching the host.'
	},
	defaultGuestOs: () => undefined,
	defaultMemoryMiB: () => undefined,
	memorySetting: 'limit',
	unsupported(host, r) {
		if (r.workload.family === 'windows')
			return 'Kata Containers runs Linux containers only, each in a Linux VM.';
		if (host.os !== 'linux' || host.hypervisor === 'esxi')
			return 'Kata Containers needs hardware virtualisation through Linux KVM: a Linux host (or a VM with nested virtualisation).';
		return undefined;
	},
	memory: (host, r) =>
		containerMemory(r, {
			hypervisor: KATA.vmmAndShimMiB.value,
			guestKernel: KATA.guestKernelMiB.value,
			guestOs: KATA.agentMiB.value
		}),
	// The image stays on the host and reaches the VM through virtio-fs: its layers are stored once.
	diskMiB: containerDiskMiB,
	marginalDiskMiB: (r) => r.workload.rwLayerMiB.value,
	sharesImageLayers: true,
	sharesImagePages: () => false,
	pageSharing: false,
	phases: (host, r) => [
		...coldPhases(host, r),
		{ phase: 'sandbox', ms: sumParts(KATA.setup) },
		{ phase: 'kernel', ms: KATA.bootMs.value },
		{ phase: 'init', ms: KATA.containerCreateMs.value },
		appStartPhase(r)
	],
	overheads: () => ({ cpu: KATA.cpuOverheadPct, io: KATA.ioOverheadPct }),
	idleCores: () => KATA.idleCores,
	reservesVcpus: true,
	...linuxContainerPlacement,
	creation: () => ({
		perSecond: KATA.createPerSecond.value,
		input: KATA.createPerSecond,
		label: 'Kata pods created per second'
	}),
	countsAsVm: false,
	runsAsPod: true,
	layer(host, r, layer, value) {
		const title = layerTitle(r, NAME, layer);
		const shared = containerLayerExplanation(title, r, layer, value, false);
		if (shared) return shared;
		const split = [
			input('RuntimeClass overhead (kata-qemu)', KATA.podOverheadMiB),
			input('Of which the guest kernel', KATA.guestKernelMiB),
			input('Of which the agent', KATA.agentMiB)
		];
		const formula: Partial<Record<typeof layer, string>> = {
			hypervisor:
				'The declared pod overhead less the guest kernel and agent: QEMU, virtiofsd and the Kata shim on the host.',
			guestKernel: 'The pod VM’s own Linux kernel: part of the RuntimeClass’s declared overhead.',
			guestOs: 'kata-agent, the init inside the pod VM that runs the containers.'
		};
		return finish(
			title,
			value,
			'MiB',
			formula[layer] ?? 'A Kata pod has no such layer.',
			formula[layer] ? split : []
		);
	},
	phase(host, r, phase, value) {
		const title = phaseTitle(r, NAME, phase);
		const image = imagePhaseExplanation(host, r, title, phase, value);
		if (image) return image;
		if (phase === 'appStart') return appStartExplanation(r, title, value);
		if (phase === 'sandbox')
			return finish(
				title,
				value,
				'ms',
				'The host side: the Kata shim starts the pod VM’s VMM.',
				partInputs(KATA.setup)
			);
		if (phase === 'kernel')
			return finish(title, value, 'ms', 'The pod VM boots its kernel and the Kata agent.', [
				input('Kata pod VM boot (QEMU)', KATA.bootMs)
			]);
		return finish(title, value, 'ms', 'The agent creates the container inside the VM.', [
			input('Container created by the agent', KATA.containerCreateMs)
		]);
	},
	disk: (r, value) => imageDiskExplanation(r, diskTitle(r, NAME), value),
	memoryFormula: () =>
		'The sum of the layers below: the pod VM’s kernel and agent and the VMM and shim on the host — Kata’s declared pod overhead — plus the app and its libraries inside the VM.'
};
