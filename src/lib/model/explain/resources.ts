/** Explanations of disk and CPU per instance. */
import { overheadPct, overheadsOf, weightedPct } from '../cpu';
import { kindModule } from '../kinds';
import { kindName, type Resolved } from '../resolve';
import type { Host } from '../types';
import { finish, input, setting, type Explanation } from './terms';

export const diskExplanation = (r: Resolved, value: number): Explanation =>
	kindModule(r.kind).disk(r, value);

export function cpuExplanation(host: Host, r: Resolved, value: number): Explanation {
	const w = r.workload;
	const { cpu, io, relativeTo } = overheadsOf(host, r);
	const base = relativeTo
		? [
				input(`${relativeTo.name}: CPU overhead on computation`, relativeTo.cpu),
				input(`${relativeTo.name}: overhead per unit of I/O`, relativeTo.io),
				setting(
					`${relativeTo.name}: overhead, weighted`,
					weightedPct(w.ioShare.value, relativeTo),
					'%',
					'(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
					'derived'
				)
			]
		: [];
	const over = relativeTo ? `, relative to ${relativeTo.name}` : '';
	const inputs = [
		r.demandFromGroup
			? setting('App CPU demand at this group’s load', r.demandCores, 'cores')
			: input('App CPU demand at light load (the catalog’s default)', w.demandCores),
		input('Share of work that is I/O', w.ioShare),
		...base,
		input(`CPU overhead on computation${over}`, cpu),
		input(`Overhead per unit of I/O${over}`, io),
		...(relativeTo
			? [
					setting(
						`Overhead${over}, weighted`,
						weightedPct(w.ioShare.value, { cpu, io }),
						'%',
						'(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
						'derived'
					)
				]
			: []),
		setting(
			'Virtualisation overhead, weighted',
			overheadPct(host, r),
			'%',
			relativeTo
				? `Measured against ${relativeTo.name}, so on top of it: (1 + ${relativeTo.name}’s) × (1 + its own) − 1.`
				: '(1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
			'derived'
		)
	];
	const idle = kindModule(r.kind).idleCores(r);
	if (idle) inputs.push(input(r.guestOs ? `Idle ${r.guestOs.name}` : 'Idle sandbox', idle));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		(relativeTo
			? `App demand × (1 + ${relativeTo.name}’s overhead) × (1 + the overhead measured against ${relativeTo.name})`
			: 'App demand × (1 + overhead)') +
			(idle ? ', plus what the instance uses when idle (its guest OS or sandbox).' : '.'),
		inputs
	);
}
