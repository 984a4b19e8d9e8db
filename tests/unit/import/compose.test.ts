/** Compose files read into an ImportedStack: a web + database shop, variables, extends, profiles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import type { ImportedItem, ImportedStack } from '$lib/import/types';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function stackOf(text: string, options = {}): ImportedStack {
	const r = readStack(text, options);
	if (!r.ok) throw new Error(`expected a stack, got ${r.error.code}: ${r.error.message}`);
	return r.stack;
}
const item = (s: ImportedStack, name: string): ImportedItem => {
	const found = s.items.find((i) => i.name === name);
	if (!found) throw new Error(`no item ${name} in ${s.items.map((i) => i.name).join(', ')}`);
	return found;
};
const messages = (notes: { message: string }[]) => notes.map((n) => n.message).join('\n');

describe('readStack on a web + database compose stack', () => {
	const stack = stackOf(fixture('shop-compose.yml'));

	it('reads every default service, named after it, and the project name', () => {
		expect(stack.source).toBe('compose');
		expect(stack.version).toBe(1);
		expect(stack.name).toBe('shop');
		expect(stack.items.map((i) => i.name)).toEqual(['proxy', 'api', 'worker', 'db', 'cache']);
	});

	it('maps nginx, postgres and redis to the catalog', () => {
		expect(item(stack, 'proxy').workload).toMatchObject({ kind: 'catalog', workload: 'nginx' });
		expect(item(stack, 'db').workload).toMatchObject({ kind: 'catalog', workload: 'postgres' });
		expect(item(stack, 'cache').workload).toMatchObject({ kind: 'catalog', workload: 'redis' });
	});

	it('reads deploy limits and reservations in MiB and cores', () => {
		expect(item(stack, 'proxy').resources).toEqual({
			memoryRequestMiB: 64,
			memoryLimitMiB: 128,
			cpuRequestCores: null,
			cpuLimitCores: 0.5
		});
		expect(item(stack, 'api').resources).toEqual({
			memoryRequestMiB: 256,
			memoryLimitMiB: 512,
			cpuRequestCores: 0.25,
			cpuLimitCores: 1
		});
	});

	it('reads the legacy mem_limit, mem_reservation, cpus and scale keys', () => {
		expect(item(stack, 'worker')).toMatchObject({ count: 2, countWhy: 'scale: 2' });
		expect(item(stack, 'worker').resources).toMatchObject({
			memoryLimitMiB: 1024,
			cpuLimitCores: 0.5
		});
		expect(item(stack, 'db').resources).toMatchObject({
			memoryLimitMiB: 2048,
			memoryRequestMiB: 1024
		});
	});

	it('counts deploy.replicas and defaults to one', () => {
		expect(item(stack, 'api')).toMatchObject({
			count: 3,
			countWhy: 'deploy.replicas: 3',
			perNode: false
		});
		expect(item(stack, 'db').count).toBe(1);
	});

	it('proposes an own workload for a built image, sized from its reservation', () => {
		const api = item(stack, 'api');
		expect(api.workload.kind).toBe('own');
		if (api.workload.kind !== 'own') return;
		expect(api.workload.proposal.workingSetMiB).toMatchObject({ value: 256, guessed: false });
		expect(api.workload.proposal.ownLayers[0]!.name).toBe('built from ./api');
		expect(api.notes.some((n) => n.topic === 'mapped' && n.message.includes('./api'))).toBe(true);
	});

	it('merges YAML merge keys and anchors', () => {
		expect(item(stack, 'worker').image).toBe('ghcr.io/acme/shop-worker:latest');
	});

	it('says which variables it guessed or left blank', () => {
		const text = messages(stack.notes);
		expect(text).toContain('API_TAG is not known here; its default “latest” was used');
		expect(text).toContain('POSTGRES_PASSWORD is not known here and has no default');
	});

	it('says the debug-profile service, shm_size and top-level volumes were left out', () => {
		expect(messages(stack.notes)).toContain('“adminer” only runs with the profile debug');
		expect(messages(item(stack, 'db').notes)).toContain('shm_size');
		expect(messages(stack.notes)).toContain('Top-level volumes are not modelled');
	});

	it('says the Alpine nginx is a variant the catalog does not model', () => {
		expect(messages(item(stack, 'proxy').notes)).toContain('Alpine build');
	});

	it('reads a profile service when its profile is active', () => {
		const s = stackOf(fixture('shop-compose.yml'), { profiles: ['debug'] });
		expect(s.items.map((i) => i.name)).toContain('adminer');
	});

	it('uses a supplied variable instead of the default', () => {
		const s = stackOf(fixture('shop-compose.yml'), { env: { API_TAG: '2.0' } });
		expect(item(s, 'worker').image).toBe('ghcr.io/acme/shop-worker:2.0');
	});
});

describe('readStack on compose edge cases', () => {
	it('merges a same-file extends and notes it', () => {
		const s = stackOf(`services:
  base:
    image: python:3.12-slim
    mem_limit: 300m
  web:
    extends: base
    cpus: 0.5
  job:
    extends: { service: web }
`);
		expect(item(s, 'web')).toMatchObject({
			image: 'python:3.12-slim',
			resources: { memoryLimitMiB: 300, cpuLimitCores: 0.5 }
		});
		expect(item(s, 'job').resources.memoryLimitMiB).toBe(300);
		expect(messages(s.notes)).toContain('“web” extends “base”: its settings were merged in.');
	});

	it('says an extends from another file cannot be read', () => {
		const s = stackOf(`services:
  web:
    image: nginx
    extends: { file: common.yml, service: webapp }
`);
		expect(messages(s.notes)).toContain(
			'extends “webapp” from common.yml, which cannot be read here'
		);
	});

	it('stops an extends loop with a note', () => {
		const s = stackOf(`services:
  a: { image: nginx, extends: b }
  b: { image: nginx, extends: a }
`);
		expect(s.items).toHaveLength(2);
		expect(messages(s.notes)).toContain('a loop');
	});

	it('keeps a service with neither image nor build, with an error note', () => {
		const s = stackOf('services:\n  mystery:\n    command: sleep infinity\n');
		const m = item(s, 'mystery');
		expect(m.workload.kind).toBe('own');
		expect(
			m.notes.some((n) => n.level === 'error' && n.message.includes('neither an image nor a build'))
		).toBe(true);
	});

	it('explains invalid sizes and keeps the rest', () => {
		const s = stackOf(`services:
  web:
    image: nginx
    mem_limit: lots
    deploy: { replicas: two, resources: { limits: { cpus: "half" } } }
`);
		const web = item(s, 'web');
		expect(web.resources.memoryLimitMiB).toBeNull();
		expect(web.count).toBe(1);
		const text = messages(web.notes);
		expect(text).toContain('mem_limit: “lots” is not a size');
		expect(text).toContain('“two” is not a whole number');
		expect(text).toContain('“half” is not a number of cores');
	});

	it('notes when deploy limits and mem_limit disagree', () => {
		const s = stackOf(`services:
  web: { image: nginx, mem_limit: 1g, deploy: { resources: { limits: { memory: 512m } } } }
`);
		expect(item(s, 'web').resources.memoryLimitMiB).toBe(512);
		expect(messages(item(s, 'web').notes)).toContain('disagree');
	});

	it('treats global mode as one per node', () => {
		const s = stackOf(
			'services:\n  agent:\n    image: datadog/agent:7\n    deploy: { mode: global }\n'
		);
		expect(item(s, 'agent')).toMatchObject({ count: 1, perNode: true });
	});

	it('leaves out a service with zero replicas', () => {
		const s = stackOf(
			'services:\n  a: { image: nginx }\n  b: { image: redis, deploy: { replicas: 0 } }\n'
		);
		expect(s.items.map((i) => i.name)).toEqual(['a']);
		expect(messages(s.notes)).toContain('“b” has 0 replicas');
	});

	it('refuses a compose file where nothing runs, with a reason', () => {
		const r = readStack('services:\n  dbg: { image: busybox, profiles: [debug] }\n');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.code).toBe('nothing-to-run');
			expect(r.error.message).toContain('profile debug');
		}
	});
});
