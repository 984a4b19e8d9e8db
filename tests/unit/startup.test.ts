/** Startup phases through evaluate(): VM firmware → app, microVM kernel → app, container pull → app. */
import { describe, expect, it } from 'vitest';
import {
	ENGINE_INFO,
	GUEST_OSES,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	WORKLOADS,
	type Phase,
	type WorkloadId
} from '$lib/model';
import { CONTAINERS } from '$lib/model/catalog';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

const LINUX_WORKLOADS = (Object.keys(WORKLOADS) as WorkloadId[]).filter(
	(w) => WORKLOADS[w].family === 'linux'
);
const phaseNames = (phases: { phase: Phase }[]) => phases.map((p) => p.phase);
const ms = (phases: { phase: Phase; ms: number }[], phase: Phase) =>
	phases.find((p) => p.phase === phase)?.ms;

/** Megabits in one MiB: 2^20 bytes × 8 bits ÷ 10^6. */
const MEGABITS_PER_MIB = (1048576 * 8) / 1e6;
const layersWithBytes = (w: WorkloadId) =>
	WORKLOADS[w].layers.filter((id) => IMAGE_LAYERS[id].compressedMiB.value > 0);
const compressedMiB = (w: WorkloadId) =>
	layersWithBytes(w).reduce((t, id) => t + IMAGE_LAYERS[id].compressedMiB.value, 0);

describe('a VM boots firmware → bootloader → kernel → init → app', () => {
	it.each(['kvm', 'esxi', 'virtualbox'] as const)(
		'evaluate(nginx VM on %s) has exactly the five VM phases',
		(hypervisor) => {
			const g = groupOf(evaluateOn({ hypervisor }, group({ kind: 'vm', workload: 'nginx' })));
			expect(phaseNames(g.startup.phases)).toEqual([
				'firmware',
				'bootloader',
				'kernel',
				'init',
				'appStart'
			]);
			expect(ms(g.startup.phases, 'firmware')).toBe(HYPERVISOR_INFO[hypervisor].firmwareMs.value);
		}
	);

	it('evaluate(nginx VM on KVM) firmware = 893 ms (QEMU init 30 + SeaBIOS 863, Merwick 2018)', () => {
		const g = groupOf(evaluateOn({ hypervisor: 'kvm' }, group({ kind: 'vm', workload: 'nginx' })));
		expect(ms(g.startup.phases, 'firmware')).toBe(30 + 863);
	});

	it.each(['ubuntu-24.04', 'debian-12', 'alpine-3'] as const)(
		'evaluate(nginx VM on %s) takes bootloader, kernel and init from the guest OS',
		(guestOs) => {
			const g = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'nginx', guestOs })));
			const os = GUEST_OSES[guestOs];
			expect(ms(g.startup.phases, 'bootloader')).toBe(os.bootloaderMs.value);
			expect(ms(g.startup.phases, 'kernel')).toBe(os.kernelBootMs.value);
			expect(ms(g.startup.phases, 'init')).toBe(os.initMs.value);
			expect(ms(g.startup.phases, 'appStart')).toBe(WORKLOADS.nginx.appStartMs.value);
		}
	);
});

describe('a microVM skips firmware and bootloader', () => {
	it.each(LINUX_WORKLOADS)('evaluate(%s microVM) = kernel (125 ms) → init → app', (workload) => {
		const g = groupOf(evaluateOn({}, group({ kind: 'microvm', workload })));
		expect(phaseNames(g.startup.phases)).toEqual(['kernel', 'init', 'appStart']);
		// Firecracker SPECIFICATION.md: ≤ 125 ms from InstanceStart to the guest's /sbin/init.
		expect(ms(g.startup.phases, 'kernel')).toBe(125);
		expect(ms(g.startup.phases, 'init')).toBe(GUEST_OSES[g.guestOs!].initMs.value);
	});
});

