import { group, scenario, SERVER } from './hosts';
import type { Lesson } from './types';

const WINDOWS_HOST = { ...SERVER, os: 'windows' as const, hypervisor: 'hyperv' as const };

export const vmsWinLesson: Lesson = {
	id: 'vms-win',
	title: 'Where VMs win',
	summary:
		'A Windows app on a Linux host, stronger isolation, a different kernel; the comparison table.',
	view: 'table',
	steps: [
		{
			caption:
				'A legacy IIS app needs Windows. In a VM it brings its own Windows kernel, so it runs on this Linux host; as a container it would have to share the host’s Linux kernel, so the sandbox refuses it.',
			scenario: scenario('A Windows app on a Linux host', SERVER, [
				group('iis', 'vm', 'windows-iis', 2, 'IIS in VMs')
			]),
			show: 'stacks',
			fitWorkload: 'windows-iis'
		},
		{
			caption:
				'On a Windows host the kernel matches, so the same app also runs as Windows containers. The rule is not “no Windows”: a container runs only what the host’s kernel can run.',
			scenario: scenario('The Windows app on a Windows host', WINDOWS_HOST, [
				group('iis', 'vm', 'windows-iis', 2, 'IIS in VMs'),
				group('iisct', 'container', 'windows-iis', 2, 'IIS in containers')
			]),
			show: 'stacks',
			fitWorkload: 'windows-iis'
		},
		{
			caption:
				'Each VM has its own kernel behind the hypervisor’s hardware-level boundary; containers share one kernel, so a kernel exploit in one can reach them all. Isolation, security and attack surface are where VMs win.',
			scenario: scenario('Isolation: VMs and containers', SERVER, [
				group('vm', 'vm', 'nginx', 4, 'nginx as VMs'),
				group('ct', 'container', 'nginx', 4, 'nginx as containers')
			]),
			show: 'table',
			fitWorkload: 'nginx'
		},
		{
			caption:
				'They are complementary, not competing: many production systems use VMs for infrastructure and isolation and containers for applications. Read each row of the table against this host’s live numbers.',
			scenario: scenario('VMs and containers together', SERVER, [
				group('iis', 'vm', 'windows-iis', 2, 'IIS in VMs'),
				group('web', 'container', 'nginx', 20, 'nginx as containers'),
				group('cache', 'container', 'redis', 4, 'Redis as containers')
			]),
			show: 'table',
			fitWorkload: 'nginx'
		}
	]
};
