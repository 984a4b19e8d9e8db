/** gVisor (runsc): a container whose system calls go to a user-space kernel, the Sentry, not the host's. */
import { ENGINE_INFO, GVISOR, sandboxParts, sumParts } from '../catalog';
import { finish, input, partInputs, term } from '../explain/terms';
import type { Host } from '../types';
import { container, containerHostProblem } from './container';
import { appStartPhase, coldPhases } from './image';
import { containerMemory, IMAGE_KIND, imageKindExplainers } from './imageKind';
import type { KindModule } from './types';

const NAME = 'gVisor sandbox';
const runsc = { label: 'runsc: the Sentry and Gofer start', value: GVISOR.createStartMs };
/** The engine's own steps, then runsc's: containerd's create + start already includes a runtime's, so this leans slow. */
const sandbox = (host: Host) => [...sandboxParts(ENGINE_INFO[host.engine]), runsc];

export const gvisor: KindModule = {
	name: NAME,
	plural: 'gVisor sandboxes',
	isolation: {
		rank: 2,
		kernel: 'userSpace',
		boundary: 'a user-space kernel (the Sentry) between the app and the host’s kernel',
		escape:
			'An attacker must first compromise the Sentry, a memory-safe user-space kernel, and then exploit the small set of host system calls its seccomp filter still allows.'
	},
	...IMAGE_KIND,
	unsupported(host, r) {
		if (r.workload.family === 'windows')
			return 'gVisor implements the Linux system-call interface: it runs Linux containers only.';
		return containerHostProblem(host, r);
	},
	memory: (host, r) =>
		containerMemory(r, {
			runtime: ENGINE_INFO[host.engine].perContainerMiB.value + GVISOR.sentryMiB.value
		}),
	// Each sandbox reads files through its own Gofer into its own memory: no page cache shared between sandboxes.
	sharesImagePages: () => false,
	phases: (host, r) => [
		...coldPhases(host, r),
		{ phase: 'sandbox', ms: sumParts(sandbox(host)) },
		appStartPhase(r)
	],
	// gVisor measures runsc against runc: its cost comes on top of a runc container's own.
	overheads: (host, r) => ({
		cpu: GVISOR.cpuOverheadPct,
		io: GVISOR.ioOverheadPct,
		relativeTo: { name: 'runc', ...container.overheads(host, r) }
	}),
	...imageKindExplainers(NAME, {
		pagesShared: () => false,
		layer(title, host, r, layer, value) {
			if (layer === 'runtime')
				return finish(
					title,
					value,
					'MiB',
					'The engine’s per-container shim plus gVisor’s Sentry and Gofer, the user-space kernel each sandbox runs.',
					[
						term(
							input(
								`${ENGINE_INFO[host.engine].name} per-container process`,
								ENGINE_INFO[host.engine].perContainerMiB
							)
						),
						term(input('Sentry and Gofer', GVISOR.sentryMiB))
					]
				);
			return finish(
				title,
				value,
				'MiB',
				'A gVisor sandbox has no guest kernel of its own in a VM: the Sentry is counted in its runtime.',
				[]
			);
		},
		phase: (title, host, r, phase, value) =>
			finish(
				title,
				value,
				'ms',
				'runsc creates the sandbox: it starts the Sentry and the Gofer, then the container inside it.',
				partInputs(sandbox(host))
			)
	}),
	memoryFormula: () =>
		'The sum of the layers below: the app and its libraries, plus gVisor’s Sentry and Gofer beside the engine’s shim. Each sandbox keeps its own copy of the libraries’ pages.'
};
