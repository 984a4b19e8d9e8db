/** Disk layout: image layers stacked, shared layers drawn once across their images, VM disks. */
import { describe, expect, it } from 'vitest';
import {
	defaultScenario,
	evaluate,
	IMAGE_LAYERS,
	unpackedMiB,
	WORKLOADS,
	type Group,
	type LayerId
} from '$lib/model';
import { blockX, diskLayout, diskScales, diskSummary, diskTable } from '$lib/charts/diskData';
import { expectClose, scenarioOf } from '../helpers/model';

const containers = (...ws: Group['workload'][]): Group[] =>
	ws.map((workload, i) => ({ id: `c${i}`, kind: 'container', workload, count: 2 }));
const layoutOf = (groups: Group[], host = {}) => diskLayout(evaluate(scenarioOf(host, groups)));

describe('diskLayout(report)', () => {
	it('the default scenario: one nginx image and two VM disks', () => {
		const l = diskLayout(evaluate(defaultScenario()));
		expect(l.columns.map((c) => c.label)).toEqual([
			'nginx web server',
			'nginx web server VM',
			'nginx web server microVM'
		]);
		expect(l.columns.map((c) => c.count)).toEqual([4, 4, 4]);
	});

	it('stacks each image’s layers bottom first, each layer its unpacked size', () => {
		const l = layoutOf(containers('java-api'));
		const blocks = l.blocks.filter((b) => b.c0 === 0);
		expect(blocks.map((b) => b.layerId)).toEqual([...WORKLOADS['java-api'].layers]);
		let y = 0;
		for (const b of blocks) {
			expect(b.y0).toBe(y);
			const id = b.layerId as LayerId;
			expectClose(b.y1 - b.y0, unpackedMiB(id), 1e-9);
			expect(b.compressedMiB).toBe(IMAGE_LAYERS[id].compressedMiB.value);
			y = b.y1;
		}
		expectClose(l.columns[0]!.sizeMiB, y, 1e-9);
	});

	it.each([
		[['nginx', 'redis', 'postgres'], 'debian-12-slim', 3],
		[['hello', 'java-api'], 'alpine-3', 2],
		[['nginx', 'hello', 'redis', 'java-api'], 'debian-12-slim', 2]
	] as const)('images %j share %s: one block across %d columns', (ws, layer, n) => {
		const l = layoutOf(containers(...ws));
		const shared = l.blocks.filter((b) => b.layerId === layer);
		expect(shared.length).toBe(1);
		expect(shared[0]!.c1 - shared[0]!.c0 + 1).toBe(n);
		expect(shared[0]!.usedBy.length).toBe(n);
		expect(shared[0]!.label).toMatch(/shared by .*: stored once/);
	});

	it('stores what the model stores: unique layers once plus a writable layer per container', () => {
		const groups = containers('nginx', 'redis', 'python-api', 'hello', 'java-api');
		const report = evaluate(scenarioOf({}, groups));
		const l = diskLayout(report);
		const table = diskTable(l);
		const stored = table.rows.reduce((t, r) => t + (r[6] as number), 0);
		const writable = report.groups.reduce((t, g) => t + g.count * g.marginal.diskMiB, 0);
		expectClose(stored + writable, report.disk.usedMiB, 1e-6);
	});

	it('draws one VM disk per kind of VM, guest OS at the bottom, summing to the model’s size', () => {
		const groups: Group[] = [
			{ id: 'a', kind: 'vm', workload: 'nginx', count: 3 },
			{ id: 'b', kind: 'vm', workload: 'nginx', count: 2, vcpus: 2 },
			{ id: 'c', kind: 'microvm', workload: 'redis', count: 1 }
		];
		const report = evaluate(scenarioOf({}, groups));
		const l = diskLayout(report);
		expect(l.columns.map((c) => [c.label, c.count])).toEqual([
			['nginx web server VM', 5],
			['Redis cache microVM', 1]
		]);
		const vm = l.blocks.filter((b) => b.c0 === 0);
		expect(vm.map((b) => b.kind)).toEqual(['guestOs', 'vmFiles']);
		expectClose(vm.at(-1)!.y1, report.groups[0]!.diskMiB.perInstance, 1e-9);
	});

	it('leaves out unsupported and zero-count groups', () => {
		const l = layoutOf([
			{ id: 'w', kind: 'container', workload: 'windows-iis', count: 1 },
			{ id: 'z', kind: 'container', workload: 'nginx', count: 0 }
		]);
		expect(l.columns).toEqual([]);
		expect(diskSummary(l)).toMatch(/Nothing is placed/);
	});
});

describe('diskScales(layout, size, zoom) and blockX', () => {
	const l = layoutOf([
		...containers('nginx', 'redis'),
		{ id: 'v', kind: 'vm', workload: 'nginx', count: 1 }
	]);
	it.each([
		[false, 'the VM disk'],
		[true, 'the largest image']
	])('zoom %s: y reaches up to %s', (zoom) => {
		const s = diskScales(l, { width: 400, height: 300 }, zoom);
		const tallest = Math.max(
			...l.columns.filter((c) => (zoom ? c.kind === 'image' : true)).map((c) => c.sizeMiB)
		);
		expectClose(s.maxMiB, tallest * 1.05, 1e-9);
		expect(s.y(0)).toBe(300);
		// Clamped: a VM disk taller than the zoomed axis stops at the top.
		expect(s.y(1e9)).toBe(0);
	});

	it('spans a shared layer across the columns of its images', () => {
		const s = diskScales(l, { width: 400, height: 300 });
		const base = l.blocks.find((b) => b.layerId === 'debian-12-slim')!;
		const { x, width } = blockX(base, l, s.x);
		expect(x).toBe(s.x(l.columns[0]!.key));
		expectClose(width, s.x(l.columns[1]!.key)! + s.x.bandwidth() - x, 1e-9);
	});
});
