import { group, scenario, stepsShowing, vmsAndContainers } from './build';
import { SERVER } from './hosts';
import type { Lesson } from './types';

const WINDOWS_HOST = { ...SERVER, os: 'windows' as const, hypervisor: 'hyperv' as const };
const iisVms = () => group('iis', 'vm', 'windows-iis', 2, 'IIS in VMs');
const stacks = stepsShowing('stacks', 'windows-iis');
const table = stepsShowing('table', 'nginx');

export const vmsWinLesson: Lesson = {
	id: 'vms-win',
	title: 'Where VMs win',
	summary:
		'A Windows app on a Linux host, stronger isolation, a different kernel; the comparison table.',
	view: 'table',
	steps: [
		stacks(
			'A legacy IIS app needs Windows. In a VM it brings its own Windows kernel, so it runs on this Linux host; as a container it would have to share the host’s Linux kernel, so the sandbox refuses it.',
			scenario('A Windows app on a Linux host', SERVER, [iisVms()])
		),
		stacks(
			'On a Windows host the kernel matches, so the same app also runs as Windows containers. The rule is not “no Windows”: a container runs only what the host’s kernel can run.',
			scenario('The Windows app on a Windows host', WINDOWS_HOST, [
				iisVms(),
				group('iisct', 'container', 'windows-iis', 2, 'IIS in containers')
			])
		),
		{
			...table(
				'Each VM has its own kernel behind the hypervisor’s hardware-level boundary; containers share one kernel, so a kernel exploit in one can reach them all. Isolation, OS support, security and attack surface are where VMs win.',
				scenario('Isolation: VMs and containers', SERVER, vmsAndContainers('nginx', 4))
			),
			rowsWonBy: 'vm'
		},
		{
			...table(
				'They are complementary, not competing: many production systems use VMs for infrastructure and isolation and containers for applications. The rows containers win are about cost, read here in this host’s live numbers.',
				scenario('VMs and containers together', SERVER, [
					iisVms(),
					group('web', 'container', 'nginx', 20),
					group('cache', 'container', 'redis', 4, 'Redis as containers')
				])
			),
			rowsWonBy: 'container'
		}
	]
};
