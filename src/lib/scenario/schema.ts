import * as v from 'valibot';
import { WORKLOAD_IDS } from '$lib/model';

/**
 * The shape of a stored scenario, checked with valibot before anything reads it. Types are
 * checked here; ranges and ids are the model's job (sanitize), which repairs and explains.
 */
const Count = v.number('must be a number');
const Text = (max: number) =>
	v.pipe(v.string('must be text'), v.maxLength(max, `is longer than ${max} characters`));

export const GroupInput = v.looseObject({
	id: v.optional(Text(64)),
	kind: Text(40),
	workload: Text(40),
	count: Count,
	label: v.optional(Text(200)),
	vcpus: v.optional(Count),
	memoryMiB: v.optional(Count),
	guestOs: v.optional(Text(60)),
	diskMode: v.optional(Text(40))
});

export const HostInput = v.looseObject({
	cpuCores: Count,
	memoryMiB: Count,
	diskGiB: Count,
	os: Text(40),
	hypervisor: Text(40),
	engine: Text(40),
	cpuOvercommit: Count,
	pageSharing: v.boolean('must be true or false'),
	imageCache: Text(40),
	networkMbps: Count
});

export const ScenarioInput = v.looseObject({
	version: v.literal(1, 'must be 1'),
	name: Text(200),
	host: HostInput,
	groups: v.pipe(
		v.array(GroupInput, 'must be a list'),
		v.maxLength(10_000, 'has more than 10,000 groups')
	)
});

export const ViewInput = v.looseObject({
	fitWorkload: v.optional(v.picklist(WORKLOAD_IDS)),
	zoomToUsed: v.optional(v.boolean())
});

/** A running lesson: which one, the step shown (1-based), and steps a teacher added, each a full scenario. */
export const LessonInput = v.looseObject({
	id: Text(60),
	step: Count,
	extra: v.optional(
		v.pipe(
			v.array(v.looseObject({ caption: Text(500), scenario: ScenarioInput }), 'must be a list'),
			v.maxLength(100, 'has more than 100 steps')
		)
	)
});

/** Everything a link or a file carries: the scenario, an optional B side for comparison, the view, a lesson. */
export const SharedInput = v.looseObject({
	scenario: ScenarioInput,
	compare: v.optional(ScenarioInput),
	view: v.optional(ViewInput),
	lesson: v.optional(LessonInput)
});

/** The first problem, in words a person can act on: "host.cpuCores must be a number". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	if (!first) return 'it is not a scenario';
	const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
	return path ? `${path} ${first.message}` : first.message;
}
