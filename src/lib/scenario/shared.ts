import { sanitize, type Scenario, type WorkloadId } from '$lib/model';
import * as v from 'valibot';
import { describeIssues, SharedInput } from './schema';

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
	view?: { fitWorkload?: WorkloadId; zoomToUsed?: boolean };
	lesson?: SharedLesson;
}

export type Decoded =
	{ ok: true; state: SharedState; repairs: string[] } | { ok: false; error: string };

/** A scenario the model accepts, from one that passed the schema: ranges clamped, unknown groups left out — each said. */
function repair(
	raw: v.InferOutput<typeof SharedInput>['scenario'],
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
	return { version: 1, name: raw.name, host: s.host, groups };
}

/** Check and repair parsed JSON into a SharedState. Never throws. */
export function fromUnknown(data: unknown): Decoded {
	const parsed = v.safeParse(SharedInput, data);
	if (!parsed.success)
		return { ok: false, error: `the scenario is not valid: ${describeIssues(parsed.issues)}` };
	const repairs: string[] = [];
	const state: SharedState = {
		scenario: repair(parsed.output.scenario, parsed.output.compare ? 'A: ' : '', repairs)
	};
	if (parsed.output.compare) state.compare = repair(parsed.output.compare, 'B: ', repairs);
	if (parsed.output.view) state.view = { ...parsed.output.view };
	const lesson = parsed.output.lesson;
	if (lesson) {
		state.lesson = { id: lesson.id, step: lesson.step };
		if (lesson.extra)
			state.lesson.extra = lesson.extra.map((e, i) => ({
				caption: e.caption,
				scenario: repair(e.scenario, `Lesson step of your own ${i + 1}: `, repairs)
			}));
	}
	return { ok: true, state, repairs };
}
