/** Explanations of disk and CPU per instance. */
import { CONTAINERS, GUEST_IDLE_CORES, IMAGE_LAYERS, SHARING } from '../catalog';
import { overheadPct } from '../cpu';
import { vmAppDiskMiB } from '../disk';

import { kindName, type Resolved } from '../resolve';
import type { Host } from '../types';
import { finish, input, setting, type Explanation } from './terms';

export function diskExplanation(r: Resolved, value: number): Explanation {
	const title = `Disk of one ${r.workload.name} ${kindName(r.kind)}`;
	if (r.kind === 'container')
		return finish(
			title,
			value,
			'MiB',
			'Each image layer unpacked (compressed × unpack ratio) plus the container’s read-write layer. Layers already on the host are shared, not stored again.',
			[
				...r.workload.layers.map((id) =>
					input(IMAGE_LAYERS[id].name, IMAGE_LAYERS[id].compressedMiB)
				),
				input('Unpack ratio', CONTAINERS.unpackRatio),
				input('Read-write layer', r.workload.rwLayerMiB)
			]
		);
	const inputs = [
		input(`${r.guestOs!.name} disk image`, r.guestOs!.diskMiB),
		setting(
			'App files (its image layers above the base, unpacked)',
			vmAppDiskMiB(r),
			'MiB',
			'Derived from the container image’s layers.',
			'derived'
		)
	];
	if (r.diskMode === 'linkedClone')
		inputs.push(input('Linked-clone delta', SHARING.linkedCloneDeltaMiB));
	return finish(
		title,
		value,
		'MiB',
		'A whole guest OS on its own virtual disk, plus the app’s files.',
		inputs
	);
}

export function cpuExplanation(host: Host, r: Resolved, value: number): Explanation {
	const w = r.workload;
	const inputs = [
		input('App CPU demand', w.demandCores),
		input('Share of work that is I/O', w.ioShare),
		setting(
			'Virtualisation overhead',
			overheadPct(host, r),
			'%',
			'Weighted: (1 − I/O share) × CPU overhead + I/O share × I/O overhead.',
			'derived'
		)
	];
	if (r.guestOs) inputs.push(input('Idle guest OS', GUEST_IDLE_CORES[r.guestOs.family]));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		'App demand × (1 + overhead), plus what an idle guest OS uses on its own.',
		inputs
	);
}

/** Explain one figure of `evaluate(scenario)`; undefined when the target does not exist. */
