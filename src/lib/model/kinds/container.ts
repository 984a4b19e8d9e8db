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
import { finish, input, less, partInputs, term } from '../explain/terms';
import { formatMiB, formatPercent } from '../format';
import { networkOf } from '../hostSettings';
import { nodePodProblem } from '../kubernetesPods';
import type { Resolved } from '../resolve';
import type { Host, StartupPhase } from '../types';
import { appStartPhase, coldPhases, containerDiskMiB } from './image';
import { containerMemory, IMAGE_KIND, imageKindExplainers } from './imageKind';
import type { InstanceMemory, Isolation, KindModule } from './types';

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

/**
 * A Windows container with process isolation on the isolation spectrum: it shares the host's
 * Windows kernel, kept apart by Windows' own mechanisms — a server silo (its namespaces: objects,
 * registry, file system, network) and a job object (its resource limits) — not Linux's.
 */
export const WINDOWS_PROCESS_ISOLATION: Isolation = {
	rank: 1,
	kernel: 'host',
	boundary:
		'the host’s shared Windows kernel: a server silo (its namespaces) and a job object (its resource limits)',
	escape:
		'One Windows kernel bug reachable from inside the silo is enough to reach the host and every other process-isolated container.'
};

const isWindows = (r: Resolved) => r.workload.family === 'windows';
const hyperv = (r: Resolved) => isWindows(r) && r.isolation === 'hyperv';

/** ESXi has no kernel for containers; a Windows app needs a Windows host. */
export function containerHostProblem(host: Host, r: Resolved): string | undefined {
	const onNode = nodePodProblem(host, r);
	if (onNode) return onNode;
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

/** What a further Hyper-V isolated container shares, in words, from the catalog's figures. */
const hypervSharing = `Each further one on the host shares ${formatPercent(WINDOWS_CONTAINERS.hypervSharedShare.value * 100)} of its kernel and services with the first: Microsoft runs several in ${formatMiB(WINDOWS_CONTAINERS.hypervMiB.value * (2 - WINDOWS_CONTAINERS.hypervSharedShare.value))} free “because those containers share resources”.`;

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
	...IMAGE_KIND,
	unsupported: containerHostProblem,
	memory,
	diskMiB: (r) => containerDiskMiB(r) + pageFileMiB(r),
	marginalDiskMiB: (r) => r.workload.rwLayerMiB.value + pageFileMiB(r),
	sharesImagePages: (r) => !hyperv(r),
	sharedGuestShare: (r) => (hyperv(r) ? WINDOWS_CONTAINERS.hypervSharedShare : undefined),
	phases,
	overheads(host, r) {
		if (hyperv(r))
			return {
				cpu: HYPERVISOR_INFO.hyperv.cpuOverheadPct,
				io: HYPERVISOR_INFO.hyperv.ioOverheadPct
			};
		return { cpu: CONTAINERS_CPU_OVERHEAD, io: NETWORK_MODES[networkOf(host)].ioOverheadPct };
	},
	...imageKindExplainers(NAME, {
		pagesShared: (r) => !hyperv(r),
		layer(title, host, r, layer, value) {
			const engine = ENGINE_INFO[host.engine];
			const w = WINDOWS_CONTAINERS;
			if (layer === 'runtime') {
				const shim = term(input(`${engine.name} per-container process`, engine.perContainerMiB));
				if (hyperv(r))
					return finish(
						title,
						value,
						'MiB',
						'The engine’s per-container process on the host. The container’s Windows services run inside its utility VM, counted in its guest OS layer.',
						[shim]
					);
				if (isWindows(r))
					return finish(
						title,
						value,
						'MiB',
						'The engine’s per-container process, plus the Windows system services a process-isolated container runs on the host’s kernel.',
						[shim, term(input('Windows services in the container (Server Core)', w.processMiB))]
					);
				return finish(title, value, 'MiB', 'The engine’s per-container process (shim or conmon).', [
					shim
				]);
			}
			if (hyperv(r) && layer === 'guestKernel')
				return finish(
					title,
					value,
					'MiB',
					`The utility VM’s own Windows kernel: the part of Microsoft’s minimum memory for a Hyper-V isolated container that is its kernel. ${hypervSharing}`,
					[
						term(input('Its own kernel', w.hypervKernelMiB)),
						input('Of Server Core’s minimum under Hyper-V isolation', w.hypervMiB)
					]
				);
			if (hyperv(r) && layer === 'guestOs')
				return finish(
					title,
					value,
					'MiB',
					`Microsoft’s minimum memory for a Hyper-V isolated container, less its kernel: the Windows services in its utility VM. ${hypervSharing}`,
					[
						term(input('Server Core, Hyper-V isolation', w.hypervMiB)),
						less(input('Less its own kernel', w.hypervKernelMiB))
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
		phase(title, host, r, phase, value) {
			if (phase === 'kernel')
				return finish(title, value, 'ms', 'The Hyper-V utility VM boots its own Windows kernel.', [
					input('Utility VM boot', WINDOWS_CONTAINERS.hypervBootMs)
				]);
			if (!isWindows(r))
				return finish(
					title,
					value,
					'ms',
					'Creating namespaces, cgroups and the network for the container.',
					partInputs(sandboxParts(ENGINE_INFO[host.engine]))
				);
			return finish(
				title,
				value,
				'ms',
				hyperv(r)
					? 'Inside the utility VM: creating the container’s silo (Windows’ namespaces for objects, registry and files) and job object (its resource limits), its network compartment, and starting its system services.'
					: 'Creating the container’s silo (Windows’ namespaces for objects, registry and files) and job object (its resource limits), its network compartment, and starting its system services on the host’s kernel.',
				[input('Windows container start', WINDOWS_CONTAINERS.processStartMs)]
			);
		},
		diskExtra: (r) =>
			hyperv(r)
				? [input('Page file (Hyper-V isolation)', WINDOWS_CONTAINERS.hypervPageFileMiB)]
				: []
	}),
	memoryFormula: (r) =>
		hyperv(r)
			? `The sum of the layers below: a Hyper-V isolated container runs in a small VM with its own Windows kernel, so it pays for that kernel and its services, plus the engine’s per-container process. ${hypervSharing}`
			: 'The sum of the layers below. A container has no guest kernel or guest OS: it is the app and its libraries, resident in the host’s memory, plus the engine’s small per-container process. Containers of the same image share their library pages, so each further one adds less.'
};
