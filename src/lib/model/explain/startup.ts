/** Explanations of startup phases, and of starting many instances at once. */
import {
	CONCURRENCY,
	CONTAINERS,
	ENGINE_INFO,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	MICROVM
} from '../catalog';
import { PHASE_LABEL } from '../labels';
import { kindName, type Resolved } from '../resolve';
import type { ManyStart } from '../startMany';
import { MEGABITS_PER_MIB } from '../startup';
import type { Host, Phase } from '../types';
import { finish, input, partInputs, setting, type Explanation } from './terms';

export function phaseExplanation(
	host: Host,
	r: Resolved,
	phase: Phase,
	value: number
): Explanation {
	const title = `${PHASE_LABEL[phase]} phase of one ${r.workload.name} ${kindName(r.kind)}`;
	const os = r.guestOs;
	const layers = r.workload.layers.filter((id) => IMAGE_LAYERS[id].compressedMiB.value > 0);
	switch (phase) {
		case 'imagePull':
			return finish(
				title,
				value,
				'ms',
				`Compressed layer bytes × ${MEGABITS_PER_MIB} Mbit/MiB ÷ network speed, plus one registry round trip per layer. Only with a cold cache, when every layer of the image is downloaded once per host.`,
				[
					...layers.map((id) => input(IMAGE_LAYERS[id].name, IMAGE_LAYERS[id].compressedMiB)),
					setting('Network speed', host.networkMbps, 'Mbit/s'),
					input('Registry round trip per layer', CONTAINERS.registryRoundTripMs)
				]
			);
		case 'unpack':
			return finish(title, value, 'ms', 'Compressed size × unpack ratio ÷ unpack throughput.', [
				input('Unpack ratio', CONTAINERS.unpackRatio),
				input('Unpack throughput', CONTAINERS.unpackMiBPerS)
			]);
		case 'sandbox':
			if (r.kind === 'microvm')
				return finish(
					title,
					value,
					'ms',
					'The host side before the guest boots: confining the VMM, its network device, starting Firecracker and configuring it.',
					partInputs(MICROVM.setup)
				);
			return finish(
				title,
				value,
				'ms',
				'Creating namespaces, cgroups and the network for the container.',
				r.workload.family === 'windows'
					? [input('Windows container start', CONTAINERS.windowsSandboxMs)]
					: partInputs(ENGINE_INFO[host.engine].sandbox)
			);
		case 'firmware':
			return finish(
				title,
				value,
				'ms',
				'The VMM starts and the virtual firmware (BIOS/UEFI) hands over to the guest’s bootloader.',
				partInputs(HYPERVISOR_INFO[host.hypervisor].firmware)
			);
		case 'bootloader':
			return finish(title, value, 'ms', 'The bootloader loads the kernel.', [
				input(`${os?.name} bootloader`, os!.bootloaderMs)
			]);
		case 'kernel':
			return r.kind === 'microvm'
				? finish(
						title,
						value,
						'ms',
						'A microVM has no firmware and no bootloader: the VMM loads a minimal kernel directly, which starts the guest’s init.',
						[input('Firecracker: InstanceStart to /sbin/init', MICROVM.kernelBootMs)]
					)
				: finish(
						title,
						value,
						'ms',
						'The guest kernel initialises devices and mounts its root file system.',
						[input(`${os?.name} kernel`, os!.kernelBootMs)]
					);
		case 'init':
			return finish(title, value, 'ms', 'The guest’s init system starts its services.', [
				input(`${os?.name} init`, os!.initMs)
			]);
		case 'appStart':
			return finish(
				title,
				value,
				'ms',
				'The app itself starts — the same inside a VM or a container.',
				[input(`${r.workload.name} start`, r.workload.appStartMs)]
			);
	}
}

/** Why all of a group's instances, started together, are ready when they are. */
export function allReadyExplanation(
	host: Host,
	r: Resolved,
	count: number,
	readyMs: number,
	many: ManyStart,
	perSecond: number,
	cpuMsEach: number
): Explanation {
	const kind = kindName(r.kind);
	const rate =
		r.kind === 'microvm'
			? input(
					'microVMs created per host core per second',
					CONCURRENCY.microvmCreatePerCorePerSecond
				)
			: r.kind === 'vm'
				? input('VMs created per second', CONCURRENCY.vmCreatePerSecond)
				: input(
						`Containers ${ENGINE_INFO[host.engine].name} creates per second`,
						ENGINE_INFO[host.engine].createPerSecond
					);
	return finish(
		`Time until all ${count.toLocaleString('en-US')} ${r.workload.name} ${kind}s are ready`,
		many.ms,
		'ms',
		'The slowest of: one start; creating them one after another at the creation rate (the last one’s start plus one ready time); and all their start-up CPU work spread over every core.',
		[
			setting('Instances started together', count, 'count'),
			setting('One instance ready', readyMs, 'ms', 'On an idle host.', 'derived'),
			rate,
			setting('Creation rate on this host', perSecond, 'per second', '', 'derived'),
			input('Share of a core a boot keeps busy', CONCURRENCY.bootCpuShare),
			input('Share of a core an app start keeps busy', CONCURRENCY.appStartCpuShare),
			input('Share of a core sandbox setup keeps busy', CONCURRENCY.sandboxCpuShare),
			setting('CPU work of one start', cpuMsEach, 'core-ms', '', 'derived'),
			setting('Host cores', host.cpuCores, 'cores'),
			setting('Created one after another', many.rateMs, 'ms', '', 'derived'),
			setting('All start-up work on every core', many.cpuMs, 'ms', '', 'derived')
		]
	);
}
