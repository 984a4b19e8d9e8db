/** Explanations of startup phases. */
import { CONTAINERS, ENGINE_INFO, HYPERVISOR_INFO, IMAGE_LAYERS, MICROVM } from '../catalog';

import { PHASE_LABEL } from '../labels';
import { kindName, type Resolved } from '../resolve';
import type { Host, Phase } from '../types';
import { finish, input, setting, type Explanation } from './terms';

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
				'Compressed layer bytes × 8.39 Mbit/MiB ÷ network speed, plus one registry round trip per layer. Only with a cold cache, when every layer of the image is downloaded once per host.',
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
			return finish(
				title,
				value,
				'ms',
				'Creating namespaces, cgroups and the network for the container.',
				[
					r.workload.family === 'windows'
						? input('Windows container start', CONTAINERS.windowsSandboxMs)
						: input(
								`${ENGINE_INFO[host.engine].name} create + start`,
								ENGINE_INFO[host.engine].sandboxMs
							)
				]
			);
		case 'firmware':
			return finish(
				title,
				value,
				'ms',
				'The VMM starts and the virtual firmware (BIOS/UEFI) finds the boot disk.',
				[
					input(
						`${HYPERVISOR_INFO[host.hypervisor].name} firmware`,
						HYPERVISOR_INFO[host.hypervisor].firmwareMs
					)
				]
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
						'A microVM skips firmware and bootloader: the VMM loads a minimal kernel directly.',
						[input('Firecracker start to init', MICROVM.kernelBootMs)]
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
