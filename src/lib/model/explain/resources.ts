/** Explanations of disk and CPU per instance. */
import { overheadPct, overheadsOf } from '../cpu';
import { kindModule } from '../kinds';
import { kindName, type Resolved } from '../resolve';
import type { Host } from '../types';
import { finish, input, setting, type Explanation } from './terms';

export const diskExplanation = (r: Resolved, value: number): Explanation =>
	kindModule(r.kind).disk(r, value);

export function cpuExplanation(host: Host, r: Resolved, value: number): Explanation {
	const w = r.workload;
	const { cpu, io } = overheadsOf(host, r);
	const inputs = [
		r.demandFromGroup
			? setting('App CPU demand at this group’s load', r.demandCores, 'cores')
			: input('App CPU demand at light load (the catalog’s default)', w.demandCores),
		input('Share of work that is I/O', w.ioShare),
		input('CPU overhead on computation', cpu),
		input('Overhead per unit of I/O', io),
		setting(
			'Virtualisation overhead, weighted',
			overheadPct(host, r),
			'%',
			'(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
			'derived'
		)
	];
	const idle = kindModule(r.kind).idleCores(r);
	if (idle) inputs.push(input(r.guestOs ? `Idle ${r.guestOs.name}` : 'Idle sandbox', idle));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		idle
			? 'App demand × (1 + overhead), plus what the instance uses when idle (its guest OS or sandbox).'
			: 'App demand × (1 + overhead).',
		inputs
	);
}
