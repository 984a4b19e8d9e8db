/**
 * What an import would cost before it is applied: the scenario with the plan's groups added,
 * evaluated once, read for each service. The state evaluates; the import dialog shows the result.
 */
import { evaluate, type Scenario } from '$lib/model';
import type { ImportPlan } from '$lib/import/stackPlan';
import { ownOf } from '$lib/scenario/ownEdit';

/** Each row's memory and CPU per instance as the model computes them for `plan` on `scenario`'s host. */
export function planFigures(
	plan: ImportPlan,
	scenario: Scenario
): { memoryMiB: number; cpuCores: number }[] {
	const report = evaluate({
		...scenario,
		groups: plan.groups.map((g, i) => ({ ...g, id: `import-${i}` })),
		workloads: [...ownOf(scenario), ...plan.workloads]
	});
	const byId = new Map(report.groups.map((g) => [g.id, g]));
	return plan.groups.map((_, i) => {
		const g = byId.get(`import-${i}`);
		return { memoryMiB: g?.memory.perInstanceMiB ?? NaN, cpuCores: g?.cpu.demandCores ?? NaN };
	});
}
