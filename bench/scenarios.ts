/** Deterministic scenarios for the model benchmarks. */
import {
	DEFAULT_HOST,
	INPUT_LIMITS,
	KINDS,
	WORKLOAD_IDS,
	type Group,
	type Host,
	type Scenario
} from '../src/lib/model';

/** A large but realistic server: 128 cores, 2 TiB of RAM, 16 TiB of disk, 16 vCPUs per core. */
export const BIG_HOST: Host = {
	...DEFAULT_HOST,
	cpuCores: 128,
	memoryMiB: 2 * 1024 * 1024,
	diskGiB: 16 * 1024,
	cpuOvercommit: 16
};

/** The largest host the model accepts: even 100,000 microVMs of `hello` fit on it. */
export const MAX_HOST: Host = {
	...DEFAULT_HOST,
	cpuCores: INPUT_LIMITS.cpuCores.max,
	memoryMiB: INPUT_LIMITS.memoryMiB.max,
	diskGiB: INPUT_LIMITS.diskGiB.max,
	cpuOvercommit: INPUT_LIMITS.cpuOvercommit.max
};

const COUNTS = [1, 2, 3] as const;

/** `n` groups cycling through every kind × workload × count, on BIG_HOST. */
export function manyGroups(n: number): Scenario {
	const groups: Group[] = [];
	for (let i = 0; i < n; i++) {
		const kind = KINDS[i % KINDS.length]!;
		const workload = WORKLOAD_IDS[Math.floor(i / KINDS.length) % WORKLOAD_IDS.length]!;
		const pairs = KINDS.length * WORKLOAD_IDS.length;
		const count = COUNTS[Math.floor(i / pairs) % COUNTS.length]!;
		groups.push({ id: `g${i}`, kind, workload, count });
	}
	return { version: 1, name: `${n} groups`, host: { ...BIG_HOST }, groups };
}

/** One group of `count` hello microVMs on MAX_HOST, where every count up to 100,000 fits. */
export function oneGroup(count: number): Scenario {
	return {
		version: 1,
		name: `one group of ${count}`,
		host: { ...MAX_HOST },
		groups: [{ id: 'g1', kind: 'microvm', workload: 'hello', count }]
	};
}
