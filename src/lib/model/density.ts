import { limitOfCheck } from './hardLimits';
import { groupCosts, instanceFigures } from './instance';
import { sumLayers } from './layers';
import { INPUT_LIMITS } from './limits';
import { hostBaseline, presenceOf } from './memory';
import { fitByAnswer } from './kubernetesFit';
import { describeDensity } from './narrate';
import { capacityOf, emptyUsage, fitCount } from './placement';
import { resolveTemplate } from './resolve';
import { emptySharing } from './sharing';
import type { Density, Group, Host, OwnWorkload, Template } from './types';
import { workloadBook, type WorkloadBook } from './workloadBook';
import { isInvalidGroup, sanitize, type InvalidGroup } from './validate';

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
	return densityOf(s.host, s.groups[0]!, workloadBook(s.workloads));
}

/** maxInstances for a sanitized host and group (its count is not read): how many fit, and why. */
export function densityOf(host: Host, g: Group | InvalidGroup, book: WorkloadBook): Density {
	const max = INPUT_LIMITS.count.max;
	const none = { appCores: 0, busyCores: 0, chosen: false };
	if (isInvalidGroup(g))
		return { count: 0, limitedBy: 'limit', limit: null, reason: g.reason, load: none, node: null };
	const r = resolveTemplate(host, g, book);
	if (r.unsupported)
		return {
			count: 0,
			limitedBy: 'limit',
			limit: null,
			reason: r.unsupported,
			load: none,
			node: null
		};

	const fig = instanceFigures(host, r);
	const presence = presenceOf(host, [{ r, count: 1 }]);
	const baseline = hostBaseline(host, presence);
	const used = emptyUsage();
	used.memoryMiB = sumLayers(baseline.layers);
	used.demandCores = baseline.demandCores;
	const cap = capacityOf(host);
	const costs = groupCosts(host, r, fig, max, emptySharing(), false);
	const fit = fitCount(max, costs, used, cap);
	const limitedBy = fit.check?.resource ?? 'limit';
	return {
		count: fit.count,
		limitedBy,
		limit: limitOfCheck(fit.check),
		reason: describeDensity(host, r, fit.count, fit.check, costs, used, cap),
		load: { appCores: r.demandCores, busyCores: fig.demandCores, chosen: r.demandFromGroup },
		node: host.kubernetes ? fitByAnswer(max, costs, used, cap) : null
	};
}
