import { kindModule } from './kinds';
import type { Resolved } from './resolve';
import type { Host, StartupPhase } from './types';

export { MEGABITS_PER_MIB, pullMs } from './kinds/image';

/** The phases of starting one instance on an otherwise idle host, in order. A warm cache has no pull or unpack phase. */
export const startupPhases = (host: Host, r: Resolved): StartupPhase[] =>
	kindModule(r.kind).phases(host, r);

export function readyMs(phases: StartupPhase[]): number {
	let total = 0;
	for (const p of phases) total += p.ms;
	return total;
}
