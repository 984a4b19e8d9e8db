/** A container: processes on the host's kernel (or, for a Hyper-V isolated Windows container, in a small VM of its own). */
import {
	CONTAINERS_CPU_OVERHEAD,
	ENGINE_INFO,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	NETWORK_MODES,
	sandboxParts,
	sumParts,
	WINDOWS_CONTAINERS
} from '../catalog';
import { finish, input, partInputs } from '../explain/terms';
import { hostLacksLinuxKernel, networkOf } from '../hostSettings';
import { zeroLayers } from '../layers';
import type { Resolved } from '../resolve';
import type { Host, Layer, Phase, StartupPhase } from '../types';
import {
	appStartExplanation,
	appStartPhase,
	coldPhases,
	containerDiskMiB,
	imageDiskExplanation,
	imagePhaseExplanation
} from './image';
import type { InstanceMemory, Isolation, KindModule } from './types';
import { diskTitle, layerTitle, phaseTitle } from './words';

const NAME = 'container';

/**
 * A Windows container with Hyper-V isolation on the isolation spectrum: still a container to the
 * engine, but each one runs in a small utility VM with a Windows kernel of its own.
 */
export const HYPERV_ISOLATION: Isolation = {
	rank: 3,
	kernel: 'guest',
	boundary: 'hardware virtualisation: a small Hyper-V VM with its own Windows kernel per container',
	escape:
		'An attacker must break out of the container’s own Windows kernel and then through the Hyper-V hypervisor before reaching the host.'
};

const isWindows = (r: Resolved) => r.workload.family === 'windows';
const hyperv = (r: Resolved) => isWindows(r) && r.isolation === 'hyperv';

/** A memory limit below what the app needs: how far below (0 when it is enough or unset). */
export const limitShortfall = (r: Resolved, need: number): number =>
	r.memoryMiB !== undefined && need > r.memoryMiB ? need - r.memoryMiB : 0;

/**
 * A container's memory, whatever runs it: the layers below the app (runtime, a sandbox, a pod
 * VM's kernel…), then its libraries and app, checked against its memory limit.
 */
export function containerMemory(r: Resolved, below: Partial<Record<Layer, number>>): InstanceMemory {
	const layers = { ...zeroLayers(), ...below };
	layers.binsLibs = r.workload.binsLibsMiB.value;
	layers.app = r.workload.appMiB.value;
	return {
		layers,
		shortfallMiB: limitShortfall(r, layers.binsLibs + layers.app),
		allocatedMiB: 0
	};
}

/** Engine, Linux bridge, hidden VM: where a Linux container on this host stands. */
export const linuxContainerPlacement = {
	usesBridge: (host: Host, r: Resolved) =>
		!host.kubernetes && r.workload.family === 'linux' && NETWORK_MODES[networkOf(host)].usesBridge,
	inUtilityVm: (host: Host, r: Resolved) =>
		r.workload.family === 'linux' && hostLacksLinuxKernel(host),
	needs: (host: Host, r: Resolved) => ({
		vmServices: false,
		engine: true,
		utilityVm: r.workload.family === 'linux' && hostLacksLinuxKernel(host)
	}),
	creation: (host: Host) => ({
		perSecond: ENGINE_INFO[host.engine].createPerSecond.value,
		input: ENGINE_INFO[host.engine].createPerSecond,
		label: `Containers ${ENGINE_INFO[host.engine].name} creates per second`
	})
};

/** ESXi has no kernel for containers; a Windows app needs a Windows host. */
export function containerHostProblem(host: Host, r: Resolved): string | undefined {
	if (host.hypervisor === 'esxi')
		return 'ESXi runs on bare metal with no general-purpose OS, so there is no kernel for containers to share. Run the containers inside a Linux VM.';
	if (isWindows(r) && host.os !== 'windows')
		return `${r.workload.name} needs a Windows kernel: a container shares the host’s kernel, and this host runs ${HOST_OS_INFO[host.os].name}. Run it in a VM instead.`;
	return undefined;
}

function memory(host: Host, r: Resolved): InstanceMemory {
	const runtimeMiB = ENGINE_INFO[host.engine].perContainerMiB.value;
	const w = WINDOWS_CONTAINERS;
	if (hyperv(r))
		return containerMemory(r, {
			runtime: runtimeMiB,
			guestKernel: w.hypervKernelMiB.value,
			guestOs: w.hypervMiB.value - w.hypervKernelMiB.value
		});
	return containerMemory(r, {
		runtime: runtimeMiB + (isWindows(r) ? w.processMiB.value : 0)
	});
}

const pageFileMiB = (r: Resolved) => (hyperv(r) ? WINDOWS_CONTAINERS.hypervPageFileMiB.value : 0);

function phases(host: Host, r: Resolved): StartupPhase[] {
	const start: StartupPhase[] = !isWindows(r)
		? [{ phase: 'sandbox', ms: sumParts(sandboxParts(ENGINE_INFO[host.engine])) }]
		: hyperv(r)
			? [
					{ phase: 'kernel', ms: WINDOWS_CONTAINERS.hypervBootMs.value },
					{ phase: 'sandbox', ms: WINDOWS_CONTAINERS.processStartMs.value }
				]
			: [{ phase: 'sandbox', ms: WINDOWS_CONTAINERS.processStartMs.value }];
	return [...coldPhases(host, r), ...start, appStartPhase(r)];
}

