import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	ENGINE_INFO,
	evaluate,
	GUEST_OSES,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	KINDS,
	kindTable,
	utilityVmParts,
	WORKLOADS,
	type Group,
	type Host,
	type Scenario
} from '$lib/model';
import { explain } from '$lib/model/explain';
import { explainFigure } from '$lib/model/explain/sourced';
import { isolationSpectrum } from '$lib/model/reportSpectrum';

const on = (host: Partial<Host>, groups: Group[]): Scenario => ({
	version: 1,
	name: 't',
	host: { ...DEFAULT_HOST, ...host },
	groups
});
const g = (id: string, kind: Group['kind'], workload: Group['workload'], count: number): Group => ({
	id,
	kind,
	workload,
	count
});

describe('Report.platform', () => {
	it.each([
		['linux', 'kvm', 'docker', 'kernel'],
		['linux', 'virtualbox', 'podman', 'hosted'],
		['windows', 'hyperv', 'containerd', 'partition']
	] as const)(
		'names %s, %s and %s from the catalog, the hypervisor placed as %s',
		(os, hv, en, at) => {
			const r = evaluate(on({ os, hypervisor: hv, engine: en }, []));
			expect(r.platform).toMatchObject({
				hostOsName: HOST_OS_INFO[os].name,
				hypervisorName: HYPERVISOR_INFO[hv].name,
				engineName: ENGINE_INFO[en].name,
				placement: at
			});
		}
	);
	it('counts the hypervisor’s services while VMs run, as the host-level memory does', () => {
		const none = evaluate(on({}, [g('c', 'container', 'nginx', 2)]));
		const vms = evaluate(on({}, [g('v', 'vm', 'nginx', 2)]));
		expect(none.platform.hypervisorServicesMiB).toBe(0);
		expect(vms.platform.hypervisorServicesMiB).toBeGreaterThan(0);
		expect(vms.platform.hypervisorServicesMiB).toBeCloseTo(vms.memory.hostLevel.hypervisor, 6);
	});
	it('ESXi is the host: its services are always paid', () => {
		const r = evaluate(on({ hypervisor: 'esxi' }, []));
		expect(r.platform.placement).toBe('bare');
		expect(r.platform.hypervisorServicesMiB).toBeGreaterThan(0);
	});
});

describe('GroupReport.guestOsName and Report.workloads', () => {
	it('names a VM’s guest OS, and none for a container', () => {
		const r = evaluate(on({}, [g('v', 'vm', 'nginx', 1), g('c', 'container', 'nginx', 1)]));
		expect(r.groups[0]!.guestOsName).toBe(GUEST_OSES[r.groups[0]!.guestOs!].name);
		expect(r.groups[1]!.guestOsName).toBeUndefined();
	});
	it('lists each workload’s image, layers and read-write layer', () => {
		const nginx = evaluate(on({}, [])).workloads.find((w) => w.id === 'nginx')!;
		expect(nginx.image).toBe(WORKLOADS.nginx.image);
		expect(nginx.layers.map((l) => l.id)).toEqual(WORKLOADS.nginx.layers);
		expect(nginx.rwLayerMiB).toBe(WORKLOADS.nginx.rwLayerMiB.value);
		expect(nginx.layers.every((l) => l.unpackedMiB > l.compressedMiB)).toBe(true);
	});
});

describe('Report.utilityVm.parts', () => {
	it('adds up to the hidden VM’s idle footprint on macOS, and is absent on Linux', () => {
		const mac = evaluate(
			on({ os: 'macos', hypervisor: 'apple-vz' }, [g('c', 'container', 'nginx', 1)])
		);
		expect(mac.utilityVm!.parts.totalMiB).toBeCloseTo(mac.utilityVm!.idleMiB, 6);
		expect(mac.utilityVm!.parts).toEqual(
			utilityVmParts({ ...DEFAULT_HOST, os: 'macos', hypervisor: 'apple-vz' })
		);
		expect(evaluate(on({}, [g('c', 'container', 'nginx', 1)])).utilityVm).toBeNull();
	});
});

