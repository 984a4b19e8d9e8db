/**
 * Issue 20, items 2–8: a Kubernetes node schedules by requests and counts every pod. Each test
 * reads its source's figure from the catalog (the source id is in the test's name).
 */
import { describe, expect, it } from 'vitest';
import {
	AKS_NETWORK_CHOICES,
	DEFAULT_HOST,
	defaultMaxPods,
	EKS_IMAGE_CHOICES,
	maxInstances,
	RESOURCE_LABEL,
	RESOURCES,
	WORKLOADS,
	type Host
} from '$lib/model';
import { KATA } from '$lib/model/catalog';
import {
	AKS,
	EKS,
	EKS_INSTANCES,
	GKE,
	KUBEADM,
	NODE_PRESETS,
	SYSTEM_PODS
} from '$lib/model/catalog/kubernetes';
import { explain } from '$lib/model/explain';
import { allocatable } from '$lib/model/kubernetesNode';
import { nodeOf } from '$lib/model/kubernetesHost';
import { sanitize } from '$lib/model/validate';
import { catalogSection } from '../../scripts/modelDoc';
import { evaluateOn, group, groupOf, scenarioOf } from './helpers/model';

/** A node preset as a host patch. */
function preset(id: string): Partial<Host> {
	const p = NODE_PRESETS.find((x) => x.id === id)!;
	return {
		cpuCores: p.cpuCores,
		memoryMiB: p.memoryMiB,
		engine: p.engine,
		cpuOvercommit: p.cpuOvercommit,
		kubernetes: {
			platform: p.platform,
			...(p.instanceType ? { instanceType: p.instanceType } : {})
		}
	};
}
const gke4 = preset('gke-e2-standard-4');

