import type { Group, Kind } from '$lib/model';
import { group, scenario, stepsShowing } from './build';
import { SERVER } from './hosts';
import type { Lesson, LessonStep } from './types';

const WINDOWS_SERVER = { ...SERVER, os: 'windows' as const, hypervisor: 'hyperv' as const };
const show = stepsShowing('spectrum', 'nginx');
const table = stepsShowing('spectrumTable', 'nginx');
const nginxAs = (kinds: Kind[]): Group[] => kinds.map((k) => group(k, k, 'nginx', 4));
const focus = (step: LessonStep, ...ids: string[]): LessonStep => ({ ...step, spectrumFocus: ids });
const ALL: Kind[] = ['container', 'gvisor', 'kata', 'microvm', 'vm'];

export const spectrumLesson: Lesson = {
	id: 'spectrum',
	title: 'The isolation spectrum',
	summary:
		'Container, gVisor, Kata, microVM, VM: what each one’s boundary is, what an escape must break, and what it costs.',
	view: 'spectrum',
	steps: [
		focus(
			show(
				'At one end, a container shares the host’s kernel: one kernel bug can reach every container. At the other, a VM brings its own kernel behind a hypervisor. Compare their memory and startup.',
				scenario('The two ends of the spectrum', SERVER, nginxAs(['container', 'vm']))
			),
			'container',
			'vm'
		),
		focus(
			show(
				'gVisor puts a kernel of its own in user space between the app and the host: the app’s system calls reach the Sentry, not the host. It still shares the host’s image layers, at a small, mostly fixed cost per sandbox.',
				scenario('gVisor: a user-space kernel', SERVER, nginxAs(['container', 'gvisor']))
			),
			'container',
			'gvisor'
		),
		focus(
			show(
				'Kata Containers runs each pod in a lightweight VM with its own kernel; a Firecracker microVM trims the device model further. Both buy a hardware boundary: read what each costs, in memory and startup, beside the others.',
				scenario('Kata pods and microVMs', SERVER, nginxAs(['kata', 'microvm']))
			),
			'kata',
			'microvm'
		),
		table(
			'The whole spectrum: each step towards a kernel of its own raises the wall an attacker must climb. Does the cost rise with it too? See under the table.',
			scenario('The isolation spectrum', SERVER, nginxAs(ALL))
		),
		focus(
			show(
				'On a Windows host a Windows container has the same choice: process isolation shares the host’s kernel, Hyper-V isolation gives each container a small VM with a Windows kernel of its own, for far more memory.',
				scenario('Windows containers: process or Hyper-V', WINDOWS_SERVER, [
					{ ...group('proc', 'container', 'windows-iis', 2, 'IIS, process isolation') },
					{
						...group('hv', 'container', 'windows-iis', 2, 'IIS, Hyper-V isolation'),
						isolation: 'hyperv'
					}
				])
			),
			'container-process',
			'container-hyperv'
		)
	]
};