/** The layers a container holds, explained (shared with gVisor and Kata where the layer is the same). */
export function containerLayerExplanation(
	title: string,
	r: Resolved,
	layer: Layer,
	value: number,
	pagesShared: boolean
) {
	if (layer === 'binsLibs')
		return finish(
			title,
			value,
			'MiB',
			pagesShared
				? 'Resident library pages of the image. Containers of the same image share these file pages, so the host pays them once.'
				: 'Resident library pages of the image, held separately by each instance.',
			[input('Libraries and runtime', r.workload.binsLibsMiB)]
		);
	if (layer === 'app')
		return finish(
			title,
			value,
			'MiB',
			'The app’s working set — the same in a container as in a VM.',
			[input('App working set', r.workload.appMiB)]
		);
	return undefined;
}

export const container: KindModule = {
	name: NAME,
	plural: 'containers',
	isolation: {
		rank: 1,
		kernel: 'host',
		boundary: 'the host’s shared kernel: namespaces, cgroups and seccomp',
		escape:
			'One bug in the host kernel’s system-call interface, reachable from inside, is enough to reach the host and every other container.'
	},
	defaultGuestOs: () => undefined,
	defaultMemoryMiB: () => undefined,
	memorySetting: 'limit',
	unsupported: containerHostProblem,
	memory,
	diskMiB: (r) => containerDiskMiB(r) + pageFileMiB(r),
	marginalDiskMiB: (r) => r.workload.rwLayerMiB.value + pageFileMiB(r),
	sharesImageLayers: true,
	sharesImagePages: (r) => !hyperv(r),
	pageSharing: false,
	phases,
	overheads(host, r) {
		if (hyperv(r))
			return {
				cpu: HYPERVISOR_INFO.hyperv.cpuOverheadPct,
				io: HYPERVISOR_INFO.hyperv.ioOverheadPct
			};
		return { cpu: CONTAINERS_CPU_OVERHEAD, io: NETWORK_MODES[networkOf(host)].ioOverheadPct };
	},
	idleCores: () => undefined,
	reservesVcpus: false,
	...linuxContainerPlacement,
	countsAsVm: false,
	runsAsPod: true,
	layer(host, r, layer, value) {
		const title = layerTitle(r, NAME, layer);
		const shared = containerLayerExplanation(title, r, layer, value, !hyperv(r));
		if (shared) return shared;
		const engine = ENGINE_INFO[host.engine];
		const w = WINDOWS_CONTAINERS;
		if (layer === 'runtime')
			return finish(
				title,
				value,
				'MiB',
				'The engine’s per-container process (shim or conmon), plus the Windows system services of a process-isolated Windows container.',
				[
					input(`${engine.name} per-container process`, engine.perContainerMiB),
					...(isWindows(r) && !hyperv(r)
						? [input('Windows services in the container (Server Core)', w.processMiB)]
						: [])
				]
			);
		if (hyperv(r) && (layer === 'guestKernel' || layer === 'guestOs'))
			return finish(
				title,
				value,
				'MiB',
				'A Hyper-V isolated container runs in a small utility VM with its own Windows kernel: Microsoft’s minimum memory for it, split between that kernel and the rest.',
				[
					input('Server Core, Hyper-V isolation', w.hypervMiB),
					input('Its own kernel', w.hypervKernelMiB)
				]
			);
		return finish(
			title,
			value,
			'MiB',
			'A container has no guest kernel or guest OS: it uses the host’s kernel.',
			[]
		);
	},
	phase(host, r, phase: Phase, value) {
		const title = phaseTitle(r, NAME, phase);
		const image = imagePhaseExplanation(host, r, title, phase, value);
		if (image) return image;
		if (phase === 'appStart') return appStartExplanation(r, title, value);
		if (phase === 'kernel')
			return finish(title, value, 'ms', 'The Hyper-V utility VM boots its own Windows kernel.', [
				input('Utility VM boot', WINDOWS_CONTAINERS.hypervBootMs)
			]);
		return finish(
			title,
			value,
			'ms',
			'Creating namespaces, cgroups and the network for the container.',
			isWindows(r)
				? [input('Windows container start', WINDOWS_CONTAINERS.processStartMs)]
				: partInputs(sandboxParts(ENGINE_INFO[host.engine]))
		);
	},
	disk: (r, value) =>
		imageDiskExplanation(
			r,
			diskTitle(r, NAME),
			value,
			hyperv(r)
				? [input('Page file (Hyper-V isolation)', WINDOWS_CONTAINERS.hypervPageFileMiB)]
				: []
		),
	memoryFormula: (r) =>
		hyperv(r)
			? 'The sum of the layers below: a Hyper-V isolated container runs in a small VM with its own Windows kernel, so it pays for that kernel and its services, plus the engine’s per-container process.'
			: 'The sum of the layers below. A container has no guest kernel or guest OS: it is the app and its libraries, resident in the host’s memory, plus the engine’s small per-container process. Containers of the same image share their library pages, so each further one adds less.'
};
