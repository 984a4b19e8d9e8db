/**
 * Kubernetes node reservations against the published figures (MODEL.md, "Platform reservations"
 * and "Kubernetes nodes"): one test per figure, named after its source, with a tolerance.
 */
import { describe, expect, it } from 'vitest';
import {
	EKS_INSTANCES,
	KUBERNETES_SOURCES,
	NODE_AGENTS,
	NODE_PRESETS,
	PER_POD
} from '$lib/model/catalog/kubernetes';
import { SOURCES } from '$lib/model/catalog/sources';
import {
	eksMaxPods,
	evictionMiB,
	kubeReservedCpuCores,
	kubeReservedMemoryMiB,
	maxPods,
	windowsExtraMiB,
	type KubernetesNode
} from '$lib/model/kubernetes';
import { allocatable, nodeAgents, perPodMiB, podsPerNode } from '$lib/model/kubernetesNode';

const GiB = 1024;
const node = (
	platform: KubernetesNode['platform'],
	cpuCores: number,
	memoryMiB: number,
	extra: Partial<KubernetesNode> = {}
): KubernetesNode => ({ platform, cpuCores, memoryMiB, ...extra });
/** A tolerance of 0.5 % of the expected value (at least 0.01). */
const near = (actual: number, expected: number) =>
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
		Math.max(0.01, Math.abs(expected) * 0.005)
	);

describe('gke-allocatable: GKE memory tiers', () => {
	it.each([
		['255 MiB below 1 GiB', 0.75 * GiB, 255],
		['25 % of the first 4 GiB', 4 * GiB, 0.25 * 4 * GiB],
		['20 % of the next 4 GiB', 8 * GiB, 0.25 * 4 * GiB + 0.2 * 4 * GiB],
		['10 % of the next 8 GiB', 16 * GiB, (1 + 0.8 + 0.8) * GiB],
		['6 % of the next 112 GiB', 128 * GiB, (2.6 + 0.06 * 112) * GiB],
		['2 % above 128 GiB', 256 * GiB, (2.6 + 0.06 * 112 + 0.02 * 128) * GiB]
	])('gke-allocatable: %s', (_, memoryMiB, reservedMiB) => {
		near(kubeReservedMemoryMiB(node('gke', 4, memoryMiB)).value, reservedMiB);
	});

	it('gke-allocatable: 100 MiB eviction threshold', () => {
		near(evictionMiB(node('gke', 4, 16 * GiB)).value, 100);
	});
});

describe('gke-allocatable and eks-ami-reserved: CPU tiers', () => {
	it.each([
		['6 % of the first core', 1, 0.06],
		['1 % of the next core', 2, 0.07],
		['0.5 % of the next 2 cores', 4, 0.08],
		['0.25 % above 4 cores', 8, 0.09]
	])('gke-allocatable and eks-ami-reserved: %s', (_, cores, reserved) => {
		near(kubeReservedCpuCores(node('gke', cores, 16 * GiB)).value, reserved);
		near(kubeReservedCpuCores(node('eks', cores, 16 * GiB)).value, reserved);
	});
});

describe('eks-ami-reserved: 11 MiB × max pods + 255 MiB', () => {
	it.each([
		['t3.medium', 11 * 17 + 255],
		['m5.large', 11 * 29 + 255],
		['m5.xlarge', 11 * 58 + 255]
	])('eks-ami-reserved: %s reserves %d MiB', (instanceType, reserved) => {
		const i = EKS_INSTANCES[instanceType]!;
		near(
			kubeReservedMemoryMiB(node('eks', i.cpuCores, i.memoryMiB, { instanceType })).value,
			reserved
		);
	});

	it('eks-ami-reserved: 100 Mi eviction threshold', () => {
		near(evictionMiB(node('eks', 2, 8 * GiB)).value, 100);
	});
});

