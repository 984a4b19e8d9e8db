/** choices.ts: what a person may choose for a host or a group, read from the model's own tables. */
import { describe, expect, it } from 'vitest';
import {
	CONTAINER_NETWORK_CHOICES,
	DEFAULT_HOST,
	defaultDemandCores,
	defaultMaxPods,
	ENGINE_CHOICES,
	ENGINES,
	evaluate,
	GUEST_MEMORY_CHOICES,
	GUEST_OSES,
	guestOsChoices,
	HOST_OS_CHOICES,
	HOST_OSES,
	HYPERVISOR_CHOICES,
	HYPERVISOR_INFO,
	HYPERVISORS,
	IMAGE_CACHE_CHOICES,
	ISOLATION_CHOICES,
	KINDS,
	KUBE_PLATFORM_CHOICES,
	KUBE_PLATFORMS,
	NETWORK_MODES,
	NODE_PRESET_CHOICES,
	utilityVmChoice,
	WORKLOADS,
	type OwnWorkload
} from '$lib/model';
import { EKS_INSTANCES, NODE_PRESETS } from '$lib/model/catalog/kubernetes';

describe('host choices cover every value the model accepts, with its label', () => {
	it.each([
		['HOST_OS_CHOICES', HOST_OS_CHOICES, HOST_OSES],
		['ENGINE_CHOICES', ENGINE_CHOICES, ENGINES],
		['IMAGE_CACHE_CHOICES', IMAGE_CACHE_CHOICES, ['warm', 'cold']],
		['CONTAINER_NETWORK_CHOICES', CONTAINER_NETWORK_CHOICES, ['bridge', 'host']],
		['GUEST_MEMORY_CHOICES', GUEST_MEMORY_CHOICES, ['reserved', 'onTouch']],
		['ISOLATION_CHOICES', ISOLATION_CHOICES, ['process', 'hyperv']],
		['KUBE_PLATFORM_CHOICES', KUBE_PLATFORM_CHOICES, KUBE_PLATFORMS]
	] as const)('%s lists exactly the model’s values, each labelled', (_, choices, values) => {
		expect(choices.map((c) => c.value)).toEqual([...values]);
		for (const c of choices) expect(c.label.length).toBeGreaterThan(1);
	});

	it('HYPERVISOR_CHOICES keeps the model’s order and facts, with bare metal as hostOses null', () => {
		expect(Object.keys(HYPERVISOR_CHOICES)).toEqual([...HYPERVISORS]);
		for (const hv of HYPERVISORS) {
			expect(HYPERVISOR_CHOICES[hv].name).toBe(HYPERVISOR_INFO[hv].name);
			expect(HYPERVISOR_CHOICES[hv].type).toBe(HYPERVISOR_INFO[hv].type);
			expect(HYPERVISOR_CHOICES[hv].hostOses).toBe(HYPERVISOR_INFO[hv].hostOses);
		}
		expect(HYPERVISOR_CHOICES.esxi.hostOses).toBeNull();
	});

	it('HYPERVISOR_CHOICES.allEstimates is true only where every figure is an estimate', () => {
		// KVM's figures are published (Felter, KubeVirt): not all estimates.
		expect(HYPERVISOR_CHOICES.kvm.allEstimates).toBe(false);
		for (const hv of HYPERVISORS) {
			const h = HYPERVISOR_INFO[hv];
			if (HYPERVISOR_CHOICES[hv].allEstimates) {
				expect(h.overhead).toBe('process');
				expect(h.cpuOverheadPct.estimate && h.ioOverheadPct.estimate).toBe(true);
			}
		}
	});
});

describe('CONTAINER_NETWORK_CHOICES say what each costs, from the cited figure', () => {
	it.each(CONTAINER_NETWORK_CHOICES.map((c) => [c.value, c] as const))(
		'%s carries the catalog’s cost per I/O and says it',
		(value, c) => {
			expect(c.ioOverheadPct).toBe(NETWORK_MODES[value].ioOverheadPct.value);
			expect(c.source).toBe(NETWORK_MODES[value].ioOverheadPct.source);
		}
	);
	it('the bridge costs more than host networking, and its description gives the percentage', () => {
		const [bridge, host] = CONTAINER_NETWORK_CHOICES;
		expect(bridge!.ioOverheadPct).toBeGreaterThan(host!.ioOverheadPct);
		expect(bridge!.description).toContain(`${Math.round(bridge!.ioOverheadPct)} %`);
		expect(host!.description).toContain('about what it costs natively');
	});
});

describe('GUEST_MEMORY_CHOICES', () => {
	it('backed on touch names its risk (swap, OOM); reserved up front has none', () => {
		const [reserved, onTouch] = GUEST_MEMORY_CHOICES;
		expect(reserved!.risk).toBe('');
		expect(onTouch!.risk).toMatch(/swaps/);
		expect(onTouch!.risk).toMatch(/out-of-memory killer/);
	});
});

describe('ISOLATION_CHOICES', () => {
	it('say Windows client editions allow only Hyper-V isolation', () => {
		for (const c of ISOLATION_CHOICES) expect(c.description).toMatch(/client editions/);
	});
});