describe('a container starts: (pull → unpack when cold) → sandbox → app', () => {
	it.each(['docker', 'containerd', 'podman'] as const)(
		'evaluate(warm nginx container on %s) = sandbox → appStart',
		(engine) => {
			const g = groupOf(
				evaluateOn({ engine, imageCache: 'warm' }, group({ kind: 'container', workload: 'nginx' }))
			);
			expect(phaseNames(g.startup.phases)).toEqual(['sandbox', 'appStart']);
			expect(ms(g.startup.phases, 'sandbox')).toBe(ENGINE_INFO[engine].sandboxMs.value);
		}
	);

	it('evaluate(containerd container) sandbox = 250 ms (containerd create + start, moby#21737)', () => {
		const g = groupOf(
			evaluateOn({ engine: 'containerd' }, group({ kind: 'container', workload: 'hello' }))
		);
		expect(ms(g.startup.phases, 'sandbox')).toBe(250);
	});

	it.each(LINUX_WORKLOADS)(
		'evaluate(cold %s container) = imagePull → unpack → sandbox → appStart',
		(workload) => {
			const g = groupOf(evaluateOn({ imageCache: 'cold' }, group({ kind: 'container', workload })));
			expect(phaseNames(g.startup.phases)).toEqual(['imagePull', 'unpack', 'sandbox', 'appStart']);
			const unpackMs =
				((compressedMiB(workload) * CONTAINERS.unpackRatio.value) /
					CONTAINERS.unpackMiBPerS.value) *
				1000;
			expectClose(ms(g.startup.phases, 'unpack')!, unpackMs, 1e-9);
		}
	);

	// imagePull = compressed megabits ÷ Mbit/s + one registry round trip per layer.
	const speeds = [1, 10, 100, 1000, 10_000, 400_000];
	it.each(speeds)('evaluate(cold java-api container at %i Mbit/s) pull time', (networkMbps) => {
		const g = groupOf(
			evaluateOn(
				{ imageCache: 'cold', networkMbps },
				group({ kind: 'container', workload: 'java-api' })
			)
		);
		const transferMs = ((compressedMiB('java-api') * MEGABITS_PER_MIB) / networkMbps) * 1000;
		const roundTrips = layersWithBytes('java-api').length * CONTAINERS.registryRoundTripMs.value;
		expectClose(ms(g.startup.phases, 'imagePull')!, transferMs + roundTrips, 1e-9);
	});

	it('evaluate(cold container) pull transfer time is inversely proportional to networkMbps', () => {
		const transfer = (networkMbps: number) => {
			const g = groupOf(
				evaluateOn(
					{ imageCache: 'cold', networkMbps },
					group({ kind: 'container', workload: 'node-api' })
				)
			);
			const roundTrips = layersWithBytes('node-api').length * CONTAINERS.registryRoundTripMs.value;
			return ms(g.startup.phases, 'imagePull')! - roundTrips;
		};
		const base = transfer(100);
		for (const speed of speeds) expectClose(transfer(speed) * speed, base * 100, 1e-9, `${speed}`);
	});

	it('evaluate(Windows IIS container on Windows) has the slow Windows container start', () => {
		const g = groupOf(
			evaluateOn(
				{ os: 'windows', hypervisor: 'hyperv' },
				group({ kind: 'container', workload: 'windows-iis' })
			)
		);
		expect(ms(g.startup.phases, 'sandbox')).toBe(CONTAINERS.windowsSandboxMs.value);
	});
});

describe('readyMs and the boot race', () => {
	it.each(['vm', 'microvm', 'container'] as const)(
		'evaluate(every workload as a %s).readyMs = Σ phases',
		(kind) => {
			for (const imageCache of ['warm', 'cold'] as const) {
				for (const workload of LINUX_WORKLOADS) {
					const g = groupOf(evaluateOn({ imageCache }, group({ kind, workload })));
					const total = g.startup.phases.reduce((t, p) => t + p.ms, 0);
					expectClose(g.startup.readyMs, total, 1e-12, workload);
					expect(g.startup.readyMs).toBeGreaterThan(0);
				}
			}
		}
	);

	it.each(LINUX_WORKLOADS)(
		'readyMs(%s): VM > microVM > warm container on Linux/KVM',
		(workload) => {
			const ready = (kind: 'vm' | 'microvm' | 'container') =>
				groupOf(evaluateOn({}, group({ kind, workload }))).startup.readyMs;
			expect(ready('vm')).toBeGreaterThan(ready('microvm'));
			expect(ready('microvm')).toBeGreaterThan(ready('container'));
		}
	);

	it('evaluate(Windows VM) boots slower than a Linux VM', () => {
		const win = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'windows-iis' })));
		const lin = groupOf(evaluateOn({}, group({ kind: 'vm', workload: 'nginx' })));
		expect(win.startup.readyMs).toBeGreaterThan(lin.startup.readyMs);
	});
});
