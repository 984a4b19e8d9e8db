/**
 * Real public files (tests/fixtures/real, each with its source and licence in its header) import
 * with every service named, the counts the file gives, the memory the model will use — the
 * request where the file gives one, at least a JVM's minimum heap — and a guess of what each
 * unknown image runs that says what it rests on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import type { ImportedStack } from '$lib/import/types';
import { defaultScenario, evaluate } from '$lib/model';
import { importTitle, planImport, type ImportPlan } from '$lib/import/stackPlan';
import { planFigures } from '$lib/state/importFigures';

const text = (name: string) =>
	readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
function stackOf(name: string): ImportedStack {
	const r = readStack(text(name));
	if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
	return r.stack;
}
const base = defaultScenario();
const names = evaluate(base).workloads;
function planOf(name: string): { plan: ImportPlan; figures: ReturnType<typeof planFigures> } {
	const plan = planImport(stackOf(name), base, names);
	return { plan, figures: planFigures(plan, base) };
}
/** The file's own figures, read back from the text: every `memory:` under `requests:`. */
const requestLines = (name: string) =>
	[...text(name).matchAll(/requests:\s*\n(?:\s+\w+: .*\n)*?\s+memory: "?(\d+)Mi"?/g)].map((m) =>
		Number(m[1])
	);

const FILES: [file: string, services: string[], counts: number[]][] = [
	[
		'microservices-demo.yaml',
		[
			'emailservice',
			'checkoutservice',
			'recommendationservice',
			'frontend',
			'paymentservice',
			'productcatalogservice',
			'cartservice',
			'loadgenerator',
			'currencyservice',
			'shippingservice',
			'redis-cart',
			'adservice'
		],
		Array(12).fill(1)
	],
	['guestbook-all-in-one.yaml', ['redis-master', 'redis-replica', 'frontend'], [1, 2, 3]],
	['voting-app-compose.yml', ['votes', 'result', 'worker', 'redis', 'db'], [1, 1, 1, 1, 1]],
	[
		'voting-app-stack.yml',
		['redis', 'db', 'vote', 'result', 'worker', 'visualizer'],
		[2, 1, 2, 2, 1, 1]
	],
	['voting-app-k8s.yaml', ['db', 'redis', 'result', 'vote', 'worker'], [1, 1, 1, 1, 1]],
	['awesome-wordpress-mysql.yaml', ['db', 'wordpress', 'phpmyadmin'], [1, 1, 1]],
	['awesome-react-express-mongodb.yaml', ['frontend', 'Backend', 'db'], [1, 1, 1]],
	['awesome-nginx-golang-postgres.yaml', ['backend', 'db', 'proxy'], [1, 1, 1]],
	['awesome-prometheus-grafana.yaml', ['prometheus', 'grafana'], [1, 1]],
	['awesome-elasticsearch-logstash-kibana.yaml', ['elasticsearch', 'logstash', 'kibana'], [1, 1, 1]]
];

describe.each(FILES)('%s', (file, services, counts) => {
	const { plan, figures } = planOf(file);

	it('names every service, with the count the file gives', () => {
		expect(plan.rows.map((r) => r.item)).toEqual(services);
		expect(plan.groups.map((g) => g.count)).toEqual(counts);
	});

	it('gives every service a memory and CPU figure the model computed, and says where each came from', () => {
		for (const [i, f] of figures.entries()) {
			expect(f.memoryMiB).toBeGreaterThan(0);
			expect(f.cpuCores).toBeGreaterThan(0);
			expect(plan.rows[i]!.memoryFrom.why.length).toBeGreaterThan(0);
		}
	});

	it('models each service with a memory request at no less than its request, and sets the request on its group', () => {
		const requested = plan.rows.filter((r) => r.request.memoryMiB !== undefined);
		expect(plan.groups.filter((g) => g.requestMiB !== undefined)).toHaveLength(requested.length);
		for (const [i, row] of plan.rows.entries()) {
			if (row.request.memoryMiB === undefined) continue;
			expect(figures[i]!.memoryMiB).toBeGreaterThanOrEqual(row.request.memoryMiB);
			expect(plan.groups[i]!.requestMiB).toBe(row.request.memoryMiB);
			expect(['request', 'heap']).toContain(row.memoryFrom.source);
		}
	});
});

