// Relative, not $lib: the Playwright specs import this file too.
import { DEFAULT_HOST } from '../src/lib/model/defaults';
import { KINDS, WORKLOAD_IDS, type Group, type Host, type Scenario } from '../src/lib/model/types';

/** The model's default host (Linux, KVM, Docker) at the given size; `rest` sets what else is extreme. */
const host = (
	size: Pick<Host, 'cpuCores' | 'memoryMiB' | 'diskGiB'>,
	rest: Partial<Host> = {}
): Host => ({
	...DEFAULT_HOST,
	...size,
	...rest
});

const extreme = (name: string, scenarioName: string, on: Host, groups: Group[]) => ({
	name,
	scenario: { version: 1 as const, name: scenarioName, host: on, groups }
});

/** The extreme scenarios the UI must stay responsive with: a tiny host, a huge count, 200 groups. */
export const EXTREMES: { name: string; scenario: Scenario }[] = [
	extreme(
		'1 core / 512 MiB host',
		'tiny host',
		host(
			{ cpuCores: 1, memoryMiB: 512, diskGiB: 10 },
			{ cpuOvercommit: 1, imageCache: 'cold', networkMbps: 10 }
		),
		[
			{ id: 'g1', kind: 'vm', workload: 'nginx', count: 2 },
			{ id: 'g2', kind: 'container', workload: 'hello', count: 5 }
		]
	),
	extreme(
		'a count of 1,000,000',
		'a million containers',
		host(
			{ cpuCores: 512, memoryMiB: 4 * 1024 * 1024, diskGiB: 100_000 },
			{ engine: 'containerd', pageSharing: true, networkMbps: 10_000 }
		),
		[
			{ id: 'g1', kind: 'container', workload: 'hello', count: 1_000_000 },
			{ id: 'g2', kind: 'vm', workload: 'nginx', count: 1_000_000 }
		]
	),
	extreme(
		'200 groups',
		'two hundred groups',
		host({ cpuCores: 128, memoryMiB: 1024 * 1024, diskGiB: 16_000 }),
		Array.from({ length: 200 }, (_, i) => ({
			id: `g${i + 1}`,
			kind: KINDS[i % 3]!,
			workload: WORKLOAD_IDS[i % 7]!,
			count: (i % 5) + 1,
			label: `service ${i + 1}`
		}))
	)
];
