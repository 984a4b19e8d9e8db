import { groupCosts, instanceFigures } from './instance';
import { sumLayers } from './layers';
import { INPUT_LIMITS } from './limits';
import { hostBaseline, presenceOf } from './memory';
import { fitByAnswer } from './kubernetesFit';
import { describeDensity } from './narrate';
import { capacityOf, emptyUsage, fitCount } from './placement';
import { resolveTemplate } from './resolve';
import { emptySharing } from './sharing';
import type { Density, Host, OwnWorkload, Template } from './types';
import { workloadBook } from './workloadBook';
import { isInvalidGroup, sanitize } from './validate';

/**
 * How many instances of `template` fit on the empty `host`, and what runs out first. Consistent
 * with evaluate(): a group of `count` fits and one of `count + 1` does not.
 */
export function maxInstances(
	host: Host,
	template: Template,
	workloads?: readonly OwnWorkload[]
): Density {
	const max = INPUT_LIMITS.count.max;
	const s = sanitize({
		version: 1,
		name: '',
		host,
		groups: [{ ...template, id: 'density', count: max }],
		workloads
	});
	const g = s.groups[0]!;
	const none = { appCores: 0, busyCores: 0, chosen: false };
	if (isInvalidGroup(g))
		return { count: 0, limitedBy: 'limit', reason: g.reason, load: none, node: null };
	const r = resolveTemplate(s.host, g, workloadBook(s.workloads));
	if (r.unsupported)
		return { count: 0, limitedBy: 'limit', reason: r.unsupported, load: none, node: null };

	const fig = instanceFigures(s.host, r);
	const presence = presenceOf(s.host, [{ r, count: 1 }]);
	const baseline = hostBaseline(s.host, presence);
	const used = emptyUsage();
	used.memoryMiB = sumLayers(baseline.layers);
	used.demandCores = baseline.demandCores;
	const cap = capacityOf(s.host);
	const { costs } = groupCosts(s.host, r, fig, max, emptySharing(), false);
	const fit = fitCount(max, costs, used, cap);
	const limitedBy = fit.check?.resource ?? 'limit';
	return {
		count: fit.count,
		limitedBy,
		reason: describeDensity(s.host, r, fit.count, fit.check, costs, used, cap),
		load: { appCores: r.demandCores, busyCores: fig.demandCores, chosen: r.demandFromGroup },
		node: s.host.kubernetes ? fitByAnswer(max, costs, used, cap) : null
	};
}
