/** Explanations of startup phases (by the instance's kind), and of starting many instances at once. */
import { CONCURRENCY } from '../catalog';
import { kindModule } from '../kinds';
import type { Resolved } from '../resolve';
import type { ManyStart } from '../startMany';
import { startCpuMs } from '../startMany';
import type { Host, Phase, Report, StartLimit } from '../types';
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

/**
 * Why every group on the host, started together, is ready when it is: the slowest group's own
 * time (its explanation is a part), or all their start-up CPU work shared by the host's cores.
 */
export function hostAllReadyExplanation(
	host: Host,
	report: Report,
	slowestGroup: () => Explanation | undefined
): Explanation {
	const { allReadyMs, limitedBy, groupId } = report.startup;
	const g = report.groups.find((x) => x.id === groupId);
	const part = groupId ? slowestGroup() : undefined;
	const cpuWork = report.groups.reduce(
		(s, x) => s + (x.supported ? x.count * startCpuMs(x.startup.phases) : 0),
		0
	);
	const why: Record<StartLimit, string> = {
		none: 'every instance is ready as fast as one alone',
		rate: 'the slowest group is held back by how fast the host creates its instances, one after another',
		cpu: 'the start-up work of every instance, shared by the host’s cores, holds them back'
	};
	return finish(
		'Time until every instance is ready',
		allReadyMs,
		'ms',
		`Every group starts at once. The later of: the slowest group’s own time, and all the start-up CPU work of every instance spread over every core. Here ${why[limitedBy]}.`,
		[
			...(part && g
				? [
						{
							...setting(`Slowest group: ${part.title}`, g.startup.allReadyMs, 'ms', '', 'derived'),
							target: { type: 'allReady' as const, groupId: g.id }
						}
					]
				: []),
			setting('Start-up CPU work of every instance', cpuWork, 'core-ms', '', 'derived'),
			setting('Host cores', host.cpuCores, 'cores'),
			setting('That work on every core', cpuWork / host.cpuCores, 'ms', '', 'derived')
		]
	);
}
