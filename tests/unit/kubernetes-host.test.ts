/** A host that is a Kubernetes node: reservations held back, pods limited, a pause container per pod. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, formatCores, maxInstances } from '$lib/model';
import { AKS, EKS_INSTANCES, KUBEADM, PER_POD, SYSTEM_PODS } from '$lib/model/catalog/kubernetes';
import { allocatable } from '$lib/model/kubernetesNode';
import { expectClose, evaluateOn, group, groupOf } from './helpers/model';

const gke = { cpuCores: 4, memoryMiB: 16384, kubernetes: { platform: 'gke' as const } };
const eksSmall = {
	cpuCores: 2,
	memoryMiB: 4096,
	kubernetes: { platform: 'eks' as const, instanceType: 't3.medium' }
};

describe('evaluate() on a Kubernetes node', () => {
	it('gke-allocatable: holds back the platform’s reservation and eviction threshold; pods get the rest', () => {
		const r = evaluateOn(gke, group({ kind: 'container', workload: 'nginx', count: 10 }));
		const a = allocatable({ platform: 'gke', cpuCores: 4, memoryMiB: 16384 });
		expect(r.kubernetes?.allocatableMiB).toBe(a.memoryMiB.value);
		expect(r.kubernetes?.heldBackMiB).toBeCloseTo(16384 - a.memoryMiB.value, 9);
		// The host's own software sits inside what is held back; the rest of it stays free.
		const host = r.memory.hostLevel;
		const hostTotal = Object.values(host).reduce((s, v) => s + v, 0);
		expect(hostTotal).toBeCloseTo(Math.max(r.kubernetes!.heldBackMiB, hostTotal - host.idle), 6);
		expect(r.notes.some((n) => /held back for the system/.test(n.message))).toBe(true);
	});

	it('kubelet-defaults: 111 small containers on a kubeadm node — 110 pods, 2 of them kube-proxy and the CNI agent, so 108 fit', () => {
		const r = evaluateOn(
			{ kubernetes: { platform: 'kubeadm' } },
			group({ kind: 'container', workload: 'hello', count: 111, label: 'hellos' })
		);
		const system = SYSTEM_PODS.kubeadm.count.value;
		expect(KUBEADM.maxPods.value).toBe(110);
		expect(groupOf(r).fitCount).toBe(110 - system);
		expect(r.limitedBy).toBe('limit');
		expect(r.shortage?.message).toBe(
			`The ${110 - system + 1}th container of “hellos” does not fit: the node has ${110 - system} pod slots for workloads (its max pods less its own system pods): “Pods per kubeadm (upstream defaults) node” is the limit.`
		);
		expect(r.limits).toContainEqual({
			id: 'pods',
			name: 'Pods per kubeadm (upstream defaults) node',
			used: 111 + system,
			max: 110,
			kinds: ['kata', 'gvisor', 'container']
		});
		expect(r.shortage).toMatchObject({ groupId: 'g1', resource: 'limit', limit: 'pods' });
		expect(r.kubernetes).toMatchObject({ maxPods: 110, systemPods: system, workloadPods: 108 });
	});

	it('eks-eni-max-pods: a t3.medium’s 17 pods count aws-node and kube-proxy (“+2 … host-networking”), so 15 workload pods fit', () => {
		const d = maxInstances(
			{ ...DEFAULT_HOST, ...eksSmall },
			{ kind: 'container', workload: 'hello' }
		);
		expect(EKS_INSTANCES['t3.medium']!.publishedMaxPods).toBe(17);
		expect(d.count).toBe(17 - 2);
		expect(d.limitedBy).toBe('limit');
		expect(d.reason).toMatch(/the node has 15 pod slots for workloads/);
	});

	it('when CPU runs out first, the reason takes off the cores the node keeps busy for itself', () => {
		const busy = { kind: 'container' as const, workload: 'java-api' as const, demandCores: 0.5 };
		const onNode = maxInstances({ ...DEFAULT_HOST, ...gke }, busy);
		expect(onNode.limitedBy).toBe('cpuTime');
		const m = /of 4 cores less the host’s own ([\d.]+) cores\.$/.exec(onNode.reason);
		expect(m, onNode.reason).not.toBeNull();
		// The node keeps at least its reservation busy (its agents may need more).
		const own = Number(m![1]);
		const a = allocatable({ platform: 'gke', cpuCores: 4, memoryMiB: 16384 });
		expect(own).toBeGreaterThanOrEqual(Number(formatCores(4 - a.cpuCores.value).split(' ')[0]));
		const each = Number(/each keeps ([\d.]+) cores/.exec(onNode.reason)![1]);
		expect(onNode.count).toBe(Math.floor((4 - own) / each));
		// A host with nothing of its own busy says the plain core count.
		const plain = maxInstances({ ...DEFAULT_HOST, cpuCores: 4 }, busy);
		expect(plain.limitedBy).toBe('cpuTime');
		expect(plain.reason).toMatch(/busy on average, of 4 cores\.$/);
	});

	it('each pod adds a pause container; VMs on the node take no pod slot', () => {
		const plain = groupOf(evaluateOn({}, group({ kind: 'container', workload: 'nginx' })));
		const pod = groupOf(evaluateOn(gke, group({ kind: 'container', workload: 'nginx' })));
		expectClose(
			pod.memory.perInstance.runtime - plain.memory.perInstance.runtime,
			PER_POD.pauseMiB.value,
			1e-12
		);
		const vms = evaluateOn(
			{ kubernetes: { platform: 'kubeadm' }, memoryMiB: 1024 * 1024 },
			group({ kind: 'vm', workload: 'hello', count: 200, memoryMiB: 512 })
		);
		expect(vms.kubernetes?.pods).toBe(0);
	});

	it('a set maxPods wins over the platform’s default, and there is no Docker bridge on a node', () => {
		const r = evaluateOn(
			{ kubernetes: { platform: 'aks', maxPods: 30 } },
			group({ kind: 'container', workload: 'hello', count: 40 })
		);
		// AKS's own DaemonSet pods take 6 of the 30 slots.
		expect(groupOf(r).fitCount).toBe(30 - SYSTEM_PODS.aks.count.value);
		expect(AKS.maxPodsByNetwork.nodeSubnet.value).toBe(30);
		expect(r.limits.some((l) => /bridge/.test(l.name))).toBe(false);
	});

	it('a host that is not a node reports no Kubernetes figures and no pod limit', () => {
		const r = evaluateOn({}, group({ kind: 'container', workload: 'hello', count: 500 }));
		expect(r.kubernetes).toBeNull();
		expect(r.limits.some((l) => /Pods/.test(l.name))).toBe(false);
	});
});