describe('eks-eni-max-pods: ENIs × (IPs per ENI − 1) + 2', () => {
	it.each(Object.entries(EKS_INSTANCES))('eks-eni-max-pods: %s', (instanceType, i) => {
		expect(eksMaxPods(i.enis, i.ipsPerEni).value).toBe(i.publishedMaxPods);
		expect(maxPods(node('eks', i.cpuCores, i.memoryMiB, { instanceType })).value).toBe(
			i.publishedMaxPods
		);
	});

	it('eks-eni-max-pods: t3.medium 17 and m5.large 29', () => {
		expect(eksMaxPods(3, 6).value).toBe(17);
		expect(eksMaxPods(3, 10).value).toBe(29);
	});
});

describe('aks-reservations: AKS 1.29 and later', () => {
	it('aks-reservations: 8 GB with 30 pods reserves 20 MB × 30 + 50 MB = 650 MB', () => {
		near(kubeReservedMemoryMiB(node('aks', 2, 8 * GiB, { maxPods: 30 })).value, 650);
	});

	it('aks-reservations: 4 GB with 70 pods reserves 25 % of memory (Microsoft: 1,000 MB)', () => {
		const v = kubeReservedMemoryMiB(node('aks', 2, 4 * GiB, { maxPods: 70 })).value;
		expect(v).toBe(0.25 * 4 * GiB);
		// Microsoft's worked example reads 4 GB as 4,000 MB; within 3 %.
		expect(Math.abs(v - 1000) / 1000).toBeLessThan(0.03);
	});

	it('aks-reservations: 100 Mi eviction threshold', () => {
		near(evictionMiB(node('aks', 4, 16 * GiB)).value, 100);
	});

	it.each([
		[1, 0.06],
		[2, 0.1],
		[4, 0.14],
		[8, 0.18],
		[16, 0.26],
		[32, 0.42],
		[64, 0.74]
	])('aks-reservations: %d cores reserve %f cores', (cores, reserved) => {
		const f = kubeReservedCpuCores(node('aks', cores, 16 * GiB));
		near(f.value, reserved);
		expect(f.estimate).toBe(false);
	});

	it('aks-reservations: between table points the CPU is interpolated and marked an estimate', () => {
		const f = kubeReservedCpuCores(node('aks', 12, 48 * GiB));
		near(f.value, 0.22);
		expect(f.estimate).toBe(true);
		expect(f.formula).toContain('interpolated');
	});

	it('aks-reservations: Windows nodes reserve another 2 GB', () => {
		near(windowsExtraMiB(node('aks', 4, 16 * GiB, { os: 'windows' })).value, 2048);
		expect(windowsExtraMiB(node('aks', 4, 16 * GiB)).value).toBe(0);
	});

	it('aks-max-pods: up to 250 pods per node', () => {
		expect(maxPods(node('aks', 4, 16 * GiB)).value).toBe(250);
	});
});

describe('kubelet-defaults: kubeadm', () => {
	it('kubelet-defaults: 110 pods per node', () => {
		expect(maxPods(node('kubeadm', 16, 64 * GiB)).value).toBe(110);
		expect(maxPods(node('gke', 4, 16 * GiB)).value).toBe(110);
	});

	it('kubelet-defaults: 100 Mi eviction and nothing reserved', () => {
		near(evictionMiB(node('kubeadm', 16, 64 * GiB)).value, 100);
		expect(kubeReservedMemoryMiB(node('kubeadm', 16, 64 * GiB)).value).toBe(0);
		expect(kubeReservedCpuCores(node('kubeadm', 16, 64 * GiB)).value).toBe(0);
	});
});

