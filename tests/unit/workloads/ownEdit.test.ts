/** Own-workload edits (each a new scenario, so one undo step) and the editor's field reading. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, INPUT_LIMITS, sanitize, type Scenario } from '$lib/model';
import { readField, FIELDS } from '$lib/workloads/fields';
import {
	carryOwn,
	createFromCatalog,
	deleteOwn,
	duplicateOwn,
	groupsUsing,
	hasRoom,
	newOwnId,
	updateOwn
} from '$lib/scenario/ownEdit';

const start = defaultScenario();

describe('newOwnId', () => {
	it.each([
		['Shop API', [], 'own-shop-api'],
		['Shop API', ['own-shop-api'], 'own-shop-api-2'],
		['Shop API', ['own-shop-api', 'own-shop-api-2'], 'own-shop-api-3'],
		['  ', [], 'own-workload'],
		['Ünïcode sérvice!', [], 'own-unicode-service']
	])('newOwnId(%j, %j) is %s', (name, taken, id) => {
		expect(newOwnId(name, taken)).toBe(id);
	});

	it('always gives an id the model accepts', () => {
		const id = newOwnId('x'.repeat(500), []);
		const s: Scenario = {
			...start,
			workloads: [{ id, name: 'x', family: 'linux', base: 'nginx' }]
		};
		expect(sanitize(s).notes).toEqual([]);
	});
});

describe('create, update, duplicate, delete', () => {
	const created = createFromCatalog(start, 'python-api', 'linux', 'Shop API');
	const s1 = created.scenario;

	it('creates an own workload on its catalog base, leaving the input unchanged', () => {
		expect(s1.workloads).toEqual([
			{ id: 'own-shop-api', name: 'Shop API', family: 'linux', base: 'python-api' }
		]);
		expect(start.workloads ?? []).toEqual([]);
	});

	it('updates one field, and an undefined field goes back to the base', () => {
		const s2 = updateOwn(s1, created.id, { appMiB: 300 });
		expect(s2.workloads![0]!.appMiB).toBe(300);
		const s3 = updateOwn(s2, created.id, { appMiB: undefined });
		expect('appMiB' in s3.workloads![0]!).toBe(false);
		expect(updateOwn(s2, created.id, { id: 'own-other' }).workloads![0]!.id).toBe(created.id);
	});

	it('duplicates with a fresh id and “(copy)”', () => {
		const d = duplicateOwn(updateOwn(s1, created.id, { appMiB: 300 }), created.id)!;
		expect(d.id).toBe('own-shop-api-copy');
		expect(d.scenario.workloads![1]).toMatchObject({ name: 'Shop API (copy)', appMiB: 300 });
		expect(duplicateOwn(s1, 'own-nope')).toBeNull();
	});

	it('deletes, switching the groups that ran it to its base', () => {
		const withGroups: Scenario = {
			...s1,
			groups: [
				...s1.groups,
				{ id: 'x', kind: 'container', workload: created.id, count: 3 },
				{ id: 'y', kind: 'vm', workload: created.id, count: 1 }
			]
		};
		expect(groupsUsing(withGroups, created.id).map((g) => g.id)).toEqual(['x', 'y']);
		const gone = deleteOwn(withGroups, created.id);
		expect(gone.workloads).toEqual([]);
		expect(gone.groups.filter((g) => g.id === 'x' || g.id === 'y').map((g) => g.workload)).toEqual([
			'python-api',
			'python-api'
		]);
		expect(deleteOwn(withGroups, 'own-nope')).toBe(withGroups);
	});

	it('knows when there is no room for another', () => {
		const full: Scenario = {
			...start,
			workloads: Array.from({ length: INPUT_LIMITS.ownWorkloads.max }, (_, i) => ({
				id: `own-${i}` as const,
				name: `${i}`,
				family: 'linux' as const,
				base: 'nginx' as const
			}))
		};
		expect(hasRoom(full)).toBe(false);
		expect(hasRoom(start)).toBe(true);
	});
});

describe('readField', () => {
	const field = (key: string) => FIELDS.find((f) => f.key === key)!;

	it.each([
		['appMiB', '300', 300, undefined],
		['appMiB', '-5', 0, 'Working-set memory cannot be below 0 MiB; set to 0 MiB.'],
		['ioShare', '40', 0.4, undefined],
		['ioShare', '150', 1, 'Share of work that is I/O cannot be above 100 %; set to 100 %.'],
		[
			'demandCores',
			'1,000',
			768,
			'CPU demand at your load cannot be above 768 cores; set to 768 cores.'
		],
		[
			'appStartMs',
			'1e9',
			3_600_000,
			'App start time cannot be above 3,600,000 ms; set to 3,600,000 ms.'
		]
	])('readField(%s, %j) stores %d', (key, typed, value, message) => {
		const r = readField(field(key), typed);
		expect(r).toEqual(message ? { ok: true, value, message } : { ok: true, value });
	});

	it('refuses an empty field with a message', () => {
		expect(readField(field('appMiB'), ' ')).toEqual({
			ok: false,
			message: 'Working-set memory is empty; nothing was changed.'
		});
	});

	it.each(['abc', 'NaN', 'Infinity'])('refuses %j with a message', (typed) => {
		const r = readField(field('appMiB'), typed);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.message).toContain('is not a number; nothing was changed');
	});

	it('each field has a meaning, a unit and one of the model’s limits', () => {
		for (const f of FIELDS) {
			expect(f.meaning.length).toBeGreaterThan(20);
			expect(f.unit).not.toBe('');
			expect(INPUT_LIMITS[f.limit]).toBeDefined();
		}
	});
});

describe('carryOwn: a whole scenario replaces groups and host, not own workloads', () => {
	const mine = createFromCatalog(start, 'redis', 'linux', 'Cache').scenario;
	const step: Scenario = { ...defaultScenario(), name: 'Lesson step', groups: [] };

	it("keeps the person's own workloads beside the step's groups and host", () => {
		const out = carryOwn(step, mine);
		expect(out.groups).toEqual([]);
		expect(out.name).toBe('Lesson step');
		expect(out.workloads?.map((w) => w.name)).toEqual(['Cache']);
		expect(sanitize(out).notes).toEqual([]);
	});

	it('returns the step itself when there is nothing to keep', () => {
		expect(carryOwn(step, start)).toBe(step);
	});

	it("lets the step's own definition of an id win", () => {
		const id = mine.workloads![0]!.id;
		const teacher: Scenario = {
			...step,
			workloads: [{ id, name: 'Teacher cache', family: 'linux', base: 'redis' }]
		};
		expect(carryOwn(teacher, mine).workloads?.map((w) => w.name)).toEqual(['Teacher cache']);
	});

	it("keeps no more than the model's limit", () => {
		const max = INPUT_LIMITS.ownWorkloads.max;
		const many = (prefix: string, n: number): Scenario => ({
			...step,
			workloads: Array.from({ length: n }, (_, i) => ({
				id: `own-${prefix}-${i}` as `own-${string}`,
				name: `${prefix} ${i}`,
				family: 'linux' as const,
				base: 'nginx' as const
			}))
		});
		const out = carryOwn(many('step', max - 3), many('mine', 10));
		expect(out.workloads).toHaveLength(max);
		expect(out.workloads?.filter((w) => w.id.startsWith('own-mine'))).toHaveLength(3);
	});
});
