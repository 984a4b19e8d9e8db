/** A sandbox's answers for a scenario, as the page derives them: what the teaching views read. */
import type { Scenario, WorkloadRef } from '$lib/model';
import type { Answers } from '$lib/state/answers.svelte';
import { Sandbox } from '$lib/state/sandbox.svelte';

export function answersOf(
	scenario: Scenario,
	fitWorkload: WorkloadRef = 'nginx',
	selectedGroupId: string | null = null
): Answers {
	return new Sandbox(scenario, { fitWorkload, selectedGroupId }).answers;
}
