/**
 * The two answers a Kubernetes node gives to "how many fit?": by requests (the scheduler: pod
 * slots and requests against allocatable) and by usage (resident memory, busy CPU, disk). The
 * count placement uses is the smaller; this says what each answer alone allows.
 */
import { CHECKS, maxFit, type Capacity, type Costs, type Usage } from './placement';
import type { Resource } from './types';

/** The checks that are the scheduler's: requests against allocatable, and the pod slots. */
const SCHEDULER: ReadonlySet<string> = new Set(['requestMiB', 'requestCores', 'pods']);
/** The checks that are usage: what instances actually use of the node. */
const USAGE: ReadonlySet<Resource> = new Set(['memory', 'cpuTime', 'vcpus', 'disk']);

export function fitByAnswer(
	n: number,
	costs: Costs,
	used: Usage,
	cap: Capacity
): { byRequests: number; byUsage: number } {
	let byRequests = n;
	let byUsage = n;
	for (const c of CHECKS) {
		const k = maxFit(n, used[c.used], costs[c.first], costs[c.marginal], cap[c.cap]);
		if (SCHEDULER.has(c.used)) byRequests = Math.min(byRequests, k);
		else if (USAGE.has(c.resource)) byUsage = Math.min(byUsage, k);
	}
	return { byRequests, byUsage };
}