describe('Report.startup (every group started together)', () => {
	it('is the slowest group’s time, names it and what holds it back', () => {
		const r = evaluate(on({}, [g('c', 'container', 'nginx', 50), g('v', 'vm', 'nginx', 3)]));
		const slowest = r.groups.reduce((a, b) =>
			b.startup.allReadyMs > a.startup.allReadyMs ? b : a
		);
		expect(r.startup.allReadyMs).toBeGreaterThanOrEqual(slowest.startup.allReadyMs);
		expect(r.startup.groupId).toBe(slowest.id);
		if (r.startup.limitedBy !== 'cpu')
			expect(r.startup.limitedBy).toBe(slowest.startup.allReadyLimitedBy);
	});
	it('is CPU-bound when every start together outweighs the slowest group alone', () => {
		const r = evaluate(
			on({ cpuCores: 1 }, [
				g('a', 'vm', 'nginx', 1),
				g('b', 'vm', 'redis', 1),
				g('c', 'vm', 'postgres', 1)
			])
		);
		expect(r.startup.limitedBy).toBe('cpu');
		expect(r.startup.allReadyMs).toBeGreaterThan(
			Math.max(...r.groups.map((x) => x.startup.allReadyMs))
		);
	});
	it('is 0 and held back by nothing on an empty host', () => {
		expect(evaluate(on({}, [])).startup).toEqual({
			allReadyMs: 0,
			limitedBy: 'none',
			groupId: null
		});
	});
	it('is explained (explain target allReady with no group) with the same value, the slowest group a part', () => {
		const s = on({}, [g('c', 'container', 'nginx', 500), g('v', 'vm', 'nginx', 2)]);
		const r = evaluate(s);
		const ex = explain(s, { type: 'allReady' })!;
		expect(ex.value).toBeCloseTo(r.startup.allReadyMs, 6);
		expect(ex.inputs[0]!.target).toEqual({ type: 'allReady', groupId: r.startup.groupId });
	});
});

describe('explainFigure', () => {
	it('names each source the explanation rests on', () => {
		const s = on({}, [g('v', 'vm', 'nginx', 1)]);
		const ex = explainFigure(s, { type: 'layer', groupId: 'v', layer: 'hypervisor' })!;
		expect(ex.sources.length).toBeGreaterThan(0);
		expect(ex.sources.every((x) => x.title.length > 0 && x.where.length > 0)).toBe(true);
		expect(ex.inputs.every((i) => i.sourceName.length > 0)).toBe(true);
	});
});

describe('isolationSpectrum', () => {
	it('places the five kinds from the host’s kernel to a guest kernel, with kindTable’s figures', () => {
		const s = on({}, []);
		const spectrum = isolationSpectrum(s, 'nginx');
		const table = kindTable(s, 'nginx');
		expect(spectrum.map((e) => e.kind)).toEqual(['container', 'gvisor', 'kata', 'microvm', 'vm']);
		expect(spectrum.map((e) => e.kernel)).toEqual(['host', 'userSpace', 'guest', 'guest', 'guest']);
		for (const e of spectrum) {
			const k = table.find((t) => t.kind === e.kind)!;
			expect(e.memoryMiB).toBe(k.perInstanceMiB);
			expect(e.readyMs).toBe(k.startup.readyMs);
			expect(e.density).toEqual(k.density);
			expect(e.sources.length).toBeGreaterThan(0);
		}
		expect(KINDS.length).toBe(5);
	});
	it('adds a Windows container with process and with Hyper-V isolation on a Windows host', () => {
		const s = on({ os: 'windows', hypervisor: 'hyperv' }, []);
		const spectrum = isolationSpectrum(s, 'nginx');
		const proc = spectrum.find((e) => e.id === 'container-process')!;
		const hv = spectrum.find((e) => e.id === 'container-hyperv')!;
		expect(proc.kernel).toBe('host');
		expect(hv.kernel).toBe('guest');
		expect(hv.memoryMiB).toBeGreaterThan(proc.memoryMiB);
		const r = evaluate(
			on({ os: 'windows', hypervisor: 'hyperv' }, [
				{ ...g('h', 'container', 'windows-iis', 1), isolation: 'hyperv' }
			])
		);
		expect(hv.memoryMiB).toBe(r.groups[0]!.memory.perInstanceMiB);
		expect(spectrum.indexOf(proc)).toBeLessThan(spectrum.indexOf(hv));
		expect(isolationSpectrum(on({}, []), 'nginx').some((e) => e.isolation)).toBe(false);
	});
});
