/** The words people read: group names, labels of model terms, formatted numbers, explain titles. */
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	formatCores,
	formatPercent,
	formatQuantity,
	formatRatio,
	formatVcpus,
	groupName,
	LAYER_LABEL,
	LAYERS,
	PHASES,
	type ExplainTarget
} from '$lib/model';
import { explain } from '$lib/model/explain';
import { group, scenarioOf } from './helpers/model';

describe('groupName(group) is a human name, never the id', () => {
	it.each([
		[{ kind: 'vm', workload: 'postgres' }, 'PostgreSQL database VMs'],
		[{ kind: 'container', workload: 'redis' }, 'Redis cache containers'],
		[{ kind: 'vm', workload: 'nginx', label: 'front end' }, 'front end'],
		[{ kind: 'microvm', workload: 'nginx', label: '   ' }, 'nginx web server microVMs']
	] as const)('groupName(%j) = %s', (g, name) => {
		expect(groupName(g)).toBe(name);
	});

	it('the shortage sentence and the warnings name a palette-placed group by workload and kind', () => {
		const s = scenarioOf({ memoryMiB: 4096 }, [
			group({ id: 'g4', kind: 'vm', workload: 'postgres', count: 50, memoryMiB: 64 })
		]);
		const r = evaluate(s);
		expect(r.shortage!.message).toContain('“PostgreSQL database VMs”');
		const text = [r.shortage!.message, ...r.notes.map((n) => n.message)].join(' ');
		expect(text).not.toMatch(/\bg4\b/);
		expect(r.notes.some((n) => n.message.includes('“PostgreSQL database VMs”'))).toBe(true);
	});
});

describe('formatted numbers read as plain language', () => {
	it.each([
		[1, '1 core'],
		[0.999, '1 core'],
		[2.5, '2.5 cores'],
		[16, '16 cores']
	])('formatCores(%f) = %s', (n, text) => expect(formatCores(n)).toBe(text));

	it.each([
		[1, '1 vCPU'],
		[3, '3 vCPUs']
	])('formatVcpus(%f) = %s', (n, text) => expect(formatVcpus(n)).toBe(text));

	it.each([
		[1765518, '1,765,518 %'],
		[45.2, '45 %'],
		[2.3, '2.3 %'],
		[0.2, '0.2 %']
	])('formatPercent(%f) = %s', (n, text) => expect(formatPercent(n)).toBe(text));

	it.each([
		[250 / (407.7 * 1024), '1,670× less'],
		[2.5, '2.5× more'],
		[1, 'same'],
		[0.5, '2× less'],
		[0, 'none']
	])('formatRatio(%f) = %s (never ×0)', (n, text) => expect(formatRatio(n)).toBe(text));

	it.each([
		[0.002, 'ratio', '0.2 %'],
		[2.5, 'ratio', '×2.5'],
		[2.3, 'percent', '2.3 %'],
		[1024, 'count', '1,024'],
		[1536, 'MiB', '1.5 GiB']
	])('formatQuantity(%f, %s) = %s', (n, unit, text) => expect(formatQuantity(n, unit)).toBe(text));
});

describe('explanation titles use plain labels, never model ids', () => {
	const s = scenarioOf({ imageCache: 'cold' }, [
		group({ id: 'g1', kind: 'vm', workload: 'nginx' }),
		group({ id: 'g2', kind: 'container', workload: 'nginx' })
	]);
	const r = evaluate(s);
	const ids = [...LAYERS, ...PHASES].filter((id) => /[A-Z]/.test(id));
	const targets: ExplainTarget[] = [
		...LAYERS.map((layer) => ({ type: 'layer' as const, groupId: 'g1', layer })),
		...LAYERS.filter((l) => r.memory.hostLevel[l] > 0).map((layer) => ({
			type: 'hostLayer' as const,
			layer
		})),
		...r.groups.flatMap((g) =>
			g.startup.phases.map(({ phase }) => ({ type: 'phase' as const, groupId: g.id, phase }))
		),
		{ type: 'limit', resource: 'vcpus' },
		{ type: 'limit', resource: 'cpuTime' },
		{ type: 'limit', resource: 'memory' },
		{ type: 'instance', groupId: 'g2' }
	];
	it.each(targets.map((t) => [JSON.stringify(t), t] as const))('explain(%s).title', (_n, t) => {
		const title = explain(s, t)!.title;
		for (const id of ids) expect(title).not.toContain(id);
		expect(title).toMatch(/^[A-Zv]/);
	});

	it('explain(guest kernel of a VM).title = "Guest kernel memory of one nginx web server VM"', () => {
		expect(explain(s, { type: 'layer', groupId: 'g1', layer: 'guestKernel' })!.title).toBe(
			'Guest kernel memory of one nginx web server VM'
		);
	});
});

describe('explain(instance) breaks the number on the card into its parts', () => {
	const s = scenarioOf({}, [
		group({ id: 'vm', kind: 'vm', workload: 'nginx' }),
		group({ id: 'ct', kind: 'container', workload: 'nginx' })
	]);
	const r = evaluate(s);
	it.each(['vm', 'ct'])(
		'explain(%s instance).value = perInstanceMiB, its parts each explained',
		(id) => {
			const g = r.groups.find((x) => x.id === id)!;
			const e = explain(s, { type: 'instance', groupId: id })!;
			expect(e.value).toBeCloseTo(g.memory.perInstanceMiB, 9);
			expect(e.inputs.length).toBeGreaterThan(1);
			for (const i of e.inputs) {
				expect(i.target).toMatchObject({ type: 'layer', groupId: id });
				const layer = (i.target as { layer: (typeof LAYERS)[number] }).layer;
				expect(i.label).toBe(LAYER_LABEL[layer]);
				expect(explain(s, i.target!)!.value).toBeCloseTo(i.value, 9);
			}
			expect(e.sources.length).toBeGreaterThan(0);
		}
	);

	it('a VM’s parts include its hypervisor overhead and idle RAM; a container’s do not', () => {
		const vm = explain(s, { type: 'instance', groupId: 'vm' })!.inputs.map((i) => i.label);
		const ct = explain(s, { type: 'instance', groupId: 'ct' })!.inputs.map((i) => i.label);
		expect(vm).toEqual(expect.arrayContaining(['Hypervisor', 'Guest kernel', 'App']));
		expect(ct).toEqual(expect.arrayContaining(['Container runtime', 'App']));
		expect(ct).not.toContain('Guest kernel');
	});
});
