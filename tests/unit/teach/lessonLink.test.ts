import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/model';
import { fromFileJson, toFileJson } from '$lib/scenario/file';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import { lessonById } from '$lib/teach/lessons';

const step = lessonById('density')!.steps[2]!;

describe('a lesson in the share link', () => {
	it('decodeLink(encodeLink(s)) keeps the lesson, its step and a teacher’s own steps', () => {
		const state: SharedState = {
			scenario: step.scenario,
			view: { fitWorkload: 'nginx', zoomToUsed: false },
			lesson: {
				id: 'density',
				step: 5,
				extra: [{ caption: 'Seven VMs: count the kernels.', scenario: defaultScenario() }]
			}
		};
		const d = decodeLink(encodeLink(state));
		expect(d.ok && d.repairs).toEqual([]);
		expect(d.ok && d.state).toEqual(JSON.parse(JSON.stringify(state)));
	});

	it('a link without a lesson decodes without one', () => {
		const d = decodeLink(encodeLink({ scenario: defaultScenario() }));
		expect(d.ok && 'lesson' in d.state).toBe(false);
	});

	it('a scenario file keeps the lesson too', () => {
		const state: SharedState = { scenario: step.scenario, lesson: { id: 'density', step: 3 } };
		const d = fromFileJson(toFileJson(state));
		expect(d.ok && d.state.lesson).toEqual({ id: 'density', step: 3 });
	});

	it('a teacher’s step with absurd values is repaired like the main scenario, and says so', () => {
		const bad = { ...defaultScenario(), host: { ...defaultScenario().host, cpuCores: -3 } };
		const d = decodeLink(
			encodeLink({
				scenario: defaultScenario(),
				lesson: { id: 'stacks', step: 5, extra: [{ caption: 'odd', scenario: bad }] }
			})
		);
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.state.lesson?.extra?.[0]?.scenario.host.cpuCores).toBe(1);
		expect(d.repairs.join('\n')).toMatch(/Your lesson step 1: .*Host CPU cores/);
	});

	it.each([
		['a step that is not a number', { id: 'stacks', step: 'two' }, /“step” must be a number/],
		['a lesson without an id', { step: 1 }, /“id”/],
		[
			'a teacher’s step without a scenario',
			{ id: 'stacks', step: 1, extra: [{ caption: 'x' }] },
			/own step 1, the scenario/
		],
		[
			'a caption far too long',
			{ id: 'stacks', step: 1, extra: [{ caption: 'x'.repeat(600), scenario: defaultScenario() }] },
			/longer than 500/
		]
	])('%s leaves the lesson out, says why, and opens the rest', (_name, lesson, message) => {
		const d = decodeLink(encodeLink({ scenario: defaultScenario(), lesson } as never));
		expect(d.ok).toBe(true);
		if (!d.ok) return;
		expect(d.state.lesson).toBeUndefined();
		expect(d.state.scenario.name).toBe(defaultScenario().name);
		expect(d.repairs).toHaveLength(1);
		expect(d.repairs[0]).toMatch(/^The lesson was left out: /);
		expect(d.repairs[0]).toMatch(message);
	});
});
