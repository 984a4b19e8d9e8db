/** Memory through evaluate(): per-instance layers, sharing between instances, host-level costs. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	ENGINE_INFO,
	GUEST_OSES,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	LAYERS,
	WORKLOADS,
	type Layer
} from '$lib/model';
import { sumParts, SHARING, UTILITY_VM } from '$lib/model/catalog';
import { utilityVmLayers } from '$lib/model/memory';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

const ubuntu = GUEST_OSES['ubuntu-24.04'];
const nginx = WORKLOADS.nginx;
const K = ubuntu.kernelMiB.value;
const O = ubuntu.servicesMiB.value;
const B = nginx.binsLibsMiB.value;
const A = nginx.appMiB.value;
const sum = (layers: Record<Layer, number>) => LAYERS.reduce((t, l) => t + layers[l], 0);

describe('a VM’s allocated RAM fills kernel → guest OS → bins/libs → app, the rest idle', () => {
	// [allocated MiB, guestKernel, guestOs, binsLibs, app, idle] for an nginx VM on Ubuntu.
	const cases: [string, number, number, number, number, number, number][] = [
		['plenty (4096 MiB)', 4096, K, O, B, A, 4096 - K - O - B - A],
		['exactly enough', K + O + B + A, K, O, B, A, 0],
		['short of the app', K + O + B + A / 2, K, O, B, A / 2, 0],
		['short of bins/libs', K + O + B / 2, K, O, B / 2, 0, 0],
		['short of the guest OS', K + O / 2, K, O / 2, 0, 0, 0],
		['short of the kernel', K / 2, K / 2, 0, 0, 0, 0]
	];
	it.each(cases)(
		'evaluate(nginx VM with RAM %s) fills the layers in order',
		(_name, memoryMiB, guestKernel, guestOs, binsLibs, app, idle) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'nginx', memoryMiB })));
			const p = g.memory.perInstance;
			expectClose(p.guestKernel, guestKernel, 1e-12, 'guestKernel');
			expectClose(p.guestOs, guestOs, 1e-12, 'guestOs');
			expectClose(p.binsLibs, binsLibs, 1e-12, 'binsLibs');
			expectClose(p.app, app, 1e-12, 'app');
			expectClose(p.idle, idle, 1e-12, 'idle');
			// Everything the guest holds is exactly what was allocated to it.
			expectClose(p.guestKernel + p.guestOs + p.binsLibs + p.app + p.idle, memoryMiB, 1e-12);
			expect(p.hostOs + p.engine + p.runtime).toBe(0);
		}
	);

	it.each(['vm', 'microvm', 'container'] as const)(
		'evaluate(one %s of every workload): per-instance layers sum to perInstanceMiB',
		(kind) => {
			let supported = 0;
			for (const host of [{}, { os: 'windows', hypervisor: 'hyperv' }] as const) {
				for (const workload of Object.keys(WORKLOADS) as (keyof typeof WORKLOADS)[]) {
					const g = groupOf(evaluateOn(host, group({ kind, workload })));
					if (!g.supported) continue;
					supported++;
					expect(g.memory.perInstanceMiB).toBeGreaterThan(0);
					expectClose(sum(g.memory.perInstance), g.memory.perInstanceMiB, 1e-12, workload);
				}
			}
			expect(supported).toBeGreaterThanOrEqual(7);
		}
	);

	it('evaluate(a starved nginx VM of 200 MiB) has idle 0 and warns about the group', () => {
		const report = evaluateOn({}, group({ kind: 'vm', workload: 'nginx', memoryMiB: 200 }));
		expect(groupOf(report).memory.perInstance.idle).toBe(0);
		const warnings = report.notes.filter((n) => n.level === 'warning' && n.groupId === 'g1');
		expect(warnings.length).toBeGreaterThanOrEqual(1);
		expect(warnings.map((n) => n.message).join(' ')).toMatch(/more than its 200 MiB/);
	});

	it('evaluate(an nginx VM with its default RAM) adds no warning', () => {
		const report = evaluateOn({}, group({ kind: 'vm', workload: 'nginx' }));
		expect(report.notes.filter((n) => n.level !== 'info')).toEqual([]);
	});
});

describe('containers carry no guest kernel, guest OS or idle memory', () => {
	it.each(['docker', 'containerd', 'podman'] as const)(
		'evaluate(nginx container on %s) = runtime + bins/libs + app',
		(engine) => {
			const p = groupOf(evaluateOn({ engine }, group({ kind: 'container', workload: 'nginx' })))
				.memory.perInstance;
			expect([p.guestKernel, p.guestOs, p.idle, p.hypervisor, p.hostOs, p.engine]).toEqual([
				0, 0, 0, 0, 0, 0
			]);
			expect(p.runtime).toBe(ENGINE_INFO[engine].perContainerMiB.value);
			expect(p.binsLibs).toBe(B);
			expect(p.app).toBe(A);
		}
	);

	it('evaluate(a container limited below its need) warns of OOM', () => {
		const report = evaluateOn(
			{},
			group({ kind: 'container', workload: 'java-api', memoryMiB: 128 })
		);
		expect(report.notes.some((n) => n.level === 'warning' && /OOM/.test(n.message))).toBe(true);
	});
});

describe('containers of one image pay bins/libs once per host', () => {
	it.each([1, 2, 10, 1000])(
		'evaluate(%i nginx containers).totalMiB = perInstance + (n − 1) × (perInstance − binsLibs)',
		(n) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'container', workload: 'nginx', count: n })));
			const per = g.memory.perInstanceMiB;
			expectClose(g.memory.totalMiB, per + (n - 1) * (per - B), 1e-12);
		}
	);

	it('evaluate(two groups of nginx containers): the second pays no bins/libs at all', () => {
		const report = evaluateOn(
			{},
			group({ id: 'a', kind: 'container', workload: 'nginx', count: 3 }),
			group({ id: 'b', kind: 'container', workload: 'nginx', count: 5 })
		);
		const b = groupOf(report, 'b');
		expectClose(b.memory.totalMiB, 5 * (b.memory.perInstanceMiB - B), 1e-12);
		expectClose(report.memory.byLayer.binsLibs, B, 1e-12, 'binsLibs once per host');
		expectClose(report.memory.sharedSavedMiB, (3 + 5 - 1) * B, 1e-12);
	});

	it('evaluate(nginx and redis containers): different images share no library pages', () => {
		const report = evaluateOn(
			{},
			group({ id: 'a', kind: 'container', workload: 'nginx' }),
			group({ id: 'b', kind: 'container', workload: 'redis' })
		);
		expect(report.memory.sharedSavedMiB).toBe(0);
	});
});

describe('page sharing (KSM/TPS) between identical VMs', () => {
	const vms = (pageSharing: boolean) =>
		evaluateOn({ pageSharing }, group({ kind: 'vm', workload: 'nginx', count: 4 }));

	it('evaluate(4 nginx VMs, pageSharing off) shares nothing', () => {
		const off = vms(false);
		expect(off.memory.sharedSavedMiB).toBe(0);
		expectClose(groupOf(off).memory.totalMiB, 4 * groupOf(off).memory.perInstanceMiB, 1e-12);
	});

	it('evaluate(4 nginx VMs, pageSharing on) saves (n − 1) × share × (kernel + OS + bins/libs) + n × zero share × idle', () => {
		const on = vms(true);
		const off = vms(false);
		const f = SHARING.pageShareFraction.value;
		const idle = groupOf(off).memory.perInstance.idle;
		expect(idle).toBeGreaterThan(0);
		const expected = 3 * f * (K + O + B) + 4 * SHARING.zeroPageShareFraction.value * idle;
		expect(on.memory.sharedSavedMiB).toBeGreaterThan(0);
		expectClose(on.memory.sharedSavedMiB, expected, 1e-12);
		expectClose(groupOf(on).memory.totalMiB, groupOf(off).memory.totalMiB - expected, 1e-12);
		expect(on.memory.usedMiB).toBeLessThan(off.memory.usedMiB);
	});

	it('evaluate(4 nginx VMs, pageSharing on) says what it saves and what it costs', () => {
		const notes = vms(true).notes.filter((n) => n.level === 'info');
		expect(
			notes.some((n) => /Page sharing saves/.test(n.message) && /isolation/.test(n.message))
		).toBe(true);
	});

	it('evaluate(nginx VM + redis VM on Ubuntu, pageSharing on) share kernel and OS pages, not libraries', () => {
		const r = evaluateOn(
			{ pageSharing: true },
			group({ id: 'a', kind: 'vm', workload: 'nginx' }),
			group({ id: 'b', kind: 'vm', workload: 'redis' })
		);
		const f = SHARING.pageShareFraction.value;
		const zero =
			SHARING.zeroPageShareFraction.value *
			(groupOf(r, 'a').memory.perInstance.idle + groupOf(r, 'b').memory.perInstance.idle);
		expectClose(r.memory.sharedSavedMiB, f * (K + O) + zero, 1e-12);
	});

	it('evaluate(a starved VM, then a full one, pageSharing on) shares only the pages the first has', () => {
		const starved = K / 2; // the first VM holds half a kernel and nothing else
		const r = evaluateOn(
			{ pageSharing: true },
			group({ id: 'a', kind: 'vm', workload: 'nginx', memoryMiB: starved }),
			group({ id: 'b', kind: 'vm', workload: 'nginx' })
		);
		const zero = SHARING.zeroPageShareFraction.value * groupOf(r, 'b').memory.perInstance.idle;
		expectClose(r.memory.sharedSavedMiB, SHARING.pageShareFraction.value * starved + zero, 1e-12);
	});

	it('evaluate(1 nginx VM, pageSharing on) shares only its own zero pages', () => {
		const r = evaluateOn({ pageSharing: true }, group({ kind: 'vm', workload: 'nginx' }));
		const idle = groupOf(r).memory.perInstance.idle;
		expectClose(r.memory.sharedSavedMiB, SHARING.zeroPageShareFraction.value * idle, 1e-12);
	});

	it('evaluate(4 nginx VMs, pageSharing on, RAM backed on touch) has no zero pages resident to share', () => {
		const r = evaluateOn(
			{ pageSharing: true, guestMemory: 'onTouch' },
			group({ kind: 'vm', workload: 'nginx', count: 4 })
		);
		expect(groupOf(r).memory.perInstance.idle).toBe(0);
		expectClose(r.memory.sharedSavedMiB, 3 * SHARING.pageShareFraction.value * (K + O + B), 1e-12);
	});

	it('vmware-memory-sharing: ten identical default nginx VMs free more than thirty percent, and no more than Waldspurger’s best case of 67 %', () => {
		const on = evaluateOn(
			{ pageSharing: true },
			group({ kind: 'vm', workload: 'nginx', count: 10 })
		);
		const share = on.memory.sharedSavedMiB / (10 * groupOf(on).memory.perInstanceMiB);
		expect(share).toBeGreaterThan(SHARING.identicalVmsShare.value);
		expect(share).toBeLessThanOrEqual(0.67);
	});

	it('vmware-memory-sharing: diverse VMs that use their RAM (no idle pages) free less than five percent', () => {
		const r = evaluateOn(
			{ pageSharing: true },
			group({ id: 'a', kind: 'vm', workload: 'java-api', guestOs: 'ubuntu-24.04', memoryMiB: 730 }),
			group({ id: 'b', kind: 'vm', workload: 'postgres', guestOs: 'debian-12', memoryMiB: 400 }),
			group({ id: 'c', kind: 'vm', workload: 'redis', guestOs: 'alpine-3', memoryMiB: 123 })
		);
		const total = r.groups.reduce((s, g) => s + g.count * g.memory.perInstanceMiB, 0);
		expect(r.memory.sharedSavedMiB / total).toBeLessThan(SHARING.diverseVmsShare.value);
	});
});

describe('host-level costs appear once, and only when something needs them', () => {
	const engine = sumParts(ENGINE_INFO.docker.daemons);
	const kvmBase = sumParts(HYPERVISOR_INFO.kvm.hostServices);

	it('evaluate(empty Linux host) pays only the host OS', () => {
		const r = evaluateOn({});
		expect(r.memory.hostLevel.hostOs).toBe(HOST_OS_INFO.linux.memoryMiB.value);
		expect(r.memory.usedMiB).toBe(HOST_OS_INFO.linux.memoryMiB.value);
	});

	it.each([
		['container', 1, engine, 0],
		['container', 0, 0, 0],
		['vm', 1, 0, kvmBase],
		['vm', 0, 0, 0],
		['microvm', 1, 0, 0]
	] as const)(
		'evaluate(%s × %i on Linux/KVM) has byLayer.engine = %f and byLayer.hypervisor base = %f',
		(kind, count, engineMiB, hypervisorBase) => {
			const r = evaluateOn({}, group({ kind, workload: 'nginx', count }));
			expect(r.memory.byLayer.engine).toBe(engineMiB);
			expect(r.memory.hostLevel.engine).toBe(engineMiB);
			expect(r.memory.hostLevel.hypervisor).toBe(hypervisorBase);
		}
	);

	it('evaluate(10 groups of containers) counts the engine daemon once', () => {
		const groups = Array.from({ length: 10 }, (_, i) =>
			group({ id: `c${i}`, kind: 'container', workload: 'redis', count: 3 })
		);
		expect(evaluateOn({}, ...groups).memory.byLayer.engine).toBe(engine);
	});

	it.each(['macos', 'windows'] as const)(
		'docker-resource-saver: Linux containers on a %s host add the hidden Linux VM, 2 GB at idle with the engine',
		(os) => {
			const hypervisor = os === 'windows' ? 'hyperv' : 'virtualbox';
			const r = evaluateOn({ os, hypervisor }, group({ kind: 'container', workload: 'nginx' }));
			const u = utilityVmLayers(r.utilityVm ? { ...DEFAULT_HOST, os, hypervisor } : DEFAULT_HOST);
			expect(r.memory.hostLevel.guestKernel).toBe(u.guestKernel);
			expect(r.memory.hostLevel.guestOs).toBe(u.guestOs);
			expect(r.memory.hostLevel.hypervisor).toBe(u.hypervisor);
			// The VM's layers and the engine inside it add up to Docker's "2 GBs or more".
			expectClose(u.hypervisor + u.guestKernel + u.guestOs + engine, 2e9 / 1048576, 1e-12);
			expect(r.utilityVm?.idleMiB).toBeCloseTo(UTILITY_VM.idleMiB.value, 9);
			const info = r.notes.filter((n) => n.level === 'info' && /no Linux kernel/.test(n.message));
			expect(info).toHaveLength(1);
		}
	);

	it('evaluate(Linux containers on a Linux host) needs no utility VM', () => {
		const r = evaluateOn({}, group({ kind: 'container', workload: 'nginx' }));
		expect(r.memory.hostLevel.guestKernel + r.memory.hostLevel.guestOs).toBe(0);
		expect(r.notes.some((n) => /no Linux kernel/.test(n.message))).toBe(false);
		expect(r.utilityVm).toBeNull();
	});

	it('evaluate(Windows containers on a Windows host) needs no utility VM', () => {
		const r = evaluateOn(
			{ os: 'windows', hypervisor: 'hyperv' },
			group({ kind: 'container', workload: 'windows-iis' })
		);
		expect(r.memory.hostLevel.guestKernel + r.memory.hostLevel.guestOs).toBe(0);
		expect(r.memory.hostLevel.engine).toBe(engine);
	});

	it.each(['linux', 'windows', 'macos'] as const)(
		'evaluate(VMs on an ESXi host, os setting %s) has hostOs 0 and ESXi’s own footprint',
		(os) => {
			const r = evaluateOn({ os, hypervisor: 'esxi' }, group({ kind: 'vm', workload: 'nginx' }));
			expect(r.memory.hostLevel.hostOs).toBe(0);
			expect(r.memory.byLayer.hostOs).toBe(0);
			expect(r.memory.hostLevel.hypervisor).toBe(sumParts(HYPERVISOR_INFO.esxi.hostServices));
		}
	);
});
