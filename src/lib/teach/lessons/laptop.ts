import type { Group } from '$lib/model';
import { group, scenario, stepsShowing } from './build';
import { LAPTOP } from './hosts';
import type { Lesson } from './types';

const APP: Group[] = [
	group('web', 'container', 'nginx', 1, 'web (nginx)'),
	group('api', 'container', 'python-api', 1, 'api (Python)'),
	group('db', 'container', 'postgres', 1, 'db (PostgreSQL)')
];
const MAC = { ...LAPTOP, os: 'macos' as const, hypervisor: 'virtualbox' as const };
const WINDOWS = { ...LAPTOP, os: 'windows' as const, hypervisor: 'hyperv' as const };
const step = stepsShowing('utilityVm', 'nginx');
const stacks = stepsShowing('stacks', 'hello');

export const laptopLesson: Lesson = {
	id: 'laptop',
	title: 'Docker on a laptop',
	summary:
		'On a Mac or Windows laptop, containers run inside a hidden Linux VM: they need a Linux kernel.',
	view: 'utilityVm',
	steps: [
		step(
			'A small app — web server, API and database — as three containers on a Linux laptop. They run straight on the laptop’s own kernel: there is no VM anywhere in the picture.',
			scenario('Laptop: Linux', LAPTOP, APP)
		),
		step(
			'Docker relies on a Linux kernel, which macOS does not have: Docker Desktop starts a hidden Linux VM and runs every container inside it. That VM’s kernel and services are paid once, however many containers run.',
			scenario('Laptop: macOS with Docker Desktop', MAC, APP)
		),
		step(
			'On Windows, Docker Desktop runs Linux containers in a lightweight Linux VM (WSL 2) too. Windows containers are the exception: they share the Windows kernel itself.',
			scenario('Laptop: Windows with Docker Desktop', WINDOWS, APP)
		),
		stacks(
			'Even one tiny container pays for the whole hidden VM, which here costs many times more than the container inside it. The stack shows where it sits: between the host OS and the engine.',
			scenario('Laptop: one tiny container on macOS', MAC, [
				group('hello', 'container', 'hello', 1, 'hello (container)')
			])
		)
	]
};
