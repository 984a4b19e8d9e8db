import { TEXT_LIMITS } from '$lib/model/limits';
import {
	sanitize,
	WORKLOAD_IDS,
	type Scenario,
	type WorkloadId,
	type WorkloadRef
} from '$lib/model';
import * as v from 'valibot';
import { describeIssues, LessonInput, ScenarioInput, SharedInput, ViewInput } from './schema';

/** A teacher's own lesson step: a caption and the sandbox as it was saved. */
export interface SharedLessonStep {
	caption: string;
	scenario: Scenario;
}

/** The lesson running when the link was made: its id, the step shown (1-based) and any steps a teacher added. */
export interface SharedLesson {
	id: string;
	step: number;
	extra?: SharedLessonStep[];
}

/** What a link or a scenario file holds. */
export interface SharedState {
	scenario: Scenario;
	/** The B side of an A/B comparison. */
	compare?: Scenario;
	view?: { fitWorkload?: WorkloadRef; zoomToUsed?: boolean };
	lesson?: SharedLesson;
}

export type Decoded =
	{ ok: true; state: SharedState; repairs: string[] } | { ok: false; error: string };

/** A scenario the model accepts, from one that passed the schema: ranges clamped, unknown groups left out — each said. */
function repair(
	raw: v.InferOutput<typeof ScenarioInput>,
	side: string,
	repairs: string[]
): Scenario {
	const s = sanitize(raw);
	for (const n of s.notes) if (n.level === 'error') repairs.push(`${side}${n.message}`);
	const groups: Scenario['groups'] = [];
	for (const g of s.groups) {
		if ('reason' in g) repairs.push(`${side}Group “${g.id}” was left out: ${g.reason}`);
		else groups.push(g);
	}
	const max = TEXT_LIMITS.name;
	if (raw.name.length > max)
		repairs.push(`${side}The scenario’s name was cut to ${max} characters.`);
	const scenario: Scenario = { version: 1, name: raw.name.slice(0, max), host: s.host, groups };
	// Own workloads travel only when there are some: an older scenario reads exactly as it was.
	if (s.workloads.length > 0) scenario.workloads = s.workloads;
	return scenario;
}

const isWorkload = (w: unknown): w is WorkloadId =>
	(WORKLOAD_IDS as readonly unknown[]).includes(w);

/** The view settings, keeping what reads and dropping the rest, each drop said. */
function readView(raw: unknown, own: ReadonlySet<string>, repairs: string[]): SharedState['view'] {
	const parsed = v.safeParse(ViewInput, raw);
	if (!parsed.success) {
		repairs.push(`The view settings were left out: ${describeIssues(parsed.issues)}.`);
		return undefined;
	}
	const view: NonNullable<SharedState['view']> = {};
	const { fitWorkload, zoomToUsed } = parsed.output;
	if (fitWorkload !== undefined) {
		if (isWorkload(fitWorkload) || own.has(fitWorkload))
			view.fitWorkload = fitWorkload as WorkloadRef;
		else
			repairs.push(
				`The “what fits” panel’s workload “${fitWorkload}” is unknown; it shows nginx instead.`
			);
	}
	if (zoomToUsed !== undefined) view.zoomToUsed = zoomToUsed;
	return view;
}

/** Check and repair parsed JSON into a SharedState. Never throws. */
export function fromUnknown(data: unknown): Decoded {
	const parsed = v.safeParse(SharedInput, data);
	if (!parsed.success)
		return { ok: false, error: `the scenario is not valid: ${describeIssues(parsed.issues)}` };
	const input = parsed.output as Record<string, unknown>;
	const repairs: string[] = [];
	// The optional parts are repaired, not refused: one that does not read is left out, and said.
	let compare: v.InferOutput<typeof ScenarioInput> | undefined;
	if (input.compare !== undefined) {
		const b = v.safeParse(ScenarioInput, input.compare);
		if (b.success) compare = b.output;
		else repairs.push(`Side B was left out: ${describeIssues(b.issues)}.`);
	}
	const state: SharedState = {
		scenario: repair(parsed.output.scenario, compare ? 'A: ' : '', repairs)
	};
	if (compare) state.compare = repair(compare, 'B: ', repairs);
	if (input.view !== undefined) {
		const own = new Set((state.scenario.workloads ?? []).map((w) => w.id as string));
		const view = readView(input.view, own, repairs);
		if (view) state.view = view;
	}
	if (input.lesson !== undefined) {
		const lesson = v.safeParse(LessonInput, input.lesson);
		if (!lesson.success) repairs.push(`The lesson was left out: ${describeIssues(lesson.issues)}.`);
		else {
			const { id, step, extra } = lesson.output;
			state.lesson = { id, step };
			if (extra)
				state.lesson.extra = extra.map((e, i) => ({
					caption: e.caption,
					scenario: repair(e.scenario, `Your lesson step ${i + 1}: `, repairs)
				}));
		}
	}
	return { ok: true, state, repairs };
}

/** A scenario as a link or file reads it back (checked and repaired), to compare with one that was. */
export function readBackScenario(scenario: Scenario): Scenario {
	const d = fromUnknown({ scenario });
	return d.ok ? d.state.scenario : scenario;
}
