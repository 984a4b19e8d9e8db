/** Explanations of disk and CPU per instance. */
import { overheadPct, overheadsOf, weightedPct } from '../cpu';
import { formatCoresExact, formatCount, formatMiBExact, formatVcpus } from '../format';
import { kindModule } from '../kinds';
import { sumLayers } from '../layers';
import { kindName, type Resolved } from '../resolve';
import type { GroupReport, Host, Report, Resource } from '../types';
import { finish, input, setting, term, type Explanation, type ExplanationInput } from './terms';

export const diskExplanation = (r: Resolved, value: number): Explanation =>
	kindModule(r.kind).disk(r, value);

export function cpuExplanation(host: Host, r: Resolved, value: number): Explanation {
	const w = r.workload;
	const { cpu, io, relativeTo } = overheadsOf(host, r);
	const base = relativeTo
		? [
				input(`${relativeTo.name}: CPU overhead on computation`, relativeTo.cpu),
				input(`${relativeTo.name}: overhead per unit of I/O`, relativeTo.io),
				setting(
					`${relativeTo.name}: overhead, weighted`,
					weightedPct(w.ioShare.value, relativeTo),
					'%',
					'(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
					'derived'
				)
			]
		: [];
	const over = relativeTo ? `, relative to ${relativeTo.name}` : '';
	const inputs = [
		r.demandFromGroup
			? setting('App CPU demand at this group’s load', r.demandCores, 'cores')
			: input('App CPU demand at light load (the catalog’s default)', w.demandCores),
		input('Share of work that is I/O', w.ioShare),
		...base,
		input(`CPU overhead on computation${over}`, cpu),
		input(`Overhead per unit of I/O${over}`, io),
		...(relativeTo
			? [
					setting(
						`Overhead${over}, weighted`,
						weightedPct(w.ioShare.value, { cpu, io }),
						'%',
						'(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
						'derived'
					)
				]
			: []),
		setting(
			'Virtualisation overhead, weighted',
			overheadPct(host, r),
			'%',
			relativeTo
				? `Measured against ${relativeTo.name}, so on top of it: (1 + ${relativeTo.name}’s) × (1 + its own) − 1.`
				: '(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
			'derived'
		)
	];
	const idle = kindModule(r.kind).idleCores(r);
	if (idle) inputs.push(input(r.guestOs ? `Idle ${r.guestOs.name}` : 'Idle sandbox', idle));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		(relativeTo
			? `App demand × (1 + ${relativeTo.name}’s overhead) × (1 + the overhead measured against ${relativeTo.name})`
			: 'App demand × (1 + overhead)') +
			(idle ? ', plus what the instance uses when idle (its guest OS or sandbox).' : '.'),
		inputs
	);
}

/** "3 × nginx web server VMs": a group in a sum. */
const groupLabel = (g: GroupReport): string => {
	const kind = kindModule(g.kind);
	return `${formatCount(g.count)} × ${g.workloadName} ${g.count === 1 ? kind.name : kind.plural}`;
};

/** A resource of the host, with sharing applied, that its "?" breaks down term by term. */
export type UsageResource = Exclude<Resource, 'limit'>;

/**
 * Memory, vCPUs, CPU time, pods' requests or disk in use on the host: what uses it, term by term
 * (the host's own, then each group), against the host's capacity. `hostCores` is the CPU the host
 * keeps busy before any guest (page-sharing scans, a node's reserved CPU).
 */
