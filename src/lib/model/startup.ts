import {
	CONTAINERS,
	ENGINE_INFO,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	MICROVM,
	sumParts
} from './catalog';
import { unpackedMiB } from './disk';
import type { Resolved } from './resolve';
import type { Host, StartupPhase } from './types';

/** 1 MiB is 8.388608 megabits. */
export const MEGABITS_PER_MIB = 8.388608;

/** Time to download `compressedMiB` in `layers` requests at `networkMbps`. */
export function pullMs(compressedMiB: number, layers: number, networkMbps: number): number {
	return (
		(compressedMiB * MEGABITS_PER_MIB * 1000) / networkMbps +
		layers * CONTAINERS.registryRoundTripMs.value
	);
}

/** A container's sandbox setup: the engine's create + start, or a Windows container's slower start. */
export const sandboxMs = (host: Host, r: Resolved): number =>
	r.workload.family === 'windows'
		? CONTAINERS.windowsSandboxMs.value
		: sumParts(ENGINE_INFO[host.engine].sandbox);

/** The phases of starting one instance on an otherwise idle host, in order. A warm cache has no pull or unpack phase. */
export function startupPhases(host: Host, r: Resolved): StartupPhase[] {
	const appStart = { phase: 'appStart' as const, ms: r.workload.appStartMs.value };
	if (r.kind === 'container') {
		const phases: StartupPhase[] = [];
		if (host.imageCache === 'cold') {
			let compressed = 0;
			let unpacked = 0;
			let count = 0;
			for (const id of r.workload.layers) {
				const size = IMAGE_LAYERS[id].compressedMiB.value;
				if (size <= 0) continue;
				compressed += size;
				unpacked += unpackedMiB(id);
				count++;
			}
			phases.push({ phase: 'imagePull', ms: pullMs(compressed, count, host.networkMbps) });
			phases.push({ phase: 'unpack', ms: (unpacked / CONTAINERS.unpackMiBPerS.value) * 1000 });
		}
		phases.push({ phase: 'sandbox', ms: sandboxMs(host, r) }, appStart);
		return phases;
	}
	const os = r.guestOs!;
	if (r.kind === 'microvm') {
		// Host-side setup, then no firmware and no bootloader: the VMM loads the kernel, which runs init.
		return [
			{ phase: 'sandbox', ms: sumParts(MICROVM.setup) },
			{ phase: 'kernel', ms: MICROVM.kernelBootMs.value },
			{ phase: 'init', ms: os.initMs.value },
			appStart
		];
	}
	return [
		{ phase: 'firmware', ms: sumParts(HYPERVISOR_INFO[host.hypervisor].firmware) },
		{ phase: 'bootloader', ms: os.bootloaderMs.value },
		{ phase: 'kernel', ms: os.kernelBootMs.value },
		{ phase: 'init', ms: os.initMs.value },
		appStart
	];
}

export function readyMs(phases: StartupPhase[]): number {
	let total = 0;
	for (const p of phases) total += p.ms;
	return total;
}
