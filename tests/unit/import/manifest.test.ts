/** Kubernetes manifests read into an ImportedStack: a three-tier app, a List, pods and edge cases. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import type { ImportedItem, ImportedStack } from '$lib/import/types';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function stackOf(text: string): ImportedStack {
	const r = readStack(text);
	if (!r.ok) throw new Error(`expected a stack, got ${r.error.code}: ${r.error.message}`);
	return r.stack;
}
const item = (s: ImportedStack, name: string): ImportedItem => {
	const found = s.items.find((i) => i.name === name);
	if (!found) throw new Error(`no item ${name} in ${s.items.map((i) => i.name).join(', ')}`);
	return found;
};
const messages = (notes: { message: string }[]) => notes.map((n) => n.message).join('\n');

const deployment = (name: string, body: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
${body}`;

describe('readStack on a three-tier Kubernetes app', () => {
	const stack = stackOf(fixture('three-tier.yaml'));

	it('reads one item per steady-state container, named after its object', () => {
		expect(stack.source).toBe('kubernetes');
		expect(stack.items.map((i) => i.name)).toEqual([
			'frontend',
			'api',
			'api/log-shipper',
			'db',
			'node-logs'
		]);
	});

	it('counts replicas, and one per node for a DaemonSet', () => {
		expect(item(stack, 'frontend')).toMatchObject({ count: 3, perNode: false });
		expect(item(stack, 'api')).toMatchObject({ count: 4, countWhy: 'spec.replicas: 4' });
		expect(item(stack, 'db').count).toBe(1);
		expect(item(stack, 'node-logs')).toMatchObject({ count: 1, perNode: true });
		expect(messages(stack.notes)).toContain('DaemonSet node-logs runs one pod on every node');
	});

	it('reads requests and limits in MiB and cores', () => {
		expect(item(stack, 'frontend').resources).toEqual({
			memoryRequestMiB: 64,
			memoryLimitMiB: 128,
			cpuRequestCores: 0.1,
			cpuLimitCores: 0.5
		});
		expect(item(stack, 'db').resources).toMatchObject({
			memoryRequestMiB: 2048,
			cpuRequestCores: 1
		});
	});

	it('treats a sidecar as its own group of the same count, and says a pod would be one VM', () => {
		const sidecar = item(stack, 'api/log-shipper');
		expect(sidecar.count).toBe(4);
		expect(sidecar.origin).toMatchObject({
			kind: 'Deployment',
			name: 'api',
			container: 'log-shipper',
			role: 'sidecar',
			podContainers: 2,
			namespace: 'shop'
		});
		expect(item(stack, 'api').origin.role).toBe('main');
		expect(messages(stack.notes)).toContain('one pod would be one VM');
	});

	it('defaults a missing request to the limit, as Kubernetes does', () => {
		expect(item(stack, 'api/log-shipper').resources).toMatchObject({
			memoryRequestMiB: 32,
			cpuRequestCores: 0.05
		});
		expect(messages(item(stack, 'api/log-shipper').notes)).toContain('sets it to the limit');
	});

	it('leaves init containers out of steady state and says so', () => {
		expect(messages(stack.notes)).toContain(
			'Init containers of Deployment api run once before the app starts and were left out of steady state: migrate (128 MiB requested)'
		);
	});

	it('records the StatefulSet’s volume claim and says it is not on the node’s disk', () => {
		expect(item(stack, 'db').volumes).toEqual([{ name: 'data', sizeMiB: 20480 }]);
		expect(messages(stack.notes)).toContain('data: 20 GiB');
	});

	it('leaves the CronJob out of steady state with its size while running', () => {
		expect(messages(stack.notes)).toContain(
			'CronJob nightly-backup runs only on its schedule (“0 3 * * *”), so it is left out of the steady state. While it runs it adds a pod of postgres:16, 256 MiB requested.'
		);
	});

	it('lists the Service, Ingress and ConfigMap as ignored', () => {
		expect(messages(stack.notes)).toContain(
			'Ignored, as they run no containers: ConfigMap shop-config, Service frontend and Ingress shop.'
		);
	});

	it('maps catalog images and proposes own workloads for the rest', () => {
		expect(item(stack, 'frontend').workload).toMatchObject({ kind: 'catalog', workload: 'nginx' });
		expect(item(stack, 'db').workload).toMatchObject({ kind: 'catalog', workload: 'postgres' });
		const api = item(stack, 'api').workload;
		expect(api.kind).toBe('own');
		if (api.kind === 'own') expect(api.proposal.workingSetMiB.value).toBe(384);
		const agent = item(stack, 'node-logs').workload;
		expect(agent.kind === 'own' && agent.proposal.base).toBe('hello');
	});
});

describe('readStack on a List', () => {
	const stack = stackOf(fixture('list.yaml'));

	it('reads the List’s items', () => {
		expect(stack.items.map((i) => i.name)).toEqual(['hello', 'report']);
		expect(item(stack, 'hello').workload).toMatchObject({ kind: 'catalog', workload: 'hello' });
	});

	it('counts a Job’s parallelism, limited by its completions', () => {
		expect(item(stack, 'report')).toMatchObject({
			count: 2,
			countWhy: 'spec.parallelism: 4, limited by spec.completions: 2'
		});
		expect(messages(stack.notes)).toContain('runs to completion');
	});

	it('reads JSON (kubectl get -o json) the same way', () => {
		const json = JSON.stringify({
			apiVersion: 'v1',
			kind: 'List',
			items: [
				{
					apiVersion: 'v1',
					kind: 'Pod',
					metadata: { name: 'solo' },
					spec: { containers: [{ name: 'c', image: 'redis:7' }] }
				}
			]
		});
		expect(stackOf(json).items[0]).toMatchObject({ name: 'solo', count: 1 });
	});
});

describe('readStack on manifest edge cases', () => {
	it('runs native sidecars (init containers with restartPolicy: Always)', () => {
		const s = stackOf(
			deployment(
				'web',
				`  template:
    spec:
      initContainers:
        - { name: proxy, image: envoyproxy/envoy:v1.30, restartPolicy: Always }
        - { name: setup, image: busybox }
      containers:
        - { name: web, image: nginx }
`
			)
		);
		expect(s.items.map((i) => i.name)).toEqual(['web', 'web/proxy']);
		expect(messages(item(s, 'web/proxy').notes)).toContain('native sidecar');
		expect(messages(s.notes)).toContain('left out of steady state: setup');
	});

	it('follows the default-container annotation for the main container', () => {
		const s = stackOf(
			deployment(
				'web',
				`  template:
    metadata: { annotations: { kubectl.kubernetes.io/default-container: app } }
    spec:
      containers:
        - { name: istio-proxy, image: istio/proxyv2:1.22 }
        - { name: app, image: node:20 }
`
			)
		);
		expect(item(s, 'web').origin.container).toBe('app');
		expect(item(s, 'web/istio-proxy').origin.role).toBe('sidecar');
	});

	it('defaults missing replicas to one and says so', () => {
		const s = stackOf(
			deployment('a', '  template: { spec: { containers: [{ name: a, image: nginx }] } }\n')
		);
		expect(s.items[0]).toMatchObject({
			count: 1,
			countWhy: 'spec.replicas not given: Kubernetes runs one'
		});
	});

	it('keeps a container with no image, with a warning', () => {
		const s = stackOf(deployment('a', '  template: { spec: { containers: [{ name: a }] } }\n'));
		expect(s.items[0]!.workload.kind).toBe('own');
		expect(messages(s.items[0]!.notes)).toContain('has no image');
	});

	it('explains invalid quantities and keeps the rest', () => {
		const s = stackOf(
			deployment(
				'a',
				`  template:
    spec:
      containers:
        - name: a
          image: nginx
          resources: { requests: { memory: 512MB, cpu: 250m }, limits: { memory: 1gi, nvidia.com/gpu: 1 } }
`
			)
		);
		const a = s.items[0]!;
		expect(a.resources).toMatchObject({
			memoryRequestMiB: null,
			memoryLimitMiB: null,
			cpuRequestCores: 0.25
		});
		const text = messages(a.notes);
		expect(text).toContain('resources.requests.memory: “512MB” is not a Kubernetes quantity');
		expect(text).toContain('did you mean 1Gi?');
		expect(text).toContain('nvidia.com/gpu');
	});

	it('warns when a memory request is written in millibytes', () => {
		const s = stackOf(
			deployment(
				'a',
				'  template: { spec: { containers: [{ name: a, image: nginx, resources: { requests: { memory: 500m } } }] } }\n'
			)
		);
		expect(messages(s.items[0]!.notes)).toContain('thousandths of a byte');
	});

	it('warns when a request is above its limit', () => {
		const s = stackOf(
			deployment(
				'a',
				'  template: { spec: { containers: [{ name: a, image: nginx, resources: { requests: { memory: 2Gi }, limits: { memory: 1Gi } } }] } }\n'
			)
		);
		expect(messages(s.items[0]!.notes)).toContain('request is above its limit');
	});

	it('notes an HPA and keeps the written replicas', () => {
		const s =
			stackOf(`${deployment('web', '  replicas: 2\n  template: { spec: { containers: [{ name: w, image: nginx }] } }\n')}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec: { scaleTargetRef: { name: web }, minReplicas: 2, maxReplicas: 10 }
`);
		expect(s.items[0]!.count).toBe(2);
		expect(messages(s.notes)).toContain('may scale web between 2 and 10 replicas');
	});

	it('names objects without a kind, and unnamed ones, and keeps names unique', () => {
		const s = stackOf(`apiVersion: v1
metadata: { name: x }
---
apiVersion: v1
kind: Pod
spec: { containers: [{ name: a, image: redis }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: a }
spec: { containers: [{ name: a, image: nginx }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: b }
spec: { containers: [{ name: a, image: nginx }] }
`);
		expect(messages(s.notes)).toContain('Document 1 has no kind');
		expect(s.items.map((i) => i.name)).toEqual(['pod-2', 'web', 'b/web']);
	});

	it('refuses a manifest where nothing runs, listing what it ignored', () => {
		const r = readStack('apiVersion: v1\nkind: Service\nmetadata: { name: web }\n');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.code).toBe('nothing-to-run');
			expect(r.error.message).toContain('Service web');
		}
	});

	it('leaves a broken document out and reads the others', () => {
		const s = stackOf(`apiVersion: v1
kind: Pod
metadata: { name: ok }
spec: { containers: [{ name: a, image: nginx }] }
---
apiVersion: v1
kind: Pod
metadata: { name: "broken }
`);
		expect(s.items.map((i) => i.name)).toEqual(['ok']);
		expect(messages(s.notes)).toMatch(/Document 2 could not be read: .* \(line \d+\)/);
	});
});
