/**
 * The isolation spectrum's kinds against their published figures — gVisor, Kata Containers,
 * Windows containers by isolation — and the one interface every kind implements.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	defaultScenario,
	ENGINE_INFO,
	KIND_MODULES,
	KINDS,
	kindTable,
	LAYERS,
	maxInstances,
	WORKLOADS,
	type Kind
} from '$lib/model';
import { GVISOR, KATA, WINDOWS_CONTAINERS } from '$lib/model/catalog';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

const MiB = 1048576;
const shim = ENGINE_INFO.docker.perContainerMiB.value;

describe('gvisor-performance: gVisor (runsc)', () => {
	it('the Sentry and Gofer cost what density.csv’s empty container adds: 23.7 MB − 4.1 MB', () => {
		expectClose(GVISOR.sentryMiB.value, (23_695_032.32 - 4_092_149.76) / MiB, 1e-12);
		const g = groupOf(evaluateOn({}, group({ kind: 'gvisor', workload: 'nginx' })));
		expectClose(g.memory.perInstance.runtime, shim + GVISOR.sentryMiB.value, 1e-12);
		expect(g.memory.perInstance.guestKernel).toBe(0);
	});
	it('CPU-bound work pays almost nothing (sysbench 103.62 → 103.21 events/s)', () => {
		expect(GVISOR.cpuOverheadPct.value).toBeCloseTo(((103.62 - 103.21) / 103.21) * 100, 9);
		expect(GVISOR.cpuOverheadPct.value).toBeLessThan(1);
	});
	it('syscall-heavy work pays a lot: HTTP node 885.81 → 375.13 and ruby 539.97 → 259.75 requests/s, spread over the benchmark apps’ I/O half', () => {
		const perRequest = ((885.81 / 375.13 - 1) * 100 + (539.97 / 259.75 - 1) * 100) / 2;
		const cpu = ((103.62 - 103.21) / 103.21) * 100;
		const s = GVISOR.benchmarkIoShare.value;
		expectClose(GVISOR.ioOverheadPct.value, (perRequest - (1 - s) * cpu) / s, 1e-12);
	});
	it('runsc’s cost is relative to runc’s: a Node API in gVisor serves 0.42–0.48 of what it does in a runc container (http.node, http.ruby)', () => {
		const on = (kind: Kind) =>
			groupOf(evaluateOn({}, group({ kind, workload: 'node-api', demandCores: 1 }))).cpu
				.demandCores;
		const ofRunc = on('container') / on('gvisor');
		expect(ofRunc).toBeGreaterThanOrEqual(375.13 / 885.81);
		expect(ofRunc).toBeLessThanOrEqual(259.75 / 539.97);
	});
	it('pure I/O lands inside Apache’s 10 MB file benchmark: 0.19–0.36 of runc (httpd10240k.csv)', () => {
		const shares = [243.35 / 674.05, 981.91 / 3089.83, 1135.08 / 4701.2, 963.26 / 5021.36];
		const pureIo = 1 / (1 + GVISOR.ioOverheadPct.value / 100);
		expect(pureIo).toBeGreaterThanOrEqual(Math.min(...shares));
		expect(pureIo).toBeLessThanOrEqual(Math.max(...shares));
	});
	it('with host networking runc pays no network cost, and gVisor still pays its own on top', () => {
		const on = (kind: Kind, containerNetwork: 'bridge' | 'host') =>
			groupOf(evaluateOn({ containerNetwork }, group({ kind, workload: 'node-api' }))).cpu
				.demandCores;
		expect(on('container', 'host')).toBeLessThan(on('container', 'bridge'));
		expectClose(
			on('container', 'bridge') / on('gvisor', 'bridge'),
			on('container', 'host') / on('gvisor', 'host'),
			1e-9
		);
	});
	it('each sandbox keeps its own library pages, while image layers are stored once on disk', () => {
		const r = evaluateOn({}, group({ kind: 'gvisor', workload: 'nginx', count: 10 }));
		const g = groupOf(r);
		expectClose(g.memory.totalMiB, 10 * g.memory.perInstanceMiB, 1e-12);
		expect(r.disk.sharedSavedMiB).toBeGreaterThan(0);
	});
	it('runs Linux containers only', () => {
		const g = groupOf(
			evaluateOn(
				{ os: 'windows', hypervisor: 'hyperv' },
				group({ kind: 'gvisor', workload: 'windows-iis' })
			)
		);
		expect(g.supported).toBe(false);
		expect(g.reason).toMatch(/Linux system-call interface/);
	});
});

describe('kata-deploy-runtimeclasses: Kata Containers', () => {
	it('a pod costs the declared 160 Mi overhead (VMM and shim, guest kernel, agent) plus the app', () => {
		const g = groupOf(evaluateOn({}, group({ kind: 'kata', workload: 'nginx' })));
		const p = g.memory.perInstance;
		expectClose(p.hypervisor + p.guestKernel + p.guestOs, KATA.podOverheadMiB.value, 1e-12);
		expect(KATA.podOverheadMiB.value).toBe(160);
		expect(p.app).toBe(WORKLOADS.nginx.appMiB.value);
	});
	it('boots its pod VM (about 0.5 s with QEMU, kata-boot-summary) before the container starts', () => {
		const g = groupOf(evaluateOn({}, group({ kind: 'kata', workload: 'nginx' })));
		expect(g.startup.phases.map((p) => p.phase)).toEqual(['sandbox', 'kernel', 'init', 'appStart']);
		expect(g.startup.phases.find((p) => p.phase === 'kernel')!.ms).toBe(500);
	});
	it('kata-1375: an idle sandbox keeps 0.019–0.048 cores busy; the model takes the middle', () => {
		expect(KATA.idleCores.value).toBeGreaterThan(0.019);
		expect(KATA.idleCores.value).toBeLessThan(0.048);
	});
	it('needs hardware virtualisation through Linux KVM, and runs Linux containers only', () => {
		for (const os of ['macos', 'windows'] as const) {
			const g = groupOf(
				evaluateOn({ os, hypervisor: 'virtualbox' }, group({ kind: 'kata', workload: 'nginx' }))
			);
			expect(g.reason).toMatch(/KVM/);
		}
		expect(
			groupOf(evaluateOn({}, group({ kind: 'kata', workload: 'windows-iis' }))).supported
		).toBe(false);
	});
	it('its VM takes vCPUs out of cores × overcommit, like a microVM', () => {
		const d = maxInstances(DEFAULT_HOST, { kind: 'kata', workload: 'hello' });
		expect(d.limitedBy).toBe('vcpus');
		expect(d.count).toBe(16 * 4);
	});
});

describe('windows-container-requirements: Windows containers by isolation', () => {
	const windows = { os: 'windows' as const, hypervisor: 'hyperv' as const };
	it('process isolation: the engine’s shim plus Server Core’s 50 MB minimum', () => {
		const g = groupOf(evaluateOn(windows, group({ kind: 'container', workload: 'windows-iis' })));
		expectClose(g.memory.perInstance.runtime, shim + 50, 1e-12);
		expect(g.memory.perInstance.guestKernel).toBe(0);
	});
	it('Hyper-V isolation: Server Core’s 325 MB with its own kernel, and a 1 GB page file on disk', () => {
		const proc = groupOf(
			evaluateOn(windows, group({ kind: 'container', workload: 'windows-iis' }))
		);
		const hv = groupOf(
			evaluateOn(
				windows,
				group({ kind: 'container', workload: 'windows-iis', isolation: 'hyperv' })
			)
		);
		const p = hv.memory.perInstance;
		expect(p.guestKernel + p.guestOs).toBe(WINDOWS_CONTAINERS.hypervMiB.value);
		expect(p.guestKernel).toBeGreaterThan(0);
		expectClose(hv.diskMiB.perInstance - proc.diskMiB.perInstance, 1024, 1e-9);
		expect(hv.startup.readyMs).toBeGreaterThan(proc.startup.readyMs);
	});
	it('windows-container-requirements: several Server Core containers under Hyper-V isolation run in 512 MB free “because those containers share resources”', () => {
		const r = evaluateOn(
			windows,
			group({ kind: 'container', workload: 'windows-iis', isolation: 'hyperv', count: 2 })
		);
		const g = groupOf(r);
		const utilityVms = g.memory.totalByLayer.guestKernel + g.memory.totalByLayer.guestOs;
		expect(utilityVms).toBeLessThanOrEqual(512 + 1e-9);
		expect(utilityVms).toBeGreaterThan(325);
		// Their library pages stay their own: each has its own kernel and page cache.
		expect(g.memory.totalByLayer.binsLibs).toBe(2 * g.memory.perInstance.binsLibs);
		expect(WINDOWS_CONTAINERS.hypervSharedShare.estimate).toBe(true);
		expect(WINDOWS_CONTAINERS.hypervSharedShare.source).toBe('windows-container-requirements');
	});
	it('the first Hyper-V isolated container pays its whole utility VM; a later group shares with it', () => {
		const hv = (id: string) =>
			group({ id, kind: 'container', workload: 'windows-iis', isolation: 'hyperv', count: 1 });
		const r = evaluateOn(windows, hv('a'), hv('b'));
		const a = groupOf(r, 'a').memory.totalMiB;
		const b = groupOf(r, 'b').memory.totalMiB;
		expectClose(a - b, WINDOWS_CONTAINERS.hypervSharedShare.value * 325, 1e-9);
	});
	it('a Windows container still needs a Windows host, whatever its isolation', () => {
		const g = groupOf(
			evaluateOn({}, group({ kind: 'container', workload: 'windows-iis', isolation: 'hyperv' }))
		);
		expect(g.reason).toMatch(/Windows kernel/);
	});
});

describe('the isolation spectrum: container → gVisor → Kata → microVM → VM', () => {
	const order: Kind[] = ['container', 'gvisor', 'kata', 'microvm', 'vm'];
	it('ranks the kinds from the weakest boundary to the strongest, each with its boundary and escape in words', () => {
		expect(order.map((k) => KIND_MODULES[k].isolation.rank)).toEqual([1, 2, 3, 4, 5]);
		for (const k of KINDS) {
			expect(KIND_MODULES[k].isolation.boundary.length).toBeGreaterThan(10);
			expect(KIND_MODULES[k].isolation.escape.length).toBeGreaterThan(30);
		}
	});
	it('buys isolation with memory: nginx per instance grows along the spectrum', () => {
		const table = kindTable(defaultScenario(), 'nginx');
		const mib = (k: Kind) => table.find((t) => t.kind === k)!.perInstanceMiB;
		for (let i = 1; i < order.length; i++)
			expect(mib(order[i]!)).toBeGreaterThan(mib(order[i - 1]!));
	});
	it('and with startup: a VM boots slowest, a Kata pod is slower than a plain container', () => {
		const table = kindTable(defaultScenario(), 'nginx');
		const ms = (k: Kind) => table.find((t) => t.kind === k)!.startup.readyMs;
		expect(ms('vm')).toBeGreaterThan(ms('kata'));
		expect(ms('kata')).toBeGreaterThan(ms('container'));
		expect(ms('gvisor')).toBeGreaterThan(ms('container'));
	});
});

describe('kindTable(scenario, workload): one workload as every kind', () => {
	it('gives every kind its figures, and each kind’s density agrees with maxInstances', () => {
		const s = defaultScenario();
		const table = kindTable(s, 'redis');
		expect(table.map((t) => t.kind)).toEqual([...KINDS]);
		for (const t of table) {
			expect(t.density).toEqual(maxInstances(s.host, { kind: t.kind, workload: 'redis' }));
			expect(LAYERS.reduce((sum, l) => sum + t.perInstance[l], 0)).toBeCloseTo(t.perInstanceMiB, 9);
		}
	});
	it('counts a kind with the sizing of the person’s group of it, and says so', () => {
		const s = defaultScenario();
		s.groups[0] = { ...s.groups[0]!, memoryMiB: 512 };
		const vm = kindTable(s, 'nginx').find((t) => t.kind === 'vm')!;
		expect(vm.sizing.groupId).toBe('g1');
		expect(vm.sizing.words).toMatch(/^Sized as “nginx as VMs”: 512 MiB RAM/);
		expect(vm.density).toEqual(
			maxInstances(s.host, { kind: 'vm', workload: 'nginx', memoryMiB: 512 })
		);
		const ct = kindTable(s, 'nginx').find((t) => t.kind === 'container')!;
		expect(ct.sizing.words).toMatch(/^Default sizing/);
	});
	it('gives warm and cold startups, the cold one pulling the image first', () => {
		const ct = kindTable(defaultScenario(), 'nginx').find((t) => t.kind === 'container')!;
		expect(ct.startup.cold.phases[0]!.phase).toBe('imagePull');
		expect(ct.startup.warm.readyMs).toBe(ct.startup.readyMs);
		expect(ct.startup.cold.readyMs).toBeGreaterThan(ct.startup.warm.readyMs);
	});
	it('says why a kind cannot run here', () => {
		const mac = {
			...defaultScenario(),
			host: { ...DEFAULT_HOST, os: 'macos' as const, hypervisor: 'apple-vz' as const }
		};
		const kata = kindTable(mac, 'nginx').find((t) => t.kind === 'kata')!;
		expect(kata.supported).toBe(false);
		expect(kata.density.count).toBe(0);
		expect(kata.reason).toMatch(/KVM/);
	});
});
