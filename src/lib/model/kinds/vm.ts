/** A full virtual machine: a hypervisor runs a whole guest OS with its own kernel. */
import { CONCURRENCY, HOST_OS_INFO, HYPERVISOR_INFO, SHARING, sumParts } from '../catalog';
import { finish, input, partInputs, setting, type Explanation } from '../explain/terms';
import type { Resolved } from '../resolve';
import type { Layer, Phase } from '../types';
import { fillGuest, guestLayerExplanation, guestNeeds } from './guest';
import { appLayersMiB, appStartExplanation, appStartPhase, imageMiB } from './image';
import type { KindModule } from './types';
import { vmOverheadExplanation, vmOverheadMiB } from './vmOverhead';
import { diskTitle, layerTitle, phaseTitle } from './words';

const NAME = 'VM';

/** A guest OS of the wrong family, explained; shared by every kind with a chosen guest. */
export function guestFamilyMismatch(r: Resolved): string | undefined {
	const os = r.guestOs;
	if (!os || os.family === r.workload.family) return undefined;
	return `${r.workload.name} is a ${r.workload.family === 'windows' ? 'Windows' : 'Linux'} app and cannot run on the ${os.name} guest.`;
}

/** The app's files on a guest's disk: its layers above the base, or the whole image when the guest boots from it. */
export const guestAppDiskMiB = (r: Resolved): number =>
	r.guestOs!.rootfsFromImage ? imageMiB(r) : appLayersMiB(r);

/** A guest's disk: its OS image plus the app's files (plus a linked clone's delta). */
export function guestDiskMiB(r: Resolved): number {
	const full = r.guestOs!.diskMiB.value + guestAppDiskMiB(r);
	return r.diskMode === 'linkedClone' ? full + SHARING.linkedCloneDeltaMiB.value : full;
}

export const guestMarginalDiskMiB = (r: Resolved): number =>
	r.diskMode === 'linkedClone' ? SHARING.linkedCloneDeltaMiB.value : guestDiskMiB(r);

export function guestDiskExplanation(r: Resolved, title: string, value: number): Explanation {
	const fromImage = r.guestOs!.rootfsFromImage;
	const inputs = [
		input(`${r.guestOs!.name} disk image`, r.guestOs!.diskMiB),
		setting(
			fromImage
				? 'The app’s whole container image, unpacked (its root file system)'
				: 'App files (its image layers above the base, unpacked)',
			guestAppDiskMiB(r),
			'MiB',
			'Derived from the container image’s layers.',
			'derived'
		)
	];
	if (r.diskMode === 'linkedClone')
		inputs.push(input('Linked-clone delta', SHARING.linkedCloneDeltaMiB));
	return finish(
		title,
		value,
		'MiB',
		fromImage
			? 'A minimal guest boots from the app’s own image: a small init plus the image’s layers, on the guest’s virtual disk.'
			: 'A whole guest OS on its own virtual disk, plus the app’s files.',
		inputs
	);
}

/** The bootloader, kernel and init phases of a guest OS, explained. */
export function guestPhaseExplanation(
	r: Resolved,
	title: string,
	phase: Phase,
	value: number
): Explanation | undefined {
	const os = r.guestOs!;
	if (phase === 'bootloader')
		return finish(title, value, 'ms', 'The bootloader loads the kernel.', [
			input(`${os.name} bootloader`, os.bootloaderMs)
		]);
	if (phase === 'kernel')
		return finish(
			title,
			value,
			'ms',
			'The guest kernel initialises devices and mounts its root file system.',
			[input(`${os.name} kernel`, os.kernelBootMs)]
		);
	if (phase === 'init')
		return finish(title, value, 'ms', 'The guest’s init system starts its services.', [
			input(`${os.name} init`, os.initMs)
		]);
	return undefined;
}

const needs = (r: Resolved) => guestNeeds(r, r.guestOs!.kernelMiB);

