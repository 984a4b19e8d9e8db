import { evaluate } from './evaluate';
import { instanceFigures } from './instance';
import { resolveTemplate } from './resolve';
import { workloadBook } from './workloadBook';
import type { Resource, Scenario } from './types';
import { isInvalidGroup, sanitize } from './validate';
import { hostLayerExplanation, layerExplanation } from './explain/memory';
import { cpuExplanation, diskExplanation } from './explain/resources';
import { instanceExplanation } from './explain/instance';
import { allReadyExplanation, hostAllReadyExplanation, phaseExplanation } from './explain/startup';
import {
	guestMemoryExplanation,
	networkExplanation,
	nodeExplanation,
	utilityVmExplanation
} from './explain/host';
import { startMany } from './startMany';
import { finish, setting, type Explanation, type ExplainTarget } from './explain/terms';

export type { Explanation, ExplainTarget, ExplanationInput, NodeFigureId } from './explain/terms';
export { NODE_FIGURES } from './explain/terms';

export function explain(scenario: Scenario, target: ExplainTarget): Explanation | undefined {
	const s = sanitize(scenario);
	const host = s.host;
	if (target.type === 'hostLayer') {
		const report = evaluate(scenario);
		return hostLayerExplanation(host, target.layer, report.memory.hostLevel[target.layer]);
	}
	if (target.type === 'network') return networkExplanation(host);
	if (target.type === 'guestMemory') return guestMemoryExplanation(host, evaluate(scenario));
	if (target.type === 'utilityVm') return utilityVmExplanation(host, evaluate(scenario));
	if (target.type === 'node') return nodeExplanation(host, target.figure);
	if (target.type === 'limit') {
		const report = evaluate(scenario);
		const k = report.kubernetes;
		const figures: Record<Resource, [number, number, string, string]> = {
			memory: [report.memory.usedMiB, report.memory.capacityMiB, 'MiB', 'Host memory'],
			vcpus: [
				report.cpu.allocatedVcpus,
				report.cpu.vcpuCapacity,
				'vCPUs',
				'vCPUs allowed: cores × overcommit'
			],
			cpuTime: [report.cpu.demandCores, report.cpu.capacityCores, 'cores', 'Host cores'],
			memoryRequests: [
				k?.requestedMiB ?? 0,
				k?.allocatableMiB ?? Infinity,
				'MiB',
				'Allocatable memory of the node'
			],
			cpuRequests: [
				k?.requestedCores ?? 0,
				k?.allocatableCores ?? Infinity,
				'cores',
				'Allocatable CPU of the node'
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
		const titles: Record<Resource, string> = {
			memory: 'Memory in use',
			vcpus: 'vCPUs allocated',
			cpuTime: 'CPU time in use (average busy cores)',
			memoryRequests: 'Memory requested by pods',
			cpuRequests: 'CPU requested by pods',
			disk: 'Disk in use',
			limit: 'Hard limits of the platform'
		};
		const limitInputs = report.limits.map((l) =>
			setting(l.name, l.max, 'count', 'A hard limit of the platform.', 'derived')
		);
		return finish(
			titles[target.resource],
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
	if (target.type === 'allReady' && target.groupId === undefined) {
		const report = evaluate(scenario);
		return hostAllReadyExplanation(host, report, () =>
			report.startup.groupId
				? explain(scenario, { type: 'allReady', groupId: report.startup.groupId })
				: undefined
		);
	}
	const g = s.groups.find((x) => x.id === target.groupId);
	if (!g || isInvalidGroup(g)) return undefined;
	const r = resolveTemplate(host, g, workloadBook(s.workloads));
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
		case 'instance':
			return instanceExplanation(host, r, g.id, fig);
		case 'allReady': {
			const many = startMany(
				fig.readyMs,
				g.count,
				fig.createPerSecond,
				fig.startCpuMs,
				host.cpuCores
			);
			return allReadyExplanation(
				host,
				r,
				g.count,
				fig.readyMs,
				many,
				fig.createPerSecond,
				fig.startCpuMs
			);
		}
	}
}