describe('guestOsChoices(kind, family)', () => {
	it('guestOsChoices(microvm, linux) = the minimal guest first, then Linux distributions, no Windows', () => {
		const ids = guestOsChoices('microvm', 'linux').map((c) => c.value);
		expect(ids[0]).toBe('minimal-linux');
		expect(ids).toContain('ubuntu-24.04');
		for (const id of ids) expect(GUEST_OSES[id].family).toBe('linux');
	});
	it('guestOsChoices(vm, linux) offers the minimal guest and the full distributions', () => {
		const ids = guestOsChoices('vm', 'linux').map((c) => c.value);
		expect(ids).toEqual(['minimal-linux', 'ubuntu-24.04', 'debian-12', 'alpine-3']);
	});
	it('guestOsChoices(vm, windows) = the Windows guests only', () => {
		const ids = guestOsChoices('vm', 'windows').map((c) => c.value);
		expect(ids).toEqual(['windows-server-2022-core', 'windows-server-2022-desktop']);
	});
	it('guestOsChoices(microvm, windows) still offers Linux only: a microVM boots no Windows', () => {
		for (const c of guestOsChoices('microvm', 'windows'))
			expect(GUEST_OSES[c.value].family).toBe('linux');
	});
	it.each(KINDS.filter((k) => k !== 'vm' && k !== 'microvm'))(
		'guestOsChoices(%s) = [] (no guest of the person’s choice)',
		(kind) => expect(guestOsChoices(kind, 'linux')).toEqual([])
	);
	it('each offered guest is one the model runs for that kind (no unsupported group)', () => {
		for (const kind of ['vm', 'microvm'] as const)
			for (const c of guestOsChoices(kind, 'linux')) {
				const r = evaluate({
					version: 1,
					name: 't',
					host: DEFAULT_HOST,
					groups: [{ id: 'g1', kind, workload: 'nginx', count: 1, guestOs: c.value }]
				});
				expect(r.groups[0]!.supported).toBe(true);
			}
	});
});

describe('utilityVmChoice(host)', () => {
	it('utilityVmChoice(linux host) = null: no hidden VM', () => {
		expect(utilityVmChoice(DEFAULT_HOST)).toBeNull();
	});
	it.each(['macos', 'windows'] as const)(
		'utilityVmChoice(%s host) = its VM, limited by default to the report’s figure',
		(os) => {
			const host = {
				...DEFAULT_HOST,
				os,
				hypervisor: os === 'macos' ? 'apple-vz' : 'hyperv'
			} as const;
			const u = utilityVmChoice(host)!;
			const r = evaluate({
				version: 1,
				name: 't',
				host,
				groups: [{ id: 'g1', kind: 'container', workload: 'redis', count: 1 }]
			});
			expect(u.name).toBe(r.utilityVm!.name);
			expect(u.defaultLimitMiB).toBe(r.utilityVm!.limitMiB);
		}
	);
});

describe('Kubernetes choices', () => {
	it('EKS offers the model’s instance types, each with its size; the others offer none', () => {
		const eks = KUBE_PLATFORM_CHOICES.find((p) => p.value === 'eks')!;
		expect(eks.instanceTypes.map((t) => t.value)).toEqual(Object.keys(EKS_INSTANCES));
		for (const t of eks.instanceTypes) expect(t.cpuCores).toBe(EKS_INSTANCES[t.value]!.cpuCores);
		for (const p of KUBE_PLATFORM_CHOICES.filter((x) => x.value !== 'eks'))
			expect(p.instanceTypes).toEqual([]);
	});
	it.each([
		['kubeadm', undefined, 110],
		['aks', undefined, 250],
		['eks', 't3.medium', 17],
		['eks', 'm5.large', 29]
	] as const)(
		'defaultMaxPods(%s, %s) = %i, the report’s figure',
		(platform, instanceType, pods) => {
			const k = { platform, ...(instanceType ? { instanceType } : {}) };
			expect(defaultMaxPods(DEFAULT_HOST, k)).toBe(pods);
			const r = evaluate({
				version: 1,
				name: 't',
				host: { ...DEFAULT_HOST, kubernetes: k },
				groups: []
			});
			expect(r.kubernetes!.maxPods).toBe(pods);
		}
	);
	it('defaultMaxPods ignores a pod limit the person set (it is the default shown beside it)', () => {
		expect(defaultMaxPods(DEFAULT_HOST, { platform: 'kubeadm', maxPods: 7 })).toBe(110);
	});
	it('NODE_PRESET_CHOICES set the preset’s size, platform, runtime and overcommit in one patch', () => {
		expect(NODE_PRESET_CHOICES).toHaveLength(NODE_PRESETS.length);
		for (const [i, c] of NODE_PRESET_CHOICES.entries()) {
			const p = NODE_PRESETS[i]!;
			expect(c.label).toBe(p.name);
			expect(c.patch.cpuCores).toBe(p.cpuCores);
			expect(c.patch.memoryMiB).toBe(p.memoryMiB);
			expect(c.patch.kubernetes!.platform).toBe(p.platform);
			expect(c.patch.kubernetes!.instanceType).toBe(p.instanceType);
			// Managed nodes run containerd with no CPU overcommit (source: managed-containerd).
			expect(c.patch.engine).toBe('containerd');
			expect(c.patch.cpuOvercommit).toBe(1);
		}
	});
});

describe('defaultDemandCores(workloads, ref)', () => {
	it('a catalog workload: its light-load figure', () => {
		expect(defaultDemandCores(undefined, 'nginx')).toBe(WORKLOADS.nginx.demandCores.value);
	});
	it('an own workload: what the person gave it', () => {
		const own: OwnWorkload = {
			id: 'own-api',
			name: 'API',
			family: 'linux',
			base: 'node-api',
			demandCores: 0.3
		};
		expect(defaultDemandCores([own], 'own-api')).toBe(0.3);
	});
	it('a workload the scenario does not have: undefined', () => {
		expect(defaultDemandCores(undefined, 'own-missing')).toBeUndefined();
	});
});
