import {
	CONTAINERS,
	ENGINE_INFO,
	GUEST_IDLE_CORES,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	MICROVM,
	SHARING,
	VM_OVERHEAD,
	type Cited,
	type SourceId
} from './catalog';
import { overheadPct } from './cpu';
import { vmAppDiskMiB } from './disk';
import { evaluate } from './evaluate';
import { instanceFigures } from './instance';
import { guestNeeds } from './memory';
import { kindName, resolveTemplate, type Resolved } from './resolve';
import type { Host, Layer, Phase, Resource, Scenario } from './types';
import { isInvalidGroup, sanitize } from './validate';

export type ExplainTarget =
	| { type: 'layer'; groupId: string; layer: Layer }
	| { type: 'hostLayer'; layer: Layer }
	| { type: 'phase'; groupId: string; phase: Phase }
	| { type: 'disk'; groupId: string }
	| { type: 'cpu'; groupId: string }
	| { type: 'limit'; resource: Resource };

export interface ExplanationInput {
	/** catalog: a cited default; setting: chosen in the scenario; derived: computed from other inputs. */
	origin: 'catalog' | 'setting' | 'derived';
	label: string;
	value: number;
	unit: string;
	source: SourceId;
	estimate: boolean;
	note: string;
}

/** How one figure was computed: in words, from which inputs, resting on which sources. */
export interface Explanation {
	title: string;
	value: number;
	unit: string;
	formula: string;
	inputs: ExplanationInput[];
	sources: SourceId[];
	/** True when any input is an estimate rather than a published figure. */
	estimate: boolean;
}

const input = (label: string, c: Cited): ExplanationInput => ({
	origin: 'catalog',
	label,
	value: c.value,
	unit: c.unit,
	source: c.source,
	estimate: c.estimate,
	note: c.note
});
const setting = (
	label: string,
	value: number,
	unit: string,
	note = 'Set in the scenario, or the workload’s default.',
	origin: 'setting' | 'derived' = 'setting'
): ExplanationInput => ({
	origin,
	label,
	value,
	unit,
	source: 'estimate',
	estimate: false,
	note
});

function finish(
	title: string,
	value: number,
	unit: string,
	formula: string,
	inputs: ExplanationInput[]
): Explanation {
	const sources = [...new Set(inputs.filter((i) => i.origin === 'catalog').map((i) => i.source))];
	return { title, value, unit, formula, inputs, sources, estimate: inputs.some((i) => i.estimate) };
}

function hypervisorInputs(
	host: Host,
	r: Resolved
): { formula: string; inputs: ExplanationInput[] } {
	const o = VM_OVERHEAD;
	const ram = setting('Guest RAM', r.memoryMiB!, 'MiB');
	const vcpus = setting('vCPUs', r.vcpus, 'cores');
	if (r.kind === 'microvm')
		return {
			formula: 'The Firecracker VMM uses at most 5 MiB per microVM.',
			inputs: [input('Firecracker VMM', o.firecrackerMiB)]
		};
	switch (HYPERVISOR_INFO[host.hypervisor].overhead) {
		case 'esxi-table':
			return {
				formula: 'VMware’s sample overhead table, interpolated linearly by guest RAM and by vCPUs.',
				inputs: [ram, vcpus, input('VMware overhead table', o.esxiSource)]
			};
		case 'qemu':
			return {
				formula: 'QEMU process + 0.2 % of guest RAM + 8 MiB per vCPU beyond the first.',
				inputs: [
					input('QEMU base', o.qemuBaseMiB),
					input('Share of guest RAM', o.ramFraction),
					input('Per extra vCPU', o.perVcpuMiB),
					ram,
					vcpus
				]
			};
		case 'hyperv':
			return {
				formula: '32 MiB for the first GiB of guest RAM + 8 MiB for each further GiB.',
				inputs: [
					input('First GiB', o.hypervFirstGiBMiB),
					input('Each further GiB', o.hypervPerGiBMiB),
					ram
				]
			};
		case 'virtualbox':
			return {
				formula: 'VirtualBox VMM process + 0.2 % of guest RAM + 8 MiB per vCPU beyond the first.',
				inputs: [
					input('VMM process', o.virtualboxBaseMiB),
					input('Share of guest RAM', o.ramFraction),
					input('Per extra vCPU', o.perVcpuMiB),
					ram,
					vcpus
				]
			};
	}
}