export function usageExplanation(
	report: Report,
	resource: UsageResource,
	hostCores: number
): Explanation {
	const placed = report.groups.filter((g) => g.supported && g.count > 0);
	const capacity = (label: string, value: number, unit: string) =>
		setting(label, value, unit, 'The host as sized in the scenario; not part of the sum.');
	/** One term per group, each the group's count × what one instance takes (or its own total). */
	const perGroup = (
		value: (g: GroupReport) => number,
		unit: string,
		each?: (g: GroupReport) => string
	): ExplanationInput[] =>
		placed.map((g) =>
			term(
				setting(
					each ? `${groupLabel(g)}, ${each(g)} each` : groupLabel(g),
					value(g),
					unit,
					'',
					'derived'
				)
			)
		);
	switch (resource) {
		case 'memory':
			return memoryInUse(report, placed, capacity);
		case 'vcpus':
			return vcpusInUse(report, placed, capacity);
		case 'cpuTime':
			return finish(
				'CPU time in use (average busy cores)',
				report.cpu.demandCores,
				'cores',
				'What the host keeps busy on its own, plus each group’s instances at their load with their overhead, against the host’s cores.',
				[
					...(hostCores > 0
						? [
								term(
									setting(
										'The host’s own work',
										hostCores,
										'cores',
										'Page sharing’s scanning, or the CPU a Kubernetes node reserves for its system and agents.',
										'derived'
									)
								)
							]
						: []),
					...perGroup(
						(g) => g.count * g.cpu.demandCores,
						'cores',
						(g) => formatCoresExact(g.cpu.demandCores)
					),
					capacity('Host cores', report.cpu.capacityCores, 'cores')
				]
			);
		case 'memoryRequests':
		case 'cpuRequests': {
			const memory = resource === 'memoryRequests';
			const k = report.kubernetes;
			const pods = placed.filter((g) => g.requests.memoryMiB > 0 || g.requests.cores > 0);
			return finish(
				memory ? 'Memory requested by pods' : 'CPU requested by pods',
				memory ? (k?.requestedMiB ?? 0) : (k?.requestedCores ?? 0),
				memory ? 'MiB' : 'cores',
				'Each pod’s requests (its RuntimeClass overhead included), as the scheduler adds them up, against what the node leaves allocatable to pods.',
				[
					...pods.map((g) =>
						term(
							setting(
								`${groupLabel(g)}, ${memory ? formatMiBExact(g.requests.memoryMiB) : formatCoresExact(g.requests.cores)} each`,
								g.count * (memory ? g.requests.memoryMiB : g.requests.cores),
								memory ? 'MiB' : 'cores',
								'',
								'derived'
							)
						)
					),
					...(k
						? [
								capacity(
									memory ? 'Allocatable memory of the node' : 'Allocatable CPU of the node',
									memory ? k.allocatableMiB : k.allocatableCores,
									memory ? 'MiB' : 'cores'
								)
							]
						: [])
				]
			);
		}
		case 'disk':
			return finish(
				'Disk in use',
				report.disk.usedMiB,
				'MiB',
				'Every group’s disk: the first instance’s whole image or disk, then what each further one adds (image layers and linked-clone bases are stored once).',
				[
					...placed.map((g) =>
						term({
							...setting(groupLabel(g), g.diskMiB.total, 'MiB', '', 'derived'),
							target: { type: 'disk' as const, groupId: g.id }
						})
					),
					capacity('Host disk', report.disk.capacityMiB, 'MiB')
				]
			);
	}
}

type Capacity = (label: string, value: number, unit: string) => ExplanationInput;

function memoryInUse(report: Report, placed: GroupReport[], capacity: Capacity): Explanation {
	const own = sumLayers(report.memory.hostLevel);
	const inputs: ExplanationInput[] = [
		...(own > 0
			? [
					term(
						setting(
							'The host’s own software, paid once',
							own,
							'MiB',
							'Its OS, the hypervisor’s services, the engine, the hidden Linux VM or a node’s agents: each layer’s "?" in Memory by layer shows them.',
							'derived'
						)
					)
				]
			: []),
		...placed.map((g) =>
			term({
				...setting(groupLabel(g), g.memory.totalMiB, 'MiB', 'With sharing applied.', 'derived'),
				target: { type: 'instance' as const, groupId: g.id }
			})
		),
		capacity('Host memory', report.memory.capacityMiB, 'MiB')
	];
	if (report.memory.sharedSavedMiB > 0)
		inputs.push(
			setting(
				'Saved by sharing (already taken off above)',
				report.memory.sharedSavedMiB,
				'MiB',
				'',
				'derived'
			)
		);
	return finish(
		'Memory in use',
		report.memory.usedMiB,
		'MiB',
		'The host’s own software plus every group’s instances, with sharing applied, against the host’s memory. (A group’s "How is this computed?" shows one of its instances.)',
		inputs
	);
}

function vcpusInUse(report: Report, placed: GroupReport[], capacity: Capacity): Explanation {
	const reserving = placed.filter((g) => g.marginal.vcpus > 0);
	const others = placed.filter((g) => g.marginal.vcpus === 0);
	return finish(
		'vCPUs allocated',
		report.cpu.allocatedVcpus,
		'vCPUs',
		report.kubernetes
			? 'Each VM or microVM takes its vCPUs out of the host’s cores × overcommit. On a Kubernetes node pods take none: the scheduler places them by their CPU requests, and a container’s or gVisor sandbox’s CPU setting is only a limit.'
			: 'Each VM, microVM or Kata pod takes its vCPUs out of the host’s cores × overcommit. A container’s or gVisor sandbox’s CPU setting is only a limit and takes none.',
		[
			...reserving.map((g) =>
				term(
					setting(
						`${groupLabel(g)}, ${formatVcpus(g.marginal.vcpus)} each`,
						g.count * g.marginal.vcpus,
						'vCPUs',
						'',
						'derived'
					)
				)
			),
			...(others.length
				? [
						term(
							setting(
								`${others.map(groupLabel).join(', ')}: ${report.kubernetes ? 'placed by requests or a limit only' : 'a limit only'}`,
								0,
								'vCPUs',
								'',
								'derived'
							)
						)
					]
				: []),
			capacity('vCPUs allowed: cores × overcommit', report.cpu.vcpuCapacity, 'vCPUs')
		]
	);
}