describe('explanations are computed from the same inputs', () => {
	const nodes = [
		node('gke', 4, 16 * GiB),
		node('eks', 2, 8 * GiB, { instanceType: 'm5.large' }),
		node('aks', 4, 16 * GiB),
		node('aks', 3, 12 * GiB, { os: 'windows' }),
		node('kubeadm', 16, 64 * GiB)
	];

	it.each(nodes)(
		'every figure for %j has a formula, inputs that carry a source, and no stray numbers',
		(n) => {
			const a = allocatable(n);
			for (const f of [
				a.memoryMiB,
				a.cpuCores,
				a.pods,
				a.reserved.memoryMiB,
				a.reserved.cpuCores,
				a.reserved.evictionMiB
			]) {
				expect(f.formula.length).toBeGreaterThan(10);
				expect(Number.isFinite(f.value)).toBe(true);
				for (const i of f.inputs)
					expect(i.source in SOURCES || i.source in KUBERNETES_SOURCES).toBe(true);
			}
		}
	);

	it('the GKE formula shows the tiers it applied and its result', () => {
		const f = kubeReservedMemoryMiB(node('gke', 4, 16 * GiB));
		expect(f.formula).toBe(
			'GKE reserves 25 % of the first 4 GiB, 20 % of the next 4 GiB, 10 % of the next 8 GiB, 6 % of the next 112 GiB, 2 % above 128 GiB. Here: 25 % × 4 GiB + 20 % × 4 GiB + 10 % × 8 GiB = 2.6 GiB.'
		);
		expect(f.sources).toEqual(['gke-allocatable']);
	});

	it('the formula follows the constants, not typed text', () => {
		const a = kubeReservedCpuCores(node('gke', 8, 32 * GiB));
		expect(a.formula).toContain('= 90 millicores');
		const b = eksMaxPods(4, 15);
		expect(b.formula).toContain('4 × (15 − 1) + 2 = 58');
	});

	it('allocatable memory is capacity less every reservation', () => {
		const n = node('aks', 4, 16 * GiB, { os: 'windows' });
		const a = allocatable(n);
		near(a.memoryMiB.value, 16 * GiB - a.reserved.memoryMiB.value - 100 - 2048);
		expect(a.memoryMiB.formula).toContain('for Windows');
	});
});

describe('per-pod and node-agent costs are estimates said as such', () => {
	it('a pod costs a pause container and a shim', () => {
		const f = perPodMiB();
		expect(f.value).toBe(PER_POD.pauseMiB.value + PER_POD.shimMiB.value);
		expect(f.estimate).toBe(true);
		expect(f.sources).toContain('containerd-7878');
	});

	it('the kubelet and system DaemonSets are listed and marked estimates', () => {
		expect(NODE_AGENTS.map((a) => a.name)).toEqual([
			'kubelet',
			'kube-proxy',
			'CNI agent',
			'log agent'
		]);
		const { memoryMiB, cpuCores } = nodeAgents();
		expect(memoryMiB.estimate && cpuCores.estimate).toBe(true);
		expect(memoryMiB.value).toBe(NODE_AGENTS.reduce((s, a) => s + a.memoryMiB.value, 0));
	});
});

describe('podsPerNode names what runs out first', () => {
	it('small pods on an EKS m5.large run out of pods (29) before memory', () => {
		const r = podsPerNode(node('eks', 2, 8 * GiB, { instanceType: 'm5.large' }), {
			memoryMiB: 64,
			cpuCores: 0.01
		});
		expect(r).toMatchObject({ count: 29, limitedBy: 'pods' });
	});

	it('large pods run out of memory', () => {
		const r = podsPerNode(node('gke', 4, 16 * GiB), { memoryMiB: 2048, cpuCores: 0.1 });
		expect(r.limitedBy).toBe('memory');
		expect(r.count).toBe(Math.floor((16 * GiB - 2662.4 - 100) / 2048));
	});

	it('CPU-heavy pods run out of CPU', () => {
		const r = podsPerNode(node('aks', 4, 16 * GiB), { memoryMiB: 128, cpuCores: 1 });
		expect(r).toMatchObject({ count: 3, limitedBy: 'cpu' });
		expect(r.reason).toContain('3 pods of 1 core');
	});
});

describe('node presets', () => {
	it('each preset has a platform, a shape and a source', () => {
		expect(NODE_PRESETS.map((p) => p.id)).toEqual([
			'gke-e2-standard-4',
			'eks-t3-medium',
			'eks-m5-large',
			'eks-m5-xlarge',
			'aks-d4s-v5',
			'kubeadm-metal-16'
		]);
		for (const p of NODE_PRESETS) {
			expect(p.cpuCores).toBeGreaterThan(0);
			expect(p.memoryMiB).toBeGreaterThan(0);
			if (p.instanceType)
				expect(EKS_INSTANCES[p.instanceType]).toMatchObject({
					cpuCores: p.cpuCores,
					memoryMiB: p.memoryMiB
				});
		}
	});
});
