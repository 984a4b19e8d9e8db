/** Explanations of disk and CPU per instance. */
import { CONTAINERS, IMAGE_LAYERS, SHARING } from '../catalog';
import { overheadPct, overheadsOf } from '../cpu';
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
	const fromImage = r.guestOs!.rootfsFromImage;
	const inputs = [
		input(`${r.guestOs!.name} disk image`, r.guestOs!.diskMiB),
		setting(
			fromImage
				? 'The app’s whole container image, unpacked (its root file system)'
				: 'App files (its image layers above the base, unpacked)',
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
		fromImage
			? 'A minimal guest boots from the app’s own image: a small init plus the image’s layers, on the guest’s virtual disk.'
			: 'A whole guest OS on its own virtual disk, plus the app’s files.',
		inputs
	);
}

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
	if (r.guestOs) inputs.push(input(`Idle ${r.guestOs.name}`, r.guestOs.idleCores));
	return finish(
		`Average CPU of one ${w.name} ${kindName(r.kind)}`,
		value,
		'cores',
		r.guestOs
			? 'App demand × (1 + overhead), plus what the idle guest OS uses on its own.'
			: 'App demand × (1 + overhead).',
		inputs
	);
}
