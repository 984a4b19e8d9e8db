/** Image references, the catalog matcher and own-workload proposals. */
import { describe, expect, it } from 'vitest';
import { parseImageRef } from '$lib/import/imageRef';
import { CATALOG_BASE_LAYER, CATALOG_IMAGES, catalogMatch, nearestBase } from '$lib/import/match';
import { KUBERNETES_TERMS, matchWorkload } from '$lib/import/proposal';
import type { ImportedResources } from '$lib/import/types';
import { WORKLOADS } from '$lib/model/catalog';
import { WORKLOAD_IDS } from '$lib/model/types';

const NO_RESOURCES: ImportedResources = {
	memoryRequestMiB: null,
	memoryLimitMiB: null,
	cpuRequestCores: null,
	cpuLimitCores: null
};

describe('parseImageRef takes references apart like Docker', () => {
	it.each([
		['nginx', 'docker.io', 'library/nginx', 'nginx', null, null],
		['nginx:1.27-alpine', 'docker.io', 'library/nginx', 'nginx', '1.27-alpine', null],
		[
			'docker.io/library/nginx:1.27-alpine',
			'docker.io',
			'library/nginx',
			'nginx',
			'1.27-alpine',
			null
		],
		['bitnami/redis:7.2', 'docker.io', 'bitnami/redis', 'redis', '7.2', null],
		[
			'ghcr.io/org/app@sha256:' + 'a'.repeat(64),
			'ghcr.io',
			'org/app',
			'app',
			null,
			'sha256:' + 'a'.repeat(64)
		],
		[
			'ghcr.io/org/app:v2@sha256:' + 'b'.repeat(64),
			'ghcr.io',
			'org/app',
			'app',
			'v2',
			'sha256:' + 'b'.repeat(64)
		],
		['localhost:5000/team/api:dev', 'localhost:5000', 'team/api', 'api', 'dev', null],
		['localhost/api', 'localhost', 'api', 'api', null, null],
		['registry.example.com:443/a/b/c:1', 'registry.example.com:443', 'a/b/c', 'c', '1', null],
		[
			'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
			'mcr.microsoft.com',
			'windows/servercore/iis',
			'iis',
			'windowsservercore-ltsc2022',
			null
		],
		['index.docker.io/library/postgres:16', 'docker.io', 'library/postgres', 'postgres', '16', null]
	])('parseImageRef(%s)', (raw, registry, path, name, tag, digest) => {
		expect(parseImageRef(raw)).toEqual({ raw, registry, path, name, tag, digest });
	});

	it.each([
		[''],
		['has space'],
		['UPPER::tag'],
		['app@sha256:xyz'],
		['a//b'],
		['-bad'],
		['x'.repeat(600)]
	])('parseImageRef(%j) is null', (raw) => {
		expect(parseImageRef(raw)).toBeNull();
	});
});

describe('catalogMatch finds catalog workloads by image name', () => {
	it.each([
		['nginx', 'nginx'],
		['nginx:1.27', 'nginx'],
		['docker.io/library/nginx:1.27-alpine', 'nginx'],
		['nginxinc/nginx-unprivileged:stable', 'nginx'],
		['redis:7', 'redis'],
		['bitnami/redis', 'redis'],
		['postgres:16-bookworm', 'postgres'],
		['bitnami/postgresql:16', 'postgres'],
		['node:20-alpine', 'node-api'],
		['python:3.12-slim', 'python-api'],
		['eclipse-temurin:21-jre', 'java-api'],
		['openjdk:17', 'java-api'],
		['amazoncorretto:21', 'java-api'],
		['mcr.microsoft.com/openjdk/jdk:21-ubuntu', 'java-api'],
		['mcr.microsoft.com/windows/servercore/iis', 'windows-iis'],
		['mcr.microsoft.com/windows/servercore:ltsc2022', 'windows-iis'],
		['mcr.microsoft.com/dotnet/framework/aspnet:4.8', 'windows-iis'],
		['gcr.io/google-samples/hello-app:1.0', 'hello'],
		['hello-world', 'hello']
	])('catalogMatch(%s) = %s', (raw, id) => {
		const hit = catalogMatch(parseImageRef(raw)!);
		expect(hit?.workload).toBe(id);
		expect(hit?.why).toContain(raw);
	});

	it.each([
		['ghcr.io/org/app:1.0'],
		['mysql:8'],
		['python:3.12-windowsservercore-ltsc2022'],
		['traefik:v3']
	])('catalogMatch(%s) is null', (raw) => {
		expect(catalogMatch(parseImageRef(raw)!)).toBeNull();
	});

	it('says when the tag is a variant the catalog does not model', () => {
		expect(catalogMatch(parseImageRef('nginx:1.27-alpine')!)?.variant).toContain('Alpine');
		expect(catalogMatch(parseImageRef('nginx:1.27')!)?.variant).toBeUndefined();
	});

	it('reaches every catalog workload by some image name', () => {
		for (const id of WORKLOAD_IDS) {
			const name = CATALOG_IMAGES[id][0]!;
			expect(catalogMatch(parseImageRef(name)!)?.workload).toBe(id);
		}
	});

	it('names the base layer the catalog itself gives each workload', () => {
		for (const id of WORKLOAD_IDS) expect(CATALOG_BASE_LAYER[id]).toBe(WORKLOADS[id].layers[0]);
	});
});

