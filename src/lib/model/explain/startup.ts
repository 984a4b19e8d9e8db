/** Explanations of startup phases (by the instance's kind), and of starting many instances at once. */
import { CONCURRENCY } from '../catalog';
import { kindModule } from '../kinds';
import type { Resolved } from '../resolve';
import type { ManyStart } from '../startMany';
import type { Host, Phase } from '../types';
import { finish, input, setting, type Explanation } from './terms';

export const phaseExplanation = (
	host: Host,
	r: Resolved,
	phase: Phase,
	value: number
): Explanation => kindModule(r.kind).phase(host, r, phase, value);

/** Why all of a group's instances, started together, are ready when they are. */
export function allReadyExplanation(
	host: Host,
	r: Resolved,
	count: number,
	readyMs: number,
	many: ManyStart,
	perSecond: number,
	cpuMsEach: number
): Explanation {
	const kind = kindModule(r.kind);
	const creation = kind.creation(host, r);
	const rate = input(creation.label, creation.input);
	return finish(
		`Time until all ${count.toLocaleString('en-US')} ${r.workload.name} ${kind.plural} are ready`,
		many.ms,
		'ms',
		'The slowest of: one start; creating them one after another at the creation rate (the last one’s start plus one ready time); and all their start-up CPU work spread over every core.',
		[
			setting('Instances started together', count, 'count'),
			setting('One instance ready', readyMs, 'ms', 'On an idle host.', 'derived'),
			rate,
			setting('Creation rate on this host', perSecond, 'per second', '', 'derived'),
			input('Share of a core a boot keeps busy', CONCURRENCY.bootCpuShare),
			input('Share of a core an app start keeps busy', CONCURRENCY.appStartCpuShare),
			input('Share of a core sandbox setup keeps busy', CONCURRENCY.sandboxCpuShare),
			setting('CPU work of one start', cpuMsEach, 'core-ms', '', 'derived'),
			setting('Host cores', host.cpuCores, 'cores'),
			setting('Created one after another', many.rateMs, 'ms', '', 'derived'),
			setting('All start-up work on every core', many.cpuMs, 'ms', '', 'derived')
		]
	);
}
