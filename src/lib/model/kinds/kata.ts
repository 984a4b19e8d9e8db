/** Kata Containers: each pod in a lightweight VM of its own, the container inside it. */
import { KATA, sumParts } from '../catalog';
import { finish, input, less, partInputs, term, type ExplanationInput } from '../explain/terms';
import { nodePodProblem } from '../kubernetesPods';
import { appStartPhase, coldPhases } from './image';
import { containerMemory, IMAGE_KIND, imageKindExplainers } from './imageKind';
import type { KindModule } from './types';

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
	...IMAGE_KIND,
	// kata-deploy's RuntimeClass declares podFixed overhead: the scheduler adds it to every Kata pod.
	podOverhead: { memoryMiB: KATA.podOverheadMiB.value, cores: KATA.podOverheadCores.value },
	unsupported(host, r) {
		if (r.workload.family === 'windows')
			return 'Kata Containers runs Linux containers only, each in a Linux VM.';
		const onNode = nodePodProblem(host, r);
		if (onNode) return onNode;
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
	// The image stays on the host and reaches the VM through virtio-fs: its layers are stored once,
	// but each pod VM keeps its own page cache of them.
	sharesImagePages: () => false,
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
	creation: () => ({
		perSecond: KATA.createPerSecond.value,
		input: KATA.createPerSecond,
		label: 'Kata pods created per second'
	}),
	...imageKindExplainers(NAME, {
		pagesShared: () => false,
		layer(title, host, r, layer, value) {
			const overhead = input('RuntimeClass overhead (kata-qemu)', KATA.podOverheadMiB);
			const kernel = input('The guest kernel', KATA.guestKernelMiB);
			const agent = input('The agent', KATA.agentMiB);
			const own: Partial<Record<typeof layer, [string, ExplanationInput[]]>> = {
				hypervisor: [
					'The declared pod overhead less the guest kernel and agent: QEMU, virtiofsd and the Kata shim on the host.',
					[term(overhead), less(kernel), less(agent)]
				],
				guestKernel: [
					'The pod VM’s own Linux kernel: part of the RuntimeClass’s declared overhead.',
					[term(kernel), overhead]
				],
				guestOs: [
					'kata-agent, the init inside the pod VM that runs the containers: part of the declared overhead.',
					[term(agent), overhead]
				],
				runtime: ['The Kata shim on the host is counted with the VMM, in the hypervisor layer.', []]
			};
			const [formula, inputs] = own[layer] ?? ['A Kata pod has no such layer.', []];
			return finish(title, value, 'MiB', formula, inputs);
		},
		phase(title, host, r, phase, value) {
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
		}
	}),
	memoryFormula: () =>
		'The sum of the layers below: the pod VM’s kernel and agent and the VMM and shim on the host — Kata’s declared pod overhead — plus the app and its libraries inside the VM.'
};