describe('nearestBase picks defaults for unknown images and says why', () => {
	it.each([
		['mysql:8.4', 'db', 'postgres', 'debian-12-slim'],
		['mariadb:11', 'database', 'postgres', 'debian-12-slim'],
		['keycloak/keycloak:25', 'auth', 'java-api', 'alpine-3'],
		['memcached:1.6-alpine', 'cache', 'redis', 'alpine-3'],
		['traefik:v3', 'edge', 'nginx', 'debian-12-slim'],
		['ghcr.io/acme/next-shop:2', 'frontend', 'node-api', 'debian-12'],
		['fluent/fluent-bit:3.0', 'log-shipper', 'hello', 'alpine-3'],
		['gcr.io/distroless/static:nonroot', 'tool', 'hello', 'alpine-3'],
		['mcr.microsoft.com/windows/nanoserver:ltsc2022', 'win', 'windows-iis', 'servercore-ltsc2022'],
		['ghcr.io/acme/thing:1', 'thing', 'python-api', 'debian-12-slim']
	])('nearestBase(%s, %s) = %s on %s', (raw, service, workload, layer) => {
		const near = nearestBase(parseImageRef(raw), service);
		expect(near.workload).toBe(workload);
		expect(near.baseLayer).toBe(layer);
		expect(near.why.length).toBeGreaterThan(20);
	});

	it('falls back to the service name when the image says nothing', () => {
		expect(nearestBase(parseImageRef('ghcr.io/acme/x:1'), 'orders-db').workload).toBe('postgres');
		expect(nearestBase(null, 'api-gateway').workload).toBe('nginx');
	});

	it('does not read “node” in a service name as Node.js', () => {
		expect(nearestBase(parseImageRef('ghcr.io/acme/x:1'), 'node-logs').workload).toBe('python-api');
		expect(nearestBase(parseImageRef('ghcr.io/acme/node-service:1'), 'x').workload).toBe(
			'node-api'
		);
	});
});

describe('matchWorkload', () => {
	const base = { itemName: 'orders', terms: KUBERNETES_TERMS, where: 'Deployment orders' };

	it('sizes an unknown image from its requests, not guessed', () => {
		const out = matchWorkload({
			...base,
			image: 'ghcr.io/acme/orders:3.1',
			resources: {
				...NO_RESOURCES,
				memoryRequestMiB: 256,
				cpuRequestCores: 0.25,
				memoryLimitMiB: 512
			}
		});
		expect(out.workload.kind).toBe('own');
		if (out.workload.kind !== 'own') return;
		const p = out.workload.proposal;
		expect(p.workingSetMiB).toMatchObject({ value: 256, guessed: false });
		expect(p.workingSetMiB.why).toContain('256 MiB');
		expect(p.cpuCores).toMatchObject({ value: 0.25, guessed: false });
		expect(p.ioShare).toMatchObject({ value: null, guessed: true });
		expect(p.appStartMs.why).toContain(p.base);
		expect(p.ownLayers[0]).toMatchObject({ name: 'acme/orders', sizeMiB: null, guessed: true });
	});

	it('uses a lone limit as an upper bound and flags it as guessed', () => {
		const out = matchWorkload({
			...base,
			image: 'ghcr.io/acme/orders:3.1',
			resources: { ...NO_RESOURCES, memoryLimitMiB: 1024 }
		});
		if (out.workload.kind !== 'own') throw new Error('expected an own workload');
		expect(out.workload.proposal.workingSetMiB).toMatchObject({ value: 1024, guessed: true });
		expect(out.notes.some((n) => n.topic === 'guessed' && n.message.includes('1 GiB'))).toBe(true);
	});

	it('maps a known image to the catalog and keeps a note', () => {
		const out = matchWorkload({ ...base, image: 'redis:7-alpine', resources: NO_RESOURCES });
		expect(out.workload).toMatchObject({ kind: 'catalog', workload: 'redis' });
		expect(out.notes.map((n) => n.topic)).toEqual(['mapped', 'guessed']);
	});

	it('never matches a built image to the catalog, even if named like one', () => {
		const out = matchWorkload({
			...base,
			image: 'node',
			buildContext: './web',
			resources: NO_RESOURCES
		});
		expect(out.workload.kind).toBe('own');
		expect(out.notes[0]!.message).toContain('built from ./web');
	});

	it('warns about an invalid image name and still proposes a workload', () => {
		const out = matchWorkload({ ...base, image: 'Not An Image', resources: NO_RESOURCES });
		expect(out.workload.kind).toBe('own');
		expect(out.notes[0]).toMatchObject({ level: 'warning', topic: 'problem' });
	});
});
