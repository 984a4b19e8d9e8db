import { IMAGE_LAYERS } from './catalog/workloads';
import { CONTAINERS, ENGINE_INFO, HYPERVISOR_INFO, MICROVM } from './catalog/platform';
import { unpackedMiB } from './disk';
import type { Resolved } from './resolve';
import type { Host, StartupPhase } from './types';

/** 1 MiB is 8.388608 megabits. */
const MEGABITS_PER_MIB = 8.388608;

/** Time to download `compressedMiB` in `layers` requests at `networkMbps`. */
export function pullMs(compressedMiB: number, layers: number, networkMbps: number): number {
	return (
		(compressedMiB * MEGABITS_PER_MIB * 1000) / networkMbps +
		layers * CONTAINERS.registryRoundTripMs.value
	);
}

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
		const sandboxMs =
			r.workload.family === 'windows'
				? CONTAINERS.windowsSandboxMs.value
				: ENGINE_INFO[host.engine].sandboxMs.value;
		phases.push({ phase: 'sandbox', ms: sandboxMs }, appStart);
		return phases;
	}
	const os = r.guestOs!;
	if (r.kind === 'microvm') {
		return [
			{ phase: 'kernel', ms: MICROVM.kernelBootMs.value },
			{ phase: 'init', ms: os.initMs.value },
			appStart
		];
	}
	return [
		{ phase: 'firmware', ms: HYPERVISOR_INFO[host.hypervisor].firmwareMs.value },
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
