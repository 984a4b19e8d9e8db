import { CONCURRENCY } from './catalog';
import type { Phase, StartLimit, StartupPhase } from './types';

/** The share of a core each phase keeps busy while it runs. A pull waits on the network; an image is unpacked once per host. */
export function phaseCpuShare(phase: Phase): number {
	switch (phase) {
		case 'imagePull':
		case 'unpack':
			return 0;
		case 'sandbox':
			return CONCURRENCY.sandboxCpuShare.value;
		case 'appStart':
			return CONCURRENCY.appStartCpuShare.value;
		default:
			return CONCURRENCY.bootCpuShare.value;
	}
}

/** CPU time (core-ms) one start burns on the host. */
export function startCpuMs(phases: readonly StartupPhase[]): number {
	let total = 0;
	for (const p of phases) total += p.ms * phaseCpuShare(p.phase);
	return total;
}

export interface ManyStart {
	ms: number;
	limitedBy: StartLimit;
	/** Created one after another at the creation rate: the last one's start plus one ready time. */
	rateMs: number;
	/** All their start-up CPU work spread over every core. */
	cpuMs: number;
}

/** When the last of n instances is ready, as startMany says, without building its record. */
export function allReadyMsOf(
	readyMs: number,
	n: number,
	perSecond: number,
	cpuMsEach: number,
	cores: number
): number {
	if (n <= 1) return n <= 0 ? 0 : readyMs;
	return Math.max(readyMs, rateMsOf(readyMs, n, perSecond), cpuMsOf(n, cpuMsEach, cores));
}

const rateMsOf = (readyMs: number, n: number, perSecond: number): number =>
	readyMs + ((n - 1) * 1000) / perSecond;
const cpuMsOf = (n: number, cpuMsEach: number, cores: number): number => (n * cpuMsEach) / cores;

/**
 * When the last of `n` instances started together is ready: never sooner than one, no sooner than
 * the creation rate allows, and no sooner than the host's cores can do all their start-up work.
 * A formula in n, not a loop over instances.
 */
export function startMany(
	readyMs: number,
	n: number,
	perSecond: number,
	cpuMsEach: number,
	cores: number
): ManyStart {
	if (n <= 1) return { ms: n <= 0 ? 0 : readyMs, limitedBy: 'none', rateMs: readyMs, cpuMs: 0 };
	const rateMs = rateMsOf(readyMs, n, perSecond);
	const cpuMs = cpuMsOf(n, cpuMsEach, cores);
	const ms = Math.max(readyMs, rateMs, cpuMs);
	const limitedBy: StartLimit = ms === readyMs ? 'none' : rateMs >= cpuMs ? 'rate' : 'cpu';
	return { ms, limitedBy, rateMs, cpuMs };
}
