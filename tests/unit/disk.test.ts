/** Disk through evaluate(): image layers stored once per host, guest OS images, linked clones. */
import { describe, expect, it } from 'vitest';
import { GUEST_OSES, IMAGE_LAYERS, WORKLOADS, type LayerId, type WorkloadId } from '$lib/model';
import { CONTAINERS, SHARING } from '$lib/model/catalog';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

/** A layer on disk: compressed size × the unpack ratio (MODEL.md: roughly 2–3×). */
const unpacked = (id: LayerId) =>
	IMAGE_LAYERS[id].compressedMiB.value * CONTAINERS.unpackRatio.value;
const imageMiB = (w: WorkloadId) => WORKLOADS[w].layers.reduce((t, id) => t + unpacked(id), 0);
const appLayersMiB = (w: WorkloadId) =>
	WORKLOADS[w].layers.filter((id) => !IMAGE_LAYERS[id].base).reduce((t, id) => t + unpacked(id), 0);
const rw = (w: WorkloadId) => WORKLOADS[w].rwLayerMiB.value;
const LINUX_WORKLOADS = (Object.keys(WORKLOADS) as WorkloadId[]).filter(
	(w) => WORKLOADS[w].family === 'linux'
);

describe('container disk: unpacked image layers plus a read-write layer', () => {
	it.each(LINUX_WORKLOADS)(
		'evaluate(%s container).diskMiB.perInstance = Σ unpacked layers + rw layer',
		(workload) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'container', workload })));
			expectClose(g.diskMiB.perInstance, imageMiB(workload) + rw(workload), 1e-12);
		}
	);

	it.each([1, 2, 50, 100_000])(
		'evaluate(%i nginx containers).diskMiB.total = image once + n × rw layer',
		(n) => {
			const r = evaluateOn({}, group({ kind: 'container', workload: 'nginx', count: n }));
			expectClose(groupOf(r).diskMiB.total, imageMiB('nginx') + n * rw('nginx'), 1e-12);
			expectClose(r.disk.usedMiB, imageMiB('nginx') + n * rw('nginx'), 1e-12);
			expectClose(r.disk.sharedSavedMiB, (n - 1) * imageMiB('nginx'), 1e-9);
		}
	);

	it('evaluate(nginx + postgres containers) stores their shared debian-12-slim base once', () => {
		expect(WORKLOADS.nginx.layers[0]).toBe('debian-12-slim');
		expect(WORKLOADS.postgres.layers[0]).toBe('debian-12-slim');
		const r = evaluateOn(
			{},
			group({ id: 'nginx', kind: 'container', workload: 'nginx' }),
			group({ id: 'postgres', kind: 'container', workload: 'postgres' })
		);
		const base = unpacked('debian-12-slim');
		expect(r.disk.sharedSavedMiB).toBeGreaterThan(0);
		expectClose(r.disk.sharedSavedMiB, base, 1e-12);
		expectClose(
			r.disk.usedMiB,
			imageMiB('nginx') + rw('nginx') + imageMiB('postgres') - base + rw('postgres'),
			1e-12
		);
		expectClose(groupOf(r, 'postgres').diskMiB.total, imageMiB('postgres') - base + rw('postgres'));
	});

	it('evaluate(hello + java-api containers) shares the alpine-3 base', () => {
		const r = evaluateOn(
			{},
			group({ id: 'a', kind: 'container', workload: 'hello' }),
			group({ id: 'b', kind: 'container', workload: 'java-api' })
		);
		expectClose(r.disk.sharedSavedMiB, unpacked('alpine-3'), 1e-12);
	});

	it('evaluate(hello + nginx containers) shares nothing: different bases', () => {
		const r = evaluateOn(
			{},
			group({ id: 'a', kind: 'container', workload: 'hello' }),
			group({ id: 'b', kind: 'container', workload: 'nginx' })
		);
		expect(r.disk.sharedSavedMiB).toBe(0);
	});

	it('evaluate(nginx containers, count 0) stores no image', () => {
		const r = evaluateOn({}, group({ kind: 'container', workload: 'nginx', count: 0 }));
		expect(r.disk.usedMiB).toBe(0);
	});
});

