/** fast-check arbitraries for valid scenarios: every field inside INPUT_LIMITS and the as-const sets. */
import fc from 'fast-check';
import {
	DISK_MODES,
	ENGINES,
	GUEST_OS_IDS,
	HOST_OSES,
	HYPERVISORS,
	IMAGE_CACHES,
	INPUT_LIMITS,
	KINDS,
	WORKLOAD_IDS,
	type Group,
	type Host,
	type Scenario,
	type Template
} from '$lib/model';

const L = INPUT_LIMITS;

/** Mostly everyday sizes, sometimes anywhere in the accepted range. */
const sized = (everyday: [number, number], limits: { min: number; max: number }, integer = true) =>
	integer
		? fc.oneof(
				{ weight: 4, arbitrary: fc.integer({ min: everyday[0], max: everyday[1] }) },
				{ weight: 1, arbitrary: fc.integer({ min: limits.min, max: limits.max }) }
			)
		: fc.oneof(
				{
					weight: 4,
					arbitrary: fc.double({ min: everyday[0], max: everyday[1], noNaN: true })
				},
				{ weight: 1, arbitrary: fc.double({ min: limits.min, max: limits.max, noNaN: true }) }
			);

export const hostArb: fc.Arbitrary<Host> = fc.record({
	cpuCores: sized([1, 256], L.cpuCores),
	memoryMiB: sized([512, 2 * 1024 * 1024], L.memoryMiB, false),
	diskGiB: sized([1, 20_000], L.diskGiB, false),
	os: fc.constantFrom(...HOST_OSES),
	hypervisor: fc.constantFrom(...HYPERVISORS),
	engine: fc.constantFrom(...ENGINES),
	cpuOvercommit: sized([1, 16], L.cpuOvercommit, false),
	pageSharing: fc.boolean(),
	imageCache: fc.constantFrom(...IMAGE_CACHES),
	networkMbps: sized([1, 10_000], L.networkMbps, false)
});

export const templateArb: fc.Arbitrary<Template> = fc.record(
	{
		kind: fc.constantFrom(...KINDS),
		workload: fc.constantFrom(...WORKLOAD_IDS),
		vcpus: sized([1, 16], L.vcpus),
		memoryMiB: sized([16, 64 * 1024], L.groupMemoryMiB, false),
		guestOs: fc.constantFrom(...GUEST_OS_IDS),
		diskMode: fc.constantFrom(...DISK_MODES)
	},
	{ requiredKeys: ['kind', 'workload'] }
);

export const countArb = fc.oneof(
	{ weight: 3, arbitrary: fc.integer({ min: 0, max: 20 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }) }
);

export const groupsArb: fc.Arbitrary<Group[]> = fc
	.array(fc.tuple(templateArb, countArb), { minLength: 0, maxLength: 12 })
	.map((items) => items.map(([t, count], i) => ({ ...t, id: `g${i + 1}`, count })));

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
	version: fc.constant(1 as const),
	name: fc.constant('property'),
	host: hostArb,
	groups: groupsArb
});

/** Runs per property: enough to find edge cases, few enough to keep the unit suite fast. */
export const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** A property runs hundreds of evaluations: give it more than Vitest's default 5 s on a slow machine. */
export const PROPERTY_TIMEOUT_MS = 30_000;
