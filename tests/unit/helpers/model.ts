/** Small builders and checks shared by the model's unit tests. Not a test file itself. */
import { expect } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	type Group,
	type Host,
	type Report,
	type Scenario
} from '$lib/model';

/** A scenario on the default host with some host fields replaced. */
export function scenarioOf(host: Partial<Host>, groups: Group[]): Scenario {
	return { version: 1, name: 'test', host: { ...DEFAULT_HOST, ...host }, groups };
}

/** A group with an id and a count of 1 unless given. */
export function group(
	g: Omit<Group, 'id' | 'count'> & Partial<Pick<Group, 'id' | 'count'>>
): Group {
	return { id: 'g1', count: 1, ...g };
}

/** evaluate() of one or more groups on the default host with some host fields replaced. */
export function evaluateOn(host: Partial<Host>, ...groups: Group[]): Report {
	return evaluate(scenarioOf(host, groups));
}

/** The report of the group with this id; fails the test when there is none. */
export function groupOf(report: Report, id = 'g1'): Report['groups'][number] {
	const g = report.groups.find((x) => x.id === id);
	expect(g, `group ${id} in the report`).toBeDefined();
	return g!;
}

/**
 * Every number anywhere in a value, with the path it was found at. A group report's details are
 * made when read: its toJSON() reads every one.
 */
export function numbersIn(value: unknown, path = 'report'): [string, number][] {
	if (typeof value === 'number') return [[path, value]];
	if (typeof value === 'object' && value !== null && 'toJSON' in value)
		return numbersIn((value as { toJSON(): unknown }).toJSON(), path);
	if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
	return [];
}

/** Paths of numbers that are NaN, infinite or negative. Empty for a sound report. */
export function badNumbers(value: unknown): string[] {
	return numbersIn(value)
		.filter(([, n]) => !Number.isFinite(n) || n < 0)
		.map(([p, n]) => `${p} = ${n}`);
}

/** a ≈ b within a relative tolerance (and an absolute one near zero). */
export function expectClose(actual: number, expected: number, relTol = 1e-9, what = ''): void {
	const tol = Math.max(1e-9, relTol * Math.max(Math.abs(actual), Math.abs(expected)));
	expect(Math.abs(actual - expected), `${what} ${actual} ≈ ${expected}`).toBeLessThanOrEqual(tol);
}
