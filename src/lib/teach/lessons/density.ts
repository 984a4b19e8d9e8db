import type { Host } from '$lib/model';
import { group, scenario, stepsShowing } from './build';
import { SERVER } from './hosts';
import type { Lesson } from './types';

/** Half the server's memory, so the VMs run out before fifty. */
const HOST: Host = { ...SERVER, memoryMiB: 32 * 1024 };

const containers = (n: number) => group('cts', 'container', 'nginx', n);
const both = (n: number) => [containers(n), group('vms', 'vm', 'nginx', n)];
const step = stepsShowing('density', 'nginx');

export const densityLesson: Lesson = {
	id: 'density',
	title: 'Density',
	summary: 'The same app as 1, 10 and 50 VMs and containers on one host, until one runs out.',
	view: 'density',
	steps: [
		step(
			'The same nginx, once as a container and once as a VM, on a host with 16 cores and 32 GiB. The VM reserves a whole guest’s RAM; the container takes only what nginx uses.',
			scenario('Density: 1 container, 1 VM', HOST, both(1))
		),
		step(
			'Ten of each. The ten VMs already hold about a third of the host’s memory, while the ten containers together use less than one VM.',
			scenario('Density: 10 containers, 10 VMs', HOST, both(10))
		),
		step(
			'Fifty of each: the VMs run out of memory long before fifty, while all fifty containers fit with room to spare. The shortage line names the first VM that does not fit.',
			scenario('Density: 50 containers, 50 VMs', HOST, both(50))
		),
		step(
			'Containers run out too — but of CPU, not memory: with no guest OS to hold, each one costs little more than the work nginx does. What runs out first depends on what is no longer wasted.',
			scenario('Density: 800 containers', HOST, [containers(800)])
		)
	]
};