function layerExplanation(host: Host, r: Resolved, layer: Layer, value: number): Explanation {
	const who = `${r.workload.name} as a ${kindName(r.kind)}`;
	const title = `${layer} memory of one ${who}`;
	const w = r.workload;
	if (r.kind === 'container') {
		const engine = ENGINE_INFO[host.engine];
		if (layer === 'runtime') {
			const inputs = [input(`${engine.name} per-container process`, engine.perContainerMiB)];
			if (w.family === 'windows')
				inputs.push(
					input('Windows system services in the container', CONTAINERS.windowsServicesMiB)
				);
			return finish(
				title,
				value,
				'MiB',
				'The engine’s per-container process (shim or conmon), plus Windows services for a Windows container.',
				inputs
			);
		}
		if (layer === 'binsLibs')
			return finish(
				title,
				value,
				'MiB',
				'Resident library pages of the image. Containers of the same image share these file pages, so the host pays them once.',
				[input('Libraries and runtime', w.binsLibsMiB)]
			);
		if (layer === 'app')
			return finish(
				title,
				value,
				'MiB',
				'The app’s working set — the same in a container as in a VM.',
				[input('App working set', w.appMiB)]
			);
		return finish(
			title,
			value,
			'MiB',
			'A container has no guest kernel or guest OS: it uses the host’s kernel.',
			[]
		);
	}
	if (layer === 'hypervisor') {
		const { formula, inputs } = hypervisorInputs(host, r);
		return finish(title, value, 'MiB', formula, inputs);
	}
	const ram = setting('Guest RAM allocated', r.memoryMiB!, 'MiB');
	const needs = guestNeeds(r);
	const cites: Record<string, Cited> = {
		guestKernel: r.kind === 'microvm' ? MICROVM.kernelMiB : r.guestOs!.kernelMiB,
		guestOs: r.guestOs!.servicesMiB,
		binsLibs: w.binsLibsMiB,
		app: w.appMiB
	};
	if (layer === 'idle')
		return finish(
			title,
			value,
			'MiB',
			'Guest RAM allocated minus what the guest kernel, OS services, libraries and app use. Allocated up front, so the host cannot give it to anyone else.',
			[ram, ...needs.map(([l]) => input(l, cites[l]!))]
		);
	const c = cites[layer];
	if (!c) return finish(title, value, 'MiB', 'This layer does not exist in a VM.', []);
	return finish(
		title,
		value,
		'MiB',
		'What this part of the guest keeps resident, up to the RAM still free in the VM after the layers below it.',
		[input(layer, c), ram]
	);
}

function hostLayerExplanation(host: Host, layer: Layer, value: number): Explanation {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const u = CONTAINERS.utilityVm;
	const title = `${layer} memory paid once by the host`;
	const inputs: Record<Layer, ExplanationInput[]> = {
		hostOs:
			hv.hostOses === null
				? []
				: [input(`${HOST_OS_INFO[host.os].name} at idle`, HOST_OS_INFO[host.os].memoryMiB)],
		hypervisor: [
			input(`${hv.name} host services (when VMs run)`, hv.baseMiB),
			input('Hidden Linux VM’s VMM (containers on macOS/Windows)', u.vmmMiB)
		],
		engine: [
			input(
				`${ENGINE_INFO[host.engine].name} daemons (when containers run)`,
				ENGINE_INFO[host.engine].daemonMiB
			)
		],
		guestKernel: [input('Hidden Linux VM’s kernel', u.kernelMiB)],
		guestOs: [input('Hidden Linux VM’s services', u.servicesMiB)],
		binsLibs: [],
		app: [],
		runtime: [],
		idle: []
	};
	return finish(
		title,
		value,
		'MiB',
		'Costs paid once per host, whatever the number of guests: counted only when something that needs them is placed.',
		inputs[layer]
	);
}

