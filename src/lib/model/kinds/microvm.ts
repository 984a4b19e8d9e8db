/** A Firecracker-style microVM: a VM with a minimal device model and kernel, no firmware. */
import { CONCURRENCY, MICROVM, sumParts } from '../catalog';
import { finish, input, partInputs, quote, term } from '../explain/terms';
import type { Resolved } from '../resolve';
import { fillGuest, guestLayerExplanation, guestNeeds } from './guest';
import { appStartExplanation, appStartPhase } from './image';
import type { KindModule } from './types';
import {
	guestDiskExplanation,
	guestDiskMiB,
	guestFamilyMismatch,
	guestMarginalDiskMiB,
	guestPhaseExplanation
} from './vm';
import { diskTitle, layerTitle, phaseTitle } from './words';

const NAME = 'microVM';
const RECLAIM =
	'Firecracker backs guest RAM when the guest first touches it; its balloon device can hand memory back.';
/** A microVM boots the minimal microVM kernel, whatever userland its guest runs. */
const needs = (r: Resolved) => guestNeeds(r, MICROVM.kernelMiB);

export const microvm: KindModule = {
	name: NAME,
	plural: 'microVMs',
	isolation: {
		rank: 4,
		kernel: 'guest',
		boundary: 'hardware virtualisation with a minimal device model and its own kernel',
		escape:
			'An attacker must break out of the guest kernel and then through a small VMM with a handful of virtio devices, itself jailed on the host.'
	},
	defaultGuestOs: (w) => w.defaults.microvmGuestOs,
	guestChoice: 'linux',
	defaultMemoryMiB: (w) => w.defaults.microvmMemoryMiB,
	memorySetting: 'ram',
	unsupported(host, r) {
		const mismatch = guestFamilyMismatch(r);
		if (mismatch) return mismatch;
		if (host.os !== 'linux' || host.hypervisor === 'esxi')
			return 'Firecracker-style microVMs use Linux KVM: they need a Linux host.';
		if (r.workload.family === 'windows')
			return 'Firecracker-style microVMs boot only Linux guests (no firmware, no Windows drivers). Use a full VM.';
		return undefined;
	},
	memory: (host, r) => fillGuest(host, r.memoryMiB!, needs(r), MICROVM.vmmMiB.value),
	diskMiB: guestDiskMiB,
	marginalDiskMiB: guestMarginalDiskMiB,
	sharesImageLayers: false,
	sharesImagePages: () => false,
	pageSharing: false,
	// Host-side setup, then no firmware and no bootloader: the VMM loads the kernel, which runs init.
	phases: (_host, r) => [
		{ phase: 'sandbox', ms: sumParts(MICROVM.setup) },
		{ phase: 'kernel', ms: MICROVM.kernelBootMs.value },
		{ phase: 'init', ms: r.guestOs!.initMs.value },
		appStartPhase(r)
	],
	overheads: () => ({ cpu: MICROVM.cpuOverheadPct, io: MICROVM.ioOverheadPct }),
	idleCores: (r) => r.guestOs!.idleCores,
	reservesVcpus: true,
	needs: () => ({ vmServices: false, engine: false, utilityVm: false }),
	countsAsVm: false,
	runsAsPod: false,
	podOverhead: { memoryMiB: 0, cores: 0 },
	usesBridge: () => false,
	inUtilityVm: () => false,
	creation: (host) => ({
		perSecond: CONCURRENCY.microvmCreatePerCorePerSecond.value * host.cpuCores,
		input: CONCURRENCY.microvmCreatePerCorePerSecond,
		label: 'microVMs created per host core per second'
	}),
	layer(host, r, layer, value) {
		const title = layerTitle(r, NAME, layer);
		if (layer === 'hypervisor')
			return finish(
				title,
				value,
				'MiB',
				`Firecracker’s VMM threads: at most ${quote(MICROVM.vmmMiB)} per microVM.`,
				[term(input('Firecracker VMM', MICROVM.vmmMiB))]
			);
		return guestLayerExplanation(host, r, title, layer, value, needs(r), RECLAIM);
	},
	phase(_host, r, phase, value) {
		const title = phaseTitle(r, NAME, phase);
		if (phase === 'sandbox')
			return finish(
				title,
				value,
				'ms',
				'The host side before the guest boots: confining the VMM, its network device, starting Firecracker and configuring it.',
				partInputs(MICROVM.setup)
			);
		if (phase === 'kernel')
			return finish(
				title,
				value,
				'ms',
				'A microVM has no firmware and no bootloader: the VMM loads a minimal kernel directly, which starts the guest’s init.',
				[input('Firecracker: InstanceStart to /sbin/init', MICROVM.kernelBootMs)]
			);
		if (phase === 'appStart') return appStartExplanation(r, title, value);
		return guestPhaseExplanation(r, title, phase, value) ?? finish(title, value, 'ms', '', []);
	},
	disk: (r, value) => guestDiskExplanation(r, diskTitle(r, NAME), value),
	memoryFormula: () =>
		'The sum of the layers below: the RAM given to the microVM’s guest (a minimal kernel, its init, libraries, the app, and whatever of that RAM sits idle) plus Firecracker’s small VMM.'
};