export const vm: KindModule = {
	name: NAME,
	plural: 'VMs',
	isolation: {
		rank: 5,
		kernel: 'guest',
		boundary: 'hardware virtualisation, with a whole guest OS and its own kernel',
		escape:
			'An attacker must break out of a guest kernel and then through the hypervisor or its emulated devices, the largest device model on the spectrum.'
	},
	defaultGuestOs: (w) => w.defaults.guestOs,
	guestChoice: 'workloadFamily',
	defaultMemoryMiB: (w) => w.defaults.vmMemoryMiB,
	memorySetting: 'ram',
	unsupported(host, r) {
		const mismatch = guestFamilyMismatch(r);
		if (mismatch) return mismatch;
		const hv = HYPERVISOR_INFO[host.hypervisor];
		if (hv.hostOses && !hv.hostOses.includes(host.os))
			return `${hv.name} does not run on a ${HOST_OS_INFO[host.os].name} host. Choose ${hv.hostOses.map((os) => HOST_OS_INFO[os].name).join(' or ')} as the host OS, or another hypervisor.`;
		return undefined;
	},
	memory: (host, r) =>
		fillGuest(host, r.memoryMiB!, needs(r), vmOverheadMiB(host.hypervisor, r.memoryMiB!, r.vcpus)),
	diskMiB: guestDiskMiB,
	marginalDiskMiB: guestMarginalDiskMiB,
	sharesImageLayers: false,
	sharesImagePages: () => false,
	pageSharing: true,
	phases: (host, r) => [
		{ phase: 'firmware', ms: sumParts(HYPERVISOR_INFO[host.hypervisor].firmware) },
		{ phase: 'bootloader', ms: r.guestOs!.bootloaderMs.value },
		{ phase: 'kernel', ms: r.guestOs!.kernelBootMs.value },
		{ phase: 'init', ms: r.guestOs!.initMs.value },
		appStartPhase(r)
	],
	overheads(host) {
		const hv = HYPERVISOR_INFO[host.hypervisor];
		return { cpu: hv.cpuOverheadPct, io: hv.ioOverheadPct };
	},
	idleCores: (r) => r.guestOs!.idleCores,
	reservesVcpus: true,
	needs: () => ({ vmServices: true, engine: false, utilityVm: false }),
	countsAsVm: true,
	runsAsPod: false,
	podOverhead: { memoryMiB: 0, cores: 0 },
	usesBridge: () => false,
	inUtilityVm: () => false,
	creation: () => ({
		perSecond: CONCURRENCY.vmCreatePerSecond.value,
		input: CONCURRENCY.vmCreatePerSecond,
		label: 'VMs created per second'
	}),
	layer(host, r, layer: Layer, value) {
		const title = layerTitle(r, NAME, layer);
		if (layer === 'hypervisor') return vmOverheadExplanation(host, r, title, value);
		return guestLayerExplanation(
			host,
			r,
			title,
			layer,
			value,
			needs(r),
			HYPERVISOR_INFO[host.hypervisor].reclaim
		);
	},
	phase(host, r, phase, value) {
		const title = phaseTitle(r, NAME, phase);
		if (phase === 'firmware')
			return finish(
				title,
				value,
				'ms',
				'The VMM starts and the virtual firmware (BIOS/UEFI) hands over to the guest’s bootloader.',
				partInputs(HYPERVISOR_INFO[host.hypervisor].firmware)
			);
		if (phase === 'appStart') return appStartExplanation(r, title, value);
		return guestPhaseExplanation(r, title, phase, value) ?? finish(title, value, 'ms', '', []);
	},
	disk: (r, value) => guestDiskExplanation(r, diskTitle(r, NAME), value),
	memoryFormula: () =>
		'The sum of the layers below: the RAM given to the VM’s guest (its own kernel, OS services, libraries, the app, and whatever of that RAM sits idle) plus the hypervisor’s own overhead for running it.'
};
