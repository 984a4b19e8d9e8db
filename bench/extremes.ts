// Relative, not $lib: the Playwright specs import this file too.
import { KINDS, WORKLOAD_IDS, type Scenario } from '../src/lib/model/types';

/** The extreme scenarios the UI must stay responsive with: a tiny host, a huge count, 200 groups. */
export const EXTREMES: { name: string; scenario: Scenario }[] = [
	{
		name: '1 core / 512 MiB host',
		scenario: {
			version: 1,
			name: 'tiny host',
			host: {
				cpuCores: 1,
				memoryMiB: 512,
				diskGiB: 10,
				os: 'linux',
				hypervisor: 'kvm',
				engine: 'docker',
				cpuOvercommit: 1,
				pageSharing: false,
				imageCache: 'cold',
				networkMbps: 10
			},
			groups: [
				{ id: 'g1', kind: 'vm', workload: 'nginx', count: 2 },
				{ id: 'g2', kind: 'container', workload: 'hello', count: 5 }
			]
		}
	},
	{
		name: 'a count of 1,000,000',
		scenario: {
			version: 1,
			name: 'a million containers',
			host: {
				cpuCores: 512,
				memoryMiB: 4 * 1024 * 1024,
				diskGiB: 100_000,
				os: 'linux',
				hypervisor: 'kvm',
				engine: 'containerd',
				cpuOvercommit: 4,
				pageSharing: true,
				imageCache: 'warm',
				networkMbps: 10_000
			},
			groups: [
				{ id: 'g1', kind: 'container', workload: 'hello', count: 1_000_000 },
				{ id: 'g2', kind: 'vm', workload: 'nginx', count: 1_000_000 }
			]
		}
	},
	{
		name: '200 groups',
		scenario: {
			version: 1,
			name: 'two hundred groups',
			host: {
				cpuCores: 128,
				memoryMiB: 1024 * 1024,
				diskGiB: 16_000,
				os: 'linux',
				hypervisor: 'kvm',
				engine: 'docker',
				cpuOvercommit: 4,
				pageSharing: false,
				imageCache: 'warm',
				networkMbps: 1000
			},
			groups: Array.from({ length: 200 }, (_, i) => ({
				id: `g${i + 1}`,
				kind: KINDS[i % 3]!,
				workload: WORKLOAD_IDS[i % 7]!,
				count: (i % 5) + 1,
				label: `service ${i + 1}`
			}))
		}
	}
];
