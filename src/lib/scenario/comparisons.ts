import { DEFAULT_HOST, type Group, type Host, type Scenario } from '$lib/model';
import { HOST_PRESETS } from './presets';

export interface Comparison {
	id: string;
	name: string;
	description: string;
	a: Scenario;
	b: Scenario;
}

const hostOf = (id: string): Host => ({
	...(HOST_PRESETS.find((p) => p.id === id)?.host ?? DEFAULT_HOST)
});
const scenario = (name: string, host: Host, groups: Group[]): Scenario => ({
	version: 1,
	name,
	host,
	groups
});
const MICROSERVICES = [
	'nginx',
	'redis',
	'postgres',
	'java-api',
	'python-api',
	'node-api',
	'java-api',
	'python-api',
	'node-api',
	'hello'
] as const;
const tenServices = (kind: Group['kind']): Group[] =>
	MICROSERVICES.map((workload, i) => ({
		id: `g${i + 1}`,
		kind,
		workload,
		count: 1,
		label: `service ${i + 1}: ${workload}`
	}));

/** Ready-made A/B comparisons: each side a full scenario. */
export const COMPARISONS: readonly Comparison[] = [
	{
		id: 'microservices',
		name: '10 microservices: VMs vs containers',
		description:
			'Ten small services, one VM each (A) or one container each (B), on a small server.',
		a: scenario('10 microservices as VMs', hostOf('small-server'), tenServices('vm')),
		b: scenario('10 microservices as containers', hostOf('small-server'), tenServices('container'))
	},
	{
		id: 'java',
		name: 'Java app: VM vs microVM vs container (cold and warm cache)',
		description:
			'The same Java API as a VM, a microVM and a container; A pulls images cold, B has them cached.',
		a: scenario('Java app, cold image cache', { ...hostOf('small-server'), imageCache: 'cold' }, [
			{ id: 'g1', kind: 'vm', workload: 'java-api', count: 1 },
			{ id: 'g2', kind: 'microvm', workload: 'java-api', count: 1 },
			{ id: 'g3', kind: 'container', workload: 'java-api', count: 1 }
		]),
		b: scenario('Java app, warm image cache', { ...hostOf('small-server'), imageCache: 'warm' }, [
			{ id: 'g1', kind: 'vm', workload: 'java-api', count: 1 },
			{ id: 'g2', kind: 'microvm', workload: 'java-api', count: 1 },
			{ id: 'g3', kind: 'container', workload: 'java-api', count: 1 }
		])
	},
	{
		id: 'windows',
		name: 'Legacy Windows app',
		description:
			'An IIS app on a Linux host must run in VMs (A); on a Windows host it can also run as Windows containers (B).',
		a: scenario('Windows app in VMs on Linux', hostOf('small-server'), [
			{ id: 'g1', kind: 'vm', workload: 'windows-iis', count: 4 }
		]),
		b: scenario(
			'Windows containers on a Windows host',
			{ ...hostOf('small-server'), os: 'windows', hypervisor: 'hyperv' },
			[{ id: 'g1', kind: 'container', workload: 'windows-iis', count: 4 }]
		)
	},
	{
		id: 'serverless',
		name: 'Serverless functions: microVM density',
		description:
			'Many small functions on a big server: one microVM each (A) against one container each (B).',
		a: scenario('Functions as microVMs', hostOf('big-server'), [
			{ id: 'g1', kind: 'microvm', workload: 'python-api', count: 800, memoryMiB: 192 },
			{ id: 'g2', kind: 'microvm', workload: 'node-api', count: 800, memoryMiB: 192 }
		]),
		b: scenario('Functions as containers', hostOf('big-server'), [
			{ id: 'g1', kind: 'container', workload: 'python-api', count: 800 },
			{ id: 'g2', kind: 'container', workload: 'node-api', count: 800 }
		])
	}
];