describe('item 2 — kubelet-defaults: a pod fits when its requests fit allocatable', () => {
	it('4 × redis requesting 2 GiB and 2 × postgres requesting 4 GiB and 2 CPU do not fit a GKE e2-standard-4 (gke-allocatable)', () => {
		const r = evaluateOn(
			gke4,
			group({ id: 'redis', kind: 'container', workload: 'redis', count: 4, requestMiB: 2048 }),
			group({
				id: 'pg',
				kind: 'container',
				workload: 'postgres',
				count: 2,
				requestMiB: 4096,
				requestCores: 2
			})
		);
		const a = allocatable(nodeOf({ ...DEFAULT_HOST, ...gke4 })!);
		expect(r.kubernetes!.requestedMiB).toBe(4 * 2048 + 2 * 4096);
		expect(r.kubernetes!.requestedCores).toBe(4);
		expect(r.kubernetes!.allocatableMiB).toBe(a.memoryMiB.value);
		expect(r.kubernetes!.requestedMiB).toBeGreaterThan(a.memoryMiB.value);
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('memoryRequests');
		expect(r.shortage?.message).toMatch(/the scheduler would not place it/);
		// Their resident memory (the catalog's) would fit: usage is not what limits.
		expect(r.kubernetes!.fit).toMatchObject({
			byRequests: false,
			byUsage: true,
			limitedBy: 'requests'
		});
		// The first postgres pod still fits by requests: 8 GiB + 4 GiB of 13.3 GiB.
		expect(groupOf(r, 'pg').fitCount).toBe(Math.floor((a.memoryMiB.value - 4 * 2048) / 4096));
		expect(groupOf(r, 'redis').requests).toEqual({ memoryMiB: 2048, cores: 0, bestEffort: false });
	});

	it('a pod without requests requests nothing (BestEffort): only the pod slots and usage limit it', () => {
		const r = evaluateOn(
			{ kubernetes: { platform: 'kubeadm' } },
			group({ kind: 'container', workload: 'hello', count: 50 })
		);
		expect(groupOf(r).requests).toEqual({ memoryMiB: 0, cores: 0, bestEffort: true });
		expect(r.kubernetes!.requestedMiB).toBe(0);
		expect(r.kubernetes!.fit.byRequests).toBe(true);
		expect(r.notes.some((n) => /a pod without requests requests nothing/.test(n.message))).toBe(
			true
		);
	});

	it('“fits by requests, but would be busy at X of 4 cores”: usage limits, and the figure is the report’s', () => {
		const r = evaluateOn(
			gke4,
			group({
				kind: 'container',
				workload: 'java-api',
				count: 12,
				demandCores: 0.5,
				requestMiB: 256,
				requestCores: 0.25
			})
		);
		const fit = r.kubernetes!.fit;
		expect(fit).toMatchObject({ byRequests: true, byUsage: false, limitedBy: 'usage' });
		const busy = /Fits by requests, but would be busy at ([\d.]+) of 4\.00 cores/.exec(fit.summary);
		expect(busy, fit.summary).not.toBeNull();
		expect(Number(busy![1])).toBeCloseTo(r.cpu.demandCores, 2);
		expect(r.limitedBy).toBe('cpuTime');
	});

	it('kata-deploy-runtimeclasses: a Kata pod’s requests include its RuntimeClass overhead, and on a node its vCPUs are not held against cores × overcommit', () => {
		const r = evaluateOn(
			gke4,
			group({ kind: 'kata', workload: 'hello', count: 3, requestMiB: 64 })
		);
		expect(groupOf(r).requests.memoryMiB).toBe(64 + KATA.podOverheadMiB.value);
		expect(groupOf(r).requests.cores).toBe(KATA.podOverheadCores.value);
		expect(r.cpu.allocatedVcpus).toBe(0);
		// 250m each: allocatable CPU holds floor(3.92 / 0.25) Kata pods.
		const d = maxInstances({ ...DEFAULT_HOST, ...gke4 }, { kind: 'kata', workload: 'hello' });
		const a = allocatable(nodeOf({ ...DEFAULT_HOST, ...gke4 })!);
		expect(d.node!.byRequests).toBe(Math.floor(a.cpuCores.value / KATA.podOverheadCores.value));
		expect(d.count).toBe(Math.min(d.node!.byRequests, d.node!.byUsage));
	});

	it('density on a node gives both answers; off a node, none', () => {
		const d = maxInstances(
			{ ...DEFAULT_HOST, ...gke4 },
			{ kind: 'container', workload: 'nginx', requestMiB: 512 }
		);
		const a = allocatable(nodeOf({ ...DEFAULT_HOST, ...gke4 })!);
		expect(d.node!.byRequests).toBe(Math.floor(a.memoryMiB.value / 512));
		expect(d.limitedBy).toBe('memoryRequests');
		expect(maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx' }).node).toBeNull();
	});
});

describe('item 3 — two CPU limits: the vCPU allowance and CPU time', () => {
	it('the resources are distinct, each with its own label', () => {
		expect(RESOURCES).toContain('vcpus');
		expect(RESOURCES).toContain('cpuTime');
		expect(new Set(RESOURCES.map((r) => RESOURCE_LABEL[r])).size).toBe(RESOURCES.length);
	});

	it('17 one-vCPU VMs on 16 cores × 1 run out of the vCPU allowance; nginx containers run out of CPU time', () => {
		const vms = evaluateOn(
			{ cpuCores: 16, cpuOvercommit: 1 },
			group({ kind: 'vm', workload: 'hello', vcpus: 1, count: 17 })
		);
		expect(vms.limitedBy).toBe('vcpus');
		const d = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx' });
		expect(d.limitedBy).toBe('cpuTime');
		expect(d.count).toBe(629);
	});

	it('the count that rests on a load carries it, and its reason lets a reader redo the division', () => {
		const d = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx' });
		expect(d.load.appCores).toBe(WORKLOADS.nginx.demandCores.value);
		expect(d.load.chosen).toBe(false);
		expect(d.reason).toMatch(/assumed light load .* not one the scenario chose/);
		const each = Number(/each keeps ([\d.]+) cores/.exec(d.reason)![1]);
		expect(each).toBeCloseTo(d.load.busyCores, 4);
		expect(Math.floor(DEFAULT_HOST.cpuCores / each)).toBe(d.count);
		const chosen = evaluateOn(
			{},
			group({ kind: 'container', workload: 'nginx', demandCores: 0.1 })
		);
		expect(groupOf(chosen).cpu).toMatchObject({ loadCores: 0.1, loadChosen: true });
		expect(
			groupOf(evaluateOn({}, group({ kind: 'container', workload: 'nginx' }))).cpu.loadChosen
		).toBe(false);
	});
});

describe('item 4 — eks-eni-max-pods: system pods take pod slots', () => {
	it.each([
		['m5.large', 29],
		['t3.micro', 4]
	] as const)(
		'%s: the published %i counts aws-node and kube-proxy (“+2 for the pods that use host-networking”)',
		(type, published) => {
			const inst = EKS_INSTANCES[type]!;
			expect(inst.publishedMaxPods).toBe(published);
			expect(SYSTEM_PODS.eks.count.value).toBe(EKS.hostNetworkPods.value);
			const host = {
				...DEFAULT_HOST,
				cpuCores: inst.cpuCores,
				memoryMiB: inst.memoryMiB,
				kubernetes: { platform: 'eks' as const, instanceType: type }
			};
			const d = maxInstances(host, { kind: 'container', workload: 'hello' });
			expect(d.count).toBe(published - 2);
			const r = evaluateOn(host, group({ kind: 'container', workload: 'hello', count: 1 }));
			expect(r.kubernetes).toMatchObject({
				maxPods: published,
				systemPods: 2,
				workloadPods: published - 2
			});
			expect(r.limits.find((l) => /^Pods per/.test(l.name))).toMatchObject({
				used: 3,
				max: published
			});
		}
	);

	it('GKE, AKS and kubeadm system pods are estimates with their names; each takes a slot', () => {
		for (const platform of ['gke', 'aks', 'kubeadm'] as const) {
			const s = SYSTEM_PODS[platform];
			expect(s.count.estimate).toBe(true);
			expect(s.names).toHaveLength(s.count.value);
			const r = evaluateOn({ kubernetes: { platform } });
			expect(r.kubernetes!.workloadPods).toBe(r.kubernetes!.maxPods - s.count.value);
		}
	});
});

describe('item 5 — eks-reserved-override: EKS with a max-pods override', () => {
	const m5 = (image?: 'al2023' | 'al2' | 'bottlerocket'): Partial<Host> => ({
		cpuCores: 2,
		memoryMiB: 8192,
		kubernetes: {
			platform: 'eks',
			instanceType: 'm5.large',
			maxPods: 110,
			...(image ? { image } : {})
		}
	});
	it.each([undefined, 'al2'] as const)(
		'Amazon Linux (%s) reserves by the ENI value: 11 × 29 + 255 = 574 MiB, 674 MiB held back with eviction, not 1,565',
		(image) => {
			const r = evaluateOn(m5(image));
			const eni = EKS_INSTANCES['m5.large']!.publishedMaxPods;
			const reserved = EKS.perPodMiB.value * eni + EKS.baseMiB.value;
			expect(reserved).toBe(574);
			expect(r.kubernetes!.heldBackMiB).toBeCloseTo(reserved + EKS.evictionMiB.value, 9);
			expect(r.kubernetes!.heldBackMiB).toBeCloseTo(674, 9);
			expect(r.kubernetes!.maxPods).toBe(110);
			const e = explain(scenarioOf(m5(image), []), { type: 'node', figure: 'memoryReserved' })!;
			expect(e.formula).toMatch(/ENI-based max pods \(29\), not the override of 110/);
		}
	);
	it('Bottlerocket reserves by the override: 11 × 110 + 255 + 100 = 1,565 MiB held back', () => {
		const r = evaluateOn(m5('bottlerocket'));
		expect(r.kubernetes!.heldBackMiB).toBeCloseTo(
			EKS.perPodMiB.value * 110 + EKS.baseMiB.value + EKS.evictionMiB.value,
			9
		);
		expect(EKS_IMAGE_CHOICES.find((c) => c.value === 'bottlerocket')!.reservesByOverride).toBe(
			true
		);
	});
});

describe('item 6 — windows-node-os: a Windows node runs Windows pods only', () => {
	const aksWindows: Partial<Host> = {
		os: 'windows',
		hypervisor: 'hyperv',
		kubernetes: { platform: 'aks' }
	};
	it('Linux containers, gVisor sandboxes and Kata pods are refused with the reason; IIS runs', () => {
		const r = evaluateOn(
			aksWindows,
			group({ id: 'c', kind: 'container', workload: 'nginx', count: 30 }),
			group({ id: 'g', kind: 'gvisor', workload: 'nginx', count: 30 }),
			group({ id: 'k', kind: 'kata', workload: 'nginx', count: 1 }),
			group({ id: 'w', kind: 'container', workload: 'windows-iis', count: 3 })
		);
		for (const id of ['c', 'g', 'k']) {
			expect(groupOf(r, id).supported).toBe(false);
			expect(groupOf(r, id).reason).toMatch(/a Windows node runs Windows pods only/);
		}
		expect(groupOf(r, 'w').supported).toBe(true);
		expect(r.utilityVm).toBeNull();
	});
});

describe('item 7 — the node note says allocatable and physically free, and which the fit uses', () => {
	it('a kubeadm 2-core 8 GiB node: pods may request 7.9 GiB, and less is physically free', () => {
		const host: Partial<Host> = {
			cpuCores: 2,
			memoryMiB: 8192,
			engine: 'containerd',
			kubernetes: { platform: 'kubeadm' }
		};
		const r = evaluateOn(host);
		const k = r.kubernetes!;
		expect(k.allocatableMiB).toBe(8192 - KUBEADM.evictionMiB.value);
		expect(k.physicalFreeMiB).toBeCloseTo(8192 - r.memory.usedMiB, 9);
		expect(k.physicalFreeMiB).toBeLessThan(k.allocatableMiB);
		const note = r.notes.find((n) => /pods may request/.test(n.message))!.message;
		expect(note).toMatch(/pods may request 7\.9 GiB/);
		expect(note).toMatch(/requests against the 7\.9 GiB allocatable/);
		expect(note).toMatch(/resident memory against the [\d.]+ GiB physically free/);
	});
});

describe('item 8 — max pods per platform', () => {
	const pods = (kubernetes: Host['kubernetes']) =>
		sanitize(scenarioOf({ kubernetes }, [])).host.kubernetes!.maxPods;
	it('gke-max-pods and aks-max-pods: GKE accepts 256, AKS 250, kubenet 110; more is clamped with a note', () => {
		expect(pods({ platform: 'gke', maxPods: 300 })).toBe(GKE.maxPodsLimit.value);
		expect(GKE.maxPodsLimit.value).toBe(256);
		expect(pods({ platform: 'aks', maxPods: 300 })).toBe(AKS.maxPodsLimit.value);
		expect(AKS.maxPodsLimit.value).toBe(250);
		expect(pods({ platform: 'aks', network: 'kubenet', maxPods: 200 })).toBe(110);
		const notes = sanitize(scenarioOf({ kubernetes: { platform: 'gke', maxPods: 300 } }, [])).notes;
		expect(notes.some((n) => /GKE Standard accepts at most 256/.test(n.message))).toBe(true);
	});
	it('kubelet-defaults: kubeadm accepts more than 110 and says upstream supports 110', () => {
		expect(pods({ platform: 'kubeadm', maxPods: 300 })).toBe(300);
		const e = explain(scenarioOf({ kubernetes: { platform: 'kubeadm', maxPods: 300 } }, []), {
			type: 'node',
			figure: 'maxPods'
		})!;
		expect(e.formula).toMatch(/supports at most 110 pods per node/);
	});
	it('eks-max-pods-calculator: an override past 110 on a node under 30 vCPUs is named', () => {
		const e = explain(
			scenarioOf({ cpuCores: 2, kubernetes: { platform: 'eks', maxPods: 250 } }, []),
			{ type: 'node', figure: 'maxPods' }
		)!;
		expect(e.formula).toMatch(/AWS recommends at most 110/);
	});
	it('aks-max-pods: the default follows the network plugin (Overlay 250, node subnet 30, kubenet 110)', () => {
		const expected = { overlay: 250, nodeSubnet: 30, kubenet: 110 } as const;
		for (const c of AKS_NETWORK_CHOICES) {
			expect(c.defaultMaxPods).toBe(expected[c.value]);
			expect(AKS.maxPodsByNetwork[c.value].value).toBe(expected[c.value]);
			expect(defaultMaxPods(DEFAULT_HOST, { platform: 'aks', network: c.value })).toBe(
				expected[c.value]
			);
		}
		expect(defaultMaxPods(DEFAULT_HOST, { platform: 'aks' })).toBe(250);
	});
});

describe('docs — the 0.25 % CPU tier prints as 0.0025', () => {
	it('gke-allocatable and eks-ami-reserved: the fourth CPU tier in the catalog tables', () => {
		expect(GKE.cpuTiersCores[3]!.fraction.value).toBe(0.0025);
		expect(catalogSection()).toMatch(/`cpuTiersCores\[3\]\.fraction` *\| 0\.0025 /);
	});
});

describe('the system pods’ explanation adds up', () => {
	it('explain(node systemPods on an EKS m5.large) = 2, leaving 27 of 29', () => {
		const e = explain(
			scenarioOf(
				{ cpuCores: 2, memoryMiB: 8192, kubernetes: { platform: 'eks', instanceType: 'm5.large' } },
				[]
			),
			{ type: 'node', figure: 'systemPods' }
		)!;
		expect(e.value).toBe(EKS.hostNetworkPods.value);
		expect(e.formula).toMatch(/29 − 2 = 27 are left for workloads/);
		expect(e.sources).toContain('eks-eni-max-pods');
	});
});
