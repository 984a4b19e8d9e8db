/** fast-check arbitraries for valid scenarios: every field inside INPUT_LIMITS and the as-const sets. */
import fc from 'fast-check';
import {
	EKS_IMAGES,
	CONTAINER_NETWORKS,
	DISK_MODES,
	GUEST_MEMORY_MODES,
	ISOLATIONS,
	KUBE_PLATFORMS,
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
import { TEXT_LIMITS } from '$lib/model/limits';
import type { SharedState } from '$lib/scenario/shared';

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

export const hostArb: fc.Arbitrary<Host> = fc.record(
	{
		cpuCores: sized([1, 256], L.cpuCores),
		memoryMiB: sized([512, 2 * 1024 * 1024], L.memoryMiB, false),
		diskGiB: sized([1, 20_000], L.diskGiB, false),
		os: fc.constantFrom(...HOST_OSES),
		hypervisor: fc.constantFrom(...HYPERVISORS),
		engine: fc.constantFrom(...ENGINES),
		cpuOvercommit: sized([1, 16], L.cpuOvercommit, false),
		pageSharing: fc.boolean(),
		imageCache: fc.constantFrom(...IMAGE_CACHES),
		networkMbps: sized([1, 10_000], L.networkMbps, false),
		containerNetwork: fc.constantFrom(...CONTAINER_NETWORKS),
		guestMemory: fc.constantFrom(...GUEST_MEMORY_MODES),
		utilityVmMemoryMiB: sized([1024, 64 * 1024], L.utilityVmMemoryMiB, false),
		kubernetes: fc.record(
			{
				platform: fc.constantFrom(...KUBE_PLATFORMS),
				// Within every platform's bound (AKS 250): a larger value is clamped, not valid.
				maxPods: sized([10, 250], { min: L.maxPods.min, max: 250 }),
				image: fc.constantFrom(...EKS_IMAGES),
				network: fc.constantFrom('overlay' as const, 'nodeSubnet' as const),
				instanceType: fc.constantFrom('t3.medium', 'm5.large', 'unknown.type')
			},
			{ requiredKeys: ['platform'] }
		)
	},
	{
		requiredKeys: [
			'cpuCores',
			'memoryMiB',
			'diskGiB',
			'os',
			'hypervisor',
			'engine',
			'cpuOvercommit',
			'pageSharing',
			'imageCache',
			'networkMbps'
		]
	}
);

export const templateArb: fc.Arbitrary<Template> = fc.record(
	{
		kind: fc.constantFrom(...KINDS),
		workload: fc.constantFrom(...WORKLOAD_IDS),
		vcpus: sized([1, 16], L.vcpus),
		memoryMiB: sized([16, 64 * 1024], L.groupMemoryMiB, false),
		guestOs: fc.constantFrom(...GUEST_OS_IDS),
		diskMode: fc.constantFrom(...DISK_MODES),
		demandCores: sized([0, 2], L.demandCores, false),
		isolation: fc.constantFrom(...ISOLATIONS),
		requestMiB: sized([0, 8192], L.requestMiB, false),
		requestCores: sized([0, 4], L.requestCores, false)
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

/** Any text up to `max` characters, any Unicode (names, labels and captions are plain text). */
const textArb = (max: number) =>
	fc
		.oneof(
			{ weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
			{ weight: 1, arbitrary: fc.string({ maxLength: max, unit: 'grapheme' }) },
			{ weight: 1, arbitrary: fc.constant('x'.repeat(max)) }
		)
		.map((s) => s.slice(0, max));

/** A scenario as the app can reach it: any name, labels, and ids the app gives or keeps (≤ 64 characters). */
export const reachableScenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		scenario: scenarioArb,
		name: textArb(TEXT_LIMITS.name),
		labels: fc.array(fc.option(textArb(TEXT_LIMITS.label), { nil: undefined }), {
			maxLength: 12
		}),
		ids: fc.array(
			fc.option(fc.string({ minLength: 1, maxLength: TEXT_LIMITS.groupId }), { nil: undefined }),
			{
				maxLength: 12
			}
		)
	})
	.map(({ scenario, name, labels, ids }) => {
		const seen = new Set<string>();
		const groups = scenario.groups.map((g, i) => {
			const id = ids[i] !== undefined && !seen.has(ids[i]!) ? ids[i]! : `g${i + 1}`;
			const out: Group = { ...g, id: seen.has(id) ? `x${i}` : id };
			seen.add(out.id);
			if (labels[i] !== undefined) out.label = labels[i];
			return out;
		});
		return { ...scenario, name, groups };
	});

/** Every state a page can write: a scenario, maybe side B, the view, maybe a lesson with steps of one's own. */
export const sharedStateArb: fc.Arbitrary<SharedState> = fc
	.record({
		scenario: reachableScenarioArb,
		compare: fc.option(reachableScenarioArb, { nil: undefined }),
		view: fc.record({
			fitWorkload: fc.constantFrom(...WORKLOAD_IDS),
			zoomToUsed: fc.boolean()
		}),
		lesson: fc.option(
			fc.record({
				id: fc.constantFrom('stacks', 'density', 'layers', 'boot-race', 'vms-win', 'laptop'),
				step: fc.integer({ min: 1, max: 8 }),
				extra: fc.option(
					fc.array(
						fc.record({ caption: textArb(TEXT_LIMITS.caption), scenario: reachableScenarioArb }),
						{ maxLength: 3 }
					),
					{ nil: undefined }
				)
			}),
			{ nil: undefined }
		)
	})
	.map((s) => {
		const out: SharedState = { scenario: s.scenario, view: s.view };
		if (s.compare) out.compare = s.compare;
		if (s.lesson) {
			out.lesson = { id: s.lesson.id, step: s.lesson.step };
			if (s.lesson.extra) out.lesson.extra = s.lesson.extra;
		}
		return out;
	});
