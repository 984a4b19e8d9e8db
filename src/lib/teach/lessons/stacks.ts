import { group, scenario, stepsShowing, vmsAndContainers } from './build';
import { SERVER } from './hosts';
import type { Lesson } from './types';

const one = () => vmsAndContainers('nginx', 1, { vm: 'nginx in a VM', ct: 'nginx in a container' });
const step = stepsShowing('stacks', 'nginx');

export const stacksLesson: Lesson = {
	id: 'stacks',
	title: 'Two stacks',
	summary:
		'The VM stack beside the container stack; type 1 and type 2 hypervisors; the guest OS layer.',
	view: 'stacks',
	steps: [
		step(
			'A VM stacks hardware → host OS → hypervisor → guest OS → bins/libs → app; a container, hardware → host OS → engine → bins/libs → app. KVM is a module of the Linux kernel: the kernel itself becomes the hypervisor, so KVM is type 1.',
			scenario('Two stacks on KVM', SERVER, one())
		),
		step(
			'VirtualBox is a type-2 (hosted) hypervisor: it runs as an application on a full host OS, so each VM reaches the hardware through both. KVM, ESXi and Hyper-V are type 1: the hypervisor itself runs on the hardware.',
			scenario('Type 2: VirtualBox on a host OS', { ...SERVER, hypervisor: 'virtualbox' }, one())
		),
		step(
			'ESXi installs directly on the hardware and is itself the host: there is no general-purpose host OS. With no host kernel to share, containers on ESXi must run inside a VM.',
			scenario('Type 1 on bare metal: ESXi', { ...SERVER, hypervisor: 'esxi' }, [
				group('vm', 'vm', 'nginx', 2, 'nginx in VMs')
			])
		),
		step(
			'Every VM boots its own guest OS — a kernel and services the app never asked for — once per VM. A container shares the host’s kernel: that whole layer disappears.',
			scenario('The layer that disappears', SERVER, vmsAndContainers('nginx', 10))
		)
	]
};