describe('requests the files give are the ones used', () => {
	it('microservices-demo: every container’s memory request, as written, is its group’s request', () => {
		const { plan } = planOf('microservices-demo.yaml');
		expect(plan.groups.map((g) => g.requestMiB)).toEqual(requestLines('microservices-demo.yaml'));
	});

	it('redis-cart (redis:alpine, a catalog image) takes its 200 Mi request as its working set, not the catalog’s', () => {
		const { plan, figures } = planOf('microservices-demo.yaml');
		const i = plan.rows.findIndex((r) => r.item === 'redis-cart');
		const own = plan.workloads.find((w) => w.id === plan.rows[i]!.workload.ref)!;
		expect(own).toMatchObject({ base: 'redis', appMiB: 200 });
		expect(plan.rows[i]!.memoryFrom.source).toBe('request');
		expect(plan.groups[i]).toMatchObject({
			requestMiB: 200,
			requestCores: 0.07,
			demandCores: 0.07
		});
		// Before: 79 MiB, the catalog's redis.
		expect(figures[i]!.memoryMiB).toBeGreaterThan(200);
	});

	it('guestbook: redis-master (k8s.gcr.io/redis, a catalog image) is modelled from its 100 Mi request', () => {
		const { plan, figures } = planOf('guestbook-all-in-one.yaml');
		expect(plan.rows[0]!.workload.base).toBe('redis');
		expect(plan.rows[0]!.memoryFrom.source).toBe('request');
		expect(figures[0]!.memoryMiB).toBeGreaterThanOrEqual(100);
	});

	it('ELK: elasticsearch and logstash start with -Xms512m, so each is modelled at no less than 512 MiB', () => {
		const { plan, figures } = planOf('awesome-elasticsearch-logstash-kibana.yaml');
		for (const i of [0, 1]) {
			expect(plan.rows[i]!.memoryFrom.source).toBe('heap');
			expect(plan.rows[i]!.memoryFrom.why).toMatch(/-Xms512 MiB/);
			// Before: 371 MiB for elasticsearch.
			expect(figures[i]!.memoryMiB).toBeGreaterThanOrEqual(512);
		}
	});
});

describe('what unknown images run, and what each guess rests on', () => {
	const row = (file: string, item: string) =>
		planOf(file).plan.rows.find((r) => r.item === item)!.workload;

	it.each([
		['awesome-elasticsearch-logstash-kibana.yaml', 'logstash', 'java-api', 'known-image'],
		['awesome-elasticsearch-logstash-kibana.yaml', 'kibana', 'node-api', 'known-image'],
		['awesome-prometheus-grafana.yaml', 'prometheus', 'hello', 'known-image'],
		['awesome-prometheus-grafana.yaml', 'grafana', 'hello', 'known-image'],
		['voting-app-compose.yml', 'result', 'node-api', 'command'],
		['voting-app-compose.yml', 'votes', 'python-api', 'command'],
		['voting-app-stack.yml', 'result', 'node-api', 'known-image'],
		['guestbook-all-in-one.yaml', 'redis-replica', 'redis', 'known-image'],
		['microservices-demo.yaml', 'adservice', 'java-api', 'known-image'],
		['microservices-demo.yaml', 'currencyservice', 'node-api', 'known-image'],
		['microservices-demo.yaml', 'frontend', 'hello', 'known-image']
	])('%s: %s runs on %s (from %s)', (file, item, workload, basis) => {
		const w = row(file, item);
		expect(w.base).toBe(workload);
		expect(w.basis).toBe(basis);
	});

	it('says the command it read for the voting app’s result (nodemon … server.js)', () => {
		expect(row('voting-app-compose.yml', 'result').why).toContain('nodemon --debug server.js');
	});

	it('microservices-demo: no service falls back to “nothing says what it runs”', () => {
		expect(planOf('microservices-demo.yaml').plan.rows.map((r) => r.workload.basis)).not.toContain(
			'nothing'
		);
	});
});

describe('importTitle names the scenario after the file, or its services', () => {
	it.each([
		[
			'microservices-demo.yaml',
			'kubernetes-manifests.yaml',
			'emailservice, checkoutservice, recommendationservice and 9 more'
		],
		['awesome-prometheus-grafana.yaml', 'compose.yaml', 'prometheus and grafana'],
		['guestbook-all-in-one.yaml', 'guestbook-all-in-one.yaml', 'guestbook-all-in-one'],
		['awesome-wordpress-mysql.yaml', null, 'db, wordpress and phpmyadmin']
	])('%s as %s is “%s”', (file, fileName, title) => {
		expect(importTitle(planOf(file).plan, fileName)).toBe(title);
	});
});
