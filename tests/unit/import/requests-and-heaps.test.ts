/**
 * Issue 20 item 1: requests, limits, JVM heaps and HPAs the file gives reach the model, for catalog
 * images as for unknown ones; issue 21 item 11: the report says each reason once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import { jvmSizeMiB, readJvmHeap, runtimeHint } from '$lib/import/runtime';
import type { ImportedStack } from '$lib/import/types';
import { defaultScenario, evaluate } from '$lib/model';
import { groupReasons } from '$lib/workloads/mappingReport';
import { planImport } from '$lib/import/stackPlan';
import { planFigures } from '$lib/state/importFigures';

function stackOf(text: string): ImportedStack {
	const r = readStack(text);
	if (!r.ok) throw new Error(r.error.message);
	return r.stack;
}
const base = defaultScenario();
const names = evaluate(base).workloads;

const deployment = (name: string, image: string, replicas: number, resources: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  template:
    spec:
      containers:
        - name: main
          image: ${image}
          resources: ${resources}
`;

describe('the issue’s manifest: 4 × redis:7 (limit = request 2 GiB) and 2 × postgres:16 (request 4 GiB, 2 CPU)', () => {
	const text = [
		deployment('cache', 'redis:7', 4, '{ limits: { memory: 2Gi, cpu: "1" } }'),
		deployment('db', 'postgres:16', 2, '{ requests: { memory: 4Gi, cpu: "2" } }')
	].join('---');
	const plan = planImport(stackOf(text), base, names);
	const figures = planFigures(plan, base);

	it('sets each group’s request: the limit where Kubernetes defaults the request to it', () => {
		expect(plan.groups.map((g) => [g.count, g.requestMiB, g.requestCores])).toEqual([
			[4, 2048, 1],
			[2, 4096, 2]
		]);
	});

	it('models their memory from the requests (before: the catalog’s 79 MiB and 231 MiB)', () => {
		expect(figures[0]!.memoryMiB).toBeGreaterThanOrEqual(2048);
		expect(figures[1]!.memoryMiB).toBeGreaterThanOrEqual(4096);
		expect(plan.rows.map((r) => [r.workload.base, r.memoryFrom.source, r.cpuFrom.source])).toEqual([
			['redis', 'request', 'request'],
			['postgres', 'request', 'request']
		]);
		// The pods ask for 16 GiB and 8 cores in all.
		const total = plan.groups.reduce((s, g) => s + g.count * g.requestMiB!, 0);
		const cores = plan.groups.reduce((s, g) => s + g.count * g.requestCores!, 0);
		expect([total, cores]).toEqual([16384, 8]);
	});

	it('keeps one own workload per image and figures, shared by its replicas', () => {
		expect(plan.workloads.map((w) => [w.base, w.appMiB])).toEqual([
			['redis', 2048],
			['postgres', 4096]
		]);
	});
});

describe('compose: reservations, limits and heaps', () => {
	const plan = planImport(
		stackOf(`
services:
  cache: { image: redis:7, mem_limit: 512m, cpus: 0.5 }
  db: { image: postgres:16, mem_reservation: 1g, deploy: { resources: { reservations: { cpus: "1.5" } } } }
  search:
    image: elasticsearch:8.15.0
    environment: ["ES_JAVA_OPTS=-Xms2g -Xmx2g"]
  api:
    image: eclipse-temurin:21
    command: ["java", "-Xms768m", "-jar", "app.jar"]
`),
		base,
		names
	);
	const figures = planFigures(plan, base);
	const row = (item: string) => plan.rows.findIndex((r) => r.item === item);

	it('a limit alone is the scheduler’s request (Kubernetes defaulting) but not the working set', () => {
		const i = row('cache');
		expect(plan.groups[i]).toMatchObject({ requestMiB: 512, requestCores: 0.5, workload: 'redis' });
		expect(plan.rows[i]!.memoryFrom.source).toBe('catalog');
	});

	it('a reservation is the request and the working set', () => {
		const i = row('db');
		expect(plan.groups[i]).toMatchObject({ requestMiB: 1024, requestCores: 1.5, demandCores: 1.5 });
		expect(plan.rows[i]!.memoryFrom.source).toBe('request');
	});

	it('a minimum heap in ES_JAVA_OPTS or on the java command line is a floor on memory', () => {
		for (const [item, heap] of [
			['search', 2048],
			['api', 768]
		] as const) {
			const i = row(item);
			expect(plan.rows[i]!.memoryFrom.source).toBe('heap');
			expect(figures[i]!.memoryMiB).toBeGreaterThanOrEqual(heap);
		}
	});
});

describe('an HPA whose minReplicas is above the file’s replicas raises the count', () => {
	const hpa = (min: number) => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web-hpa }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: ${min}
  maxReplicas: 10
`;
	const web = deployment('web', 'nginx:1.27', 2, '{}');

	it.each([
		[5, 5, /raised to 5/],
		[1, 2, /^spec.replicas: 2$/]
	])('minReplicas %i on 2 replicas → %i', (min, count, why) => {
		for (const text of [`${web}---${hpa(min)}`, `${hpa(min)}---${web}`]) {
			const stack = stackOf(text);
			expect(stack.items[0]!.count).toBe(count);
			expect(stack.items[0]!.countWhy).toMatch(why);
			expect(stack.notes.map((n) => n.message).join(' ')).toContain('between');
		}
	});
});

describe('reading a JVM’s heap and a runtime from the command and environment', () => {
	const input = (command: string[], env: Record<string, string> = {}) => ({
		command,
		env,
		commandWhere: 'command',
		envWhere: 'environment'
	});

	it.each([
		['512m', 512],
		['2g', 2048],
		['1024k', 1],
		['1073741824', 1024],
		['12x', null]
	])('jvmSizeMiB(%s) = %s', (text, mib) => {
		expect(jvmSizeMiB(text)).toBe(mib);
	});

	it('reads -Xms/-Xmx from each JVM variable and the command line; the last flag wins', () => {
		expect(readJvmHeap(input([], { LS_JAVA_OPTS: '-Xms512m -Xmx1g' }))).toMatchObject({
			minMiB: 512,
			maxMiB: 1024
		});
		expect(readJvmHeap(input(['java', '-Xms1g', '-Xms2g', '-jar', 'a.jar']))!.minMiB).toBe(2048);
		expect(readJvmHeap(input([], { JAVA_TOOL_OPTIONS: '-XX:InitialHeapSize=256m' }))!.minMiB).toBe(
			256
		);
		expect(readJvmHeap(input(['node', 'server.js'], { NODE_ENV: 'production' }))).toBeNull();
	});

	it.each([
		[['nodemon', '--debug', 'server.js'], {}, 'node-api', 'command'],
		[['gunicorn', 'app:app'], {}, 'python-api', 'command'],
		[['/bin/sh', '-c', 'java -jar /app.jar'], {}, 'java-api', 'command'],
		[[], { NODE_ENV: 'production' }, 'node-api', 'environment'],
		[[], { ASPNETCORE_URLS: 'http://+:80' }, 'node-api', 'environment']
	])('%j %j → %s (its %s)', (command, env, workload, what) => {
		const hint = runtimeHint(input(command, env))!;
		expect(hint.workload).toBe(workload);
		expect(hint.why).toMatch(new RegExp(`^its ${what}`));
	});
});

describe('groupReasons says each reason once, with every service it applies to', () => {
	it('groups identical texts in first-seen order, and lists whole-file notes without a name', () => {
		const same = 'Nothing in the name, command or environment says what it runs.';
		expect(
			groupReasons([
				['', ['A file note.']],
				['a', [same, 'Only a.']],
				['b', [same]],
				['c', [same]]
			])
		).toEqual([
			{ text: 'A file note.', items: [] },
			{ text: same, items: ['a', 'b', 'c'] },
			{ text: 'Only a.', items: ['a'] }
		]);
	});

	it('microservices-demo’s report has fewer reasons than services for how each runs', () => {
		const text = (name: string) =>
			readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
		const plan = planImport(stackOf(text('microservices-demo.yaml')), base, names);
		const cpu = groupReasons(plan.rows.map((r) => [r.item, [r.cpuFrom.why]]));
		expect(cpu.length).toBeLessThan(plan.rows.length);
	});
});
