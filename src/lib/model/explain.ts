import { evaluate } from './evaluate';
import { instanceFigures } from './instance';
import { resolveTemplate } from './resolve';
import { workloadBook } from './workloadBook';
import type { Scenario } from './types';
import { isInvalidGroup, sanitize, type Sanitized } from './validate';
import { hostLayerExplanation, layerExplanation } from './explain/memory';
import { cpuExplanation, diskExplanation, usageExplanation } from './explain/resources';
import { hostBaseline, presenceOf, type Presence } from './memory';
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

/** What the host's placed groups need from it (the same resolution evaluate() makes). */
function presence(s: Sanitized): Presence {
	const book = workloadBook(s.workloads);
	const items = s.groups.flatMap((g) => {
		if (isInvalidGroup(g)) return [];
		const r = resolveTemplate(s.host, g, book);
		return r.unsupported ? [] : [{ r, count: g.count }];
	});
	return presenceOf(s.host, items);
}

export function explain(scenario: Scenario, target: ExplainTarget): Explanation | undefined {
	const s = sanitize(scenario);
	const host = s.host;
	if (target.type === 'hostLayer')
		return hostLayerExplanation(host, target.layer, presence(s), evaluate(scenario));
	if (target.type === 'network') return networkExplanation(host);
	if (target.type === 'guestMemory') return guestMemoryExplanation(host, evaluate(scenario));
	if (target.type === 'utilityVm') return utilityVmExplanation(host, evaluate(scenario));
	if (target.type === 'node') return nodeExplanation(host, target.figure);
	if (target.type === 'limit') {
		const report = evaluate(scenario);
		if (target.resource !== 'limit')
			return usageExplanation(report, target.resource, hostBaseline(host, presence(s)).demandCores);
		const used = report.limits.reduce((m, l) => Math.max(m, l.used), 0);
		const max = report.limits.reduce((m, l) => Math.min(m, l.max), Infinity);
		return finish(
			'Hard limits of the platform',
			used,
			'count',
			'Everything placed, against the platform’s hard limits per host.',
			[
				// A host with no hard limit (no VM cap, no bridge in use) has no capacity to show: leave
				// it out rather than report an infinite one.
				...(Number.isFinite(max)
					? [setting('Hard limit per host', max, 'count', 'The host as sized in the scenario.')]
					: []),
				...report.limits.map((l) =>
					setting(l.name, l.max, 'count', 'A hard limit of the platform.', 'derived')
				)
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