function phaseExplanation(host: Host, r: Resolved, phase: Phase, value: number): Explanation {
	const title = `${phase} phase of one ${r.workload.name} ${kindName(r.kind)}`;
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

function diskExplanation(r: Resolved, value: number): Explanation {
	const title = `Disk of one ${r.workload.name} ${kindName(r.kind)}`;
	if (r.kind === 'container')
		return finish(
			title,
			value,
			'MiB',
			'Each image layer unpacked (compressed × unpack ratio) plus the container’s read-write layer. Layers already on the host are shared, not stored again.',
			[
				...r.workload.layers.map((id) =>
					input(IMAGE_LAYERS[id].name, IMAGE_LAYERS[id].compressedMiB)
				),
				input('Unpack ratio', CONTAINERS.unpackRatio),
				input('Read-write layer', r.workload.rwLayerMiB)
			]
		);
	const inputs = [
		input(`${r.guestOs!.name} disk image`, r.guestOs!.diskMiB),
		setting(
			'App files (its image layers above the base, unpacked)',
			vmAppDiskMiB(r),
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
		'A whole guest OS on its own virtual disk, plus the app’s files.',
		inputs
	);
}

function cpuExplanation(host: Host, r: Resolved, value: number): Explanation {
	const w = r.workload;
	const inputs = [
		input('App CPU demand', w.demandCores),
		input('Share of work that is I/O', w.ioShare),
		setting(
			'Virtualisation overhead',
			overheadPct(host, r),
			'%',
			'Weighted: (1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
			'derived'
		)
	];
	if (r.guestOs) inputs.push(input('Idle guest OS', GUEST_IDLE_CORES[r.guestOs.family]));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		'App demand × (1 + overhead), plus what an idle guest OS uses on its own.',
		inputs
	);
}

/** Explain one figure of `evaluate(scenario)`; undefined when the target does not exist. */
export function explain(scenario: Scenario, target: ExplainTarget): Explanation | undefined {
	const s = sanitize(scenario);
	const host = s.host;
	if (target.type === 'hostLayer') {
		const report = evaluate(scenario);
		return hostLayerExplanation(host, target.layer, report.memory.hostLevel[target.layer]);
	}
	if (target.type === 'limit') {
		const report = evaluate(scenario);
		const figures: Record<Resource, [number, number, string, string]> = {
			memory: [report.memory.usedMiB, report.memory.capacityMiB, 'MiB', 'Host memory'],
			cpu: [
				report.cpu.allocatedVcpus,
				report.cpu.vcpuCapacity,
				'vCPUs',
				'vCPUs allowed: cores × overcommit'
			],
			disk: [report.disk.usedMiB, report.disk.capacityMiB, 'MiB', 'Host disk'],
			limit: [
				report.limits.reduce((m, l) => Math.max(m, l.used), 0),
				report.limits.reduce((m, l) => Math.min(m, l.max), Infinity),
				'count',
				'Hard limit per host'
			]
		};
		const [used, capacity, unit, label] = figures[target.resource];
		const limitInputs = report.limits.map((l) =>
			setting(l.name, l.max, 'count', 'A hard limit of the platform.', 'derived')
		);
		return finish(
			`${target.resource} in use`,
			used,
			unit,
			'Everything placed, with sharing applied, against the host’s capacity.',
			[
				// A host with no hard limit (no VM cap, no bridge in use) has no capacity to show: leave
				// it out rather than report an infinite one.
				...(Number.isFinite(capacity)
					? [setting(label, capacity, unit, 'The host as sized in the scenario.')]
					: []),
				...(target.resource === 'limit' ? limitInputs : [])
			]
		);
	}
	const g = s.groups.find((x) => x.id === target.groupId);
	if (!g || isInvalidGroup(g)) return undefined;
	const r = resolveTemplate(host, g);
	if (r.unsupported) return undefined;
	const fig = instanceFigures(host, r);
	switch (target.type) {
		case 'layer':
			return layerExplanation(host, r, target.layer, fig.memory[target.layer]);
		case 'phase': {
			const p = fig.phases.find((x) => x.phase === target.phase);
			return p ? phaseExplanation(host, r, target.phase, p.ms) : undefined;
		}
		case 'disk':
			return diskExplanation(r, fig.diskMiB);
		case 'cpu':
			return cpuExplanation(host, r, fig.demandCores);
	}
}
