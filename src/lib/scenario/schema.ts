import * as v from 'valibot';
import { FORMAT_LIMITS, INPUT_LIMITS, TEXT_LIMITS } from '$lib/model/limits';

/**
 * The shape of a stored scenario, checked with valibot before anything reads it. Types and the
 * format's limits (src/lib/model/limits.ts) are checked here; ranges and ids are the model's job
 * (sanitize), which repairs and explains. Messages are the app's words, not the library's.
 */
const Count = v.number('must be a number');
const Text = (max: number) =>
	v.pipe(
		v.string('must be text'),
		v.maxLength(max, `is longer than ${max.toLocaleString('en-US')} characters`)
	);
/**
 * Free text a person types (names, labels): read up to ten times its limit and cut to the limit
 * when the scenario is repaired, so text an earlier writer let through never refuses a link.
 */
export const LENIENCE = 10;
const FreeText = (max: number) => Text(max * LENIENCE);

export const GroupInput = v.looseObject(
	{
		id: v.optional(Text(TEXT_LIMITS.groupId)),
		kind: Text(TEXT_LIMITS.word),
		workload: Text(TEXT_LIMITS.word),
		count: Count,
		label: v.optional(FreeText(TEXT_LIMITS.label)),
		vcpus: v.optional(Count),
		memoryMiB: v.optional(Count),
		guestOs: v.optional(Text(TEXT_LIMITS.word)),
		diskMode: v.optional(Text(TEXT_LIMITS.word)),
		requestMiB: v.optional(Count),
		requestCores: v.optional(Count)
	},
	'must be a group (kind, workload and count)'
);

export const HostInput = v.looseObject(
	{
		cpuCores: Count,
		memoryMiB: Count,
		diskGiB: Count,
		os: Text(TEXT_LIMITS.word),
		hypervisor: Text(TEXT_LIMITS.word),
		engine: Text(TEXT_LIMITS.word),
		cpuOvercommit: Count,
		pageSharing: v.boolean('must be true or false'),
		imageCache: Text(TEXT_LIMITS.word),
		networkMbps: Count
	},
	'must be a host'
);

const maxGroups = INPUT_LIMITS.groups.max;
const maxOwn = INPUT_LIMITS.ownWorkloads.max;
export const ScenarioInput = v.looseObject(
	{
		version: v.literal(1, 'must be 1'),
		name: FreeText(TEXT_LIMITS.name),
		host: HostInput,
		groups: v.pipe(
			v.array(GroupInput, 'must be a list'),
			v.maxLength(maxGroups, `has more than ${maxGroups.toLocaleString('en-US')} groups`)
		),
		workloads: v.optional(
			v.pipe(
				v.array(
					v.looseObject({ id: Text(TEXT_LIMITS.word) }, 'must be a workload with an id'),
					'must be a list'
				),
				// Past the limit the model leaves the rest out with a note (docs/scenario-format.md).
				v.maxLength(
					maxOwn * LENIENCE,
					`has more than ${(maxOwn * LENIENCE).toLocaleString('en-US')} workloads of your own`
				)
			)
		)
	},
	'must be a scenario'
);

export const ViewInput = v.looseObject(
	{
		fitWorkload: v.optional(Text(TEXT_LIMITS.word)),
		zoomToUsed: v.optional(v.boolean('must be true or false'))
	},
	'must be a set of view settings'
);

const maxSteps = FORMAT_LIMITS.lessonSteps;
/** A running lesson: which one, the step shown (1-based), and steps a teacher added, each a full scenario. */
export const LessonInput = v.looseObject(
	{
		id: Text(TEXT_LIMITS.lessonId),
		step: Count,
		extra: v.optional(
			v.pipe(
				v.array(
					v.looseObject(
						{ caption: Text(TEXT_LIMITS.caption), scenario: ScenarioInput },
						'must be a step with a caption and a scenario'
					),
					'must be a list'
				),
				v.maxLength(maxSteps, `has more than ${maxSteps} steps`)
			)
		)
	},
	'must be a lesson'
);

/** The part every link and file must have; the optional parts are checked one by one. */
export const SharedInput = v.looseObject({ scenario: ScenarioInput }, 'must be an object');

/** Names of the fields people may see in a message, in words. */
const FIELD_WORDS: Record<string, string> = {
	scenario: 'the scenario',
	compare: 'side B',
	view: 'the view settings',
	lesson: 'the lesson',
	host: 'host',
	groups: 'groups',
	extra: 'own steps'
};

/** "groups → 3 → count" as "group 4’s “count”": a path a person can find in the file. */
function pathText(path: readonly { key: unknown }[]): string {
	const words: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = path[i]!.key;
		const next = path[i + 1]?.key;
		if (typeof next === 'number' && (key === 'groups' || key === 'extra')) {
			words.push(`${key === 'groups' ? 'group' : 'own step'} ${next + 1}`);
			i++;
		} else if (typeof key === 'number') words.push(`item ${key + 1}`);
		else words.push(FIELD_WORDS[String(key)] ?? `“${String(key).slice(0, 40)}”`);
	}
	return words.join(', ');
}

/** The first problem, in words a person can act on: "host, “cpuCores” must be a number". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	if (!first) return 'it is not a scenario';
	const path = first.path ?? [];
	const where = pathText(path);
	// A required field that is not there at all: say it is missing, not what the library expected.
	if (first.input === undefined && path.length > 0) return `${where} is missing`;
	return where ? `${where} ${first.message}` : `it ${first.message}`;
}
