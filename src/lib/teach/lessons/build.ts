import { KIND_PLURAL } from '$lib/model/names';
import type { Group, Host, Kind, Scenario, WorkloadId } from '$lib/model';
import type { LessonStep, TeachView } from './types';

/*
 * The builders every lesson writes its steps with, so the lessons stay plain data that tests and
 * the browser read alike.
 */

export const scenario = (name: string, host: Host, groups: Group[]): Scenario => ({
	version: 1,
	name,
	host: { ...host },
	groups
});

/** A group labelled "nginx as VMs" unless `label` says otherwise. */
export const group = (
	id: string,
	kind: Kind,
	workload: WorkloadId,
	count: number,
	label = `${workload} as ${KIND_PLURAL[kind]}`
): Group => ({ id, kind, workload, count, label });

/** The same workload as VMs (id `vm`) beside containers (id `ct`), labelled as `group` does. */
export const vmsAndContainers = (
	workload: WorkloadId,
	count: number,
	labels: { vm?: string; ct?: string } = {}
): Group[] => [
	group('vm', 'vm', workload, count, labels.vm),
	group('ct', 'container', workload, count, labels.ct)
];

/**
 * Steps that show one teaching view and compare one workload, e.g.
 * `const step = stepsShowing('density', 'nginx')`, then `step(caption, scenario(…))`.
 */
export const stepsShowing =
	(show: TeachView, fitWorkload: WorkloadId) =>
	(caption: string, scenario: Scenario): LessonStep => ({ caption, scenario, show, fitWorkload });