describe('VM disk: a guest OS image plus the app’s own layers', () => {
	const cases: [WorkloadId, 'vm' | 'microvm'][] = [
		...LINUX_WORKLOADS.map((w) => [w, 'vm'] as [WorkloadId, 'vm']),
		...LINUX_WORKLOADS.map((w) => [w, 'microvm'] as [WorkloadId, 'microvm']),
		['windows-iis', 'vm']
	];
	it.each(cases.filter(([, kind]) => kind === 'vm'))(
		'evaluate(%s %s).diskMiB.perInstance = guest OS disk + non-base layers unpacked',
		(workload, kind) => {
			const g = groupOf(evaluateOn({}, group({ kind, workload })));
			const os = GUEST_OSES[g.guestOs!];
			expectClose(g.diskMiB.perInstance, os.diskMiB.value + appLayersMiB(workload), 1e-12);
		}
	);

	it.each(cases.filter(([, kind]) => kind === 'microvm'))(
		'evaluate(%s %s) on its minimal guest = a small init + the whole image (base included), unpacked',
		(workload, kind) => {
			const g = groupOf(evaluateOn({}, group({ kind, workload })));
			expect(g.guestOs).toBe('minimal-linux');
			const whole = imageMiB(workload);
			expectClose(g.diskMiB.perInstance, GUEST_OSES['minimal-linux'].diskMiB.value + whole, 1e-12);
		}
	);

	it.each(LINUX_WORKLOADS)(
		'evaluate(%s microVM on Alpine) = the Alpine disk + non-base layers, like a VM',
		(workload) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'microvm', workload, guestOs: 'alpine-3' })));
			expectClose(
				g.diskMiB.perInstance,
				GUEST_OSES['alpine-3'].diskMiB.value + appLayersMiB(workload),
				1e-12
			);
		}
	);

	it('evaluate(5 full-disk nginx VMs).diskMiB.total = 5 × perInstance, nothing shared', () => {
		const r = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 5 }));
		expectClose(groupOf(r).diskMiB.total, 5 * groupOf(r).diskMiB.perInstance, 1e-12);
		expect(r.disk.sharedSavedMiB).toBe(0);
	});

	it('a VM’s disk is larger than a container’s for every Linux workload', () => {
		for (const workload of LINUX_WORKLOADS) {
			const vm = groupOf(evaluateOn({}, group({ kind: 'vm', workload })));
			const ct = groupOf(evaluateOn({}, group({ kind: 'container', workload })));
			expect(vm.diskMiB.perInstance, workload).toBeGreaterThan(ct.diskMiB.perInstance);
		}
	});
});

describe('linked-clone VMs: the first pays the base image, the others a delta', () => {
	const delta = SHARING.linkedCloneDeltaMiB.value;
	const full = GUEST_OSES['ubuntu-24.04'].diskMiB.value + appLayersMiB('nginx');

	it.each([1, 2, 10, 1000])(
		'evaluate(%i linked-clone nginx VMs).diskMiB.total = (full + delta) + (n − 1) × delta',
		(n) => {
			const r = evaluateOn(
				{},
				group({ kind: 'vm', workload: 'nginx', diskMode: 'linkedClone', count: n })
			);
			const g = groupOf(r);
			expectClose(g.diskMiB.perInstance, full + delta, 1e-12);
			expectClose(g.diskMiB.total, full + delta + (n - 1) * delta, 1e-12);
			expectClose(g.marginal.diskMiB, delta, 1e-12);
			expectClose(r.disk.sharedSavedMiB, (n - 1) * full, 1e-12);
		}
	);

	it('evaluate(two groups of linked-clone nginx VMs): the second group pays deltas only', () => {
		const r = evaluateOn(
			{},
			group({ id: 'a', kind: 'vm', workload: 'nginx', diskMode: 'linkedClone', count: 2 }),
			group({ id: 'b', kind: 'vm', workload: 'nginx', diskMode: 'linkedClone', count: 3 })
		);
		expectClose(groupOf(r, 'b').diskMiB.total, 3 * delta, 1e-12);
	});

	it('a linked clone of 10 VMs uses far less disk than 10 full copies', () => {
		const linked = evaluateOn(
			{},
			group({ kind: 'vm', workload: 'nginx', diskMode: 'linkedClone', count: 10 })
		);
		const copies = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', count: 10 }));
		expect(linked.disk.usedMiB).toBeLessThan(copies.disk.usedMiB / 5);
	});
});

describe('disk capacity', () => {
	it.each([1, 1000, 1024 * 1024])(
		'evaluate(host of %i GiB).disk.capacityMiB = GiB × 1024',
		(gib) => {
			expect(evaluateOn({ diskGiB: gib }).disk.capacityMiB).toBe(gib * 1024);
		}
	);
});
