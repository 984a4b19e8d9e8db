/**
 * Which catalog workload an image is, by name — or, when none, which catalog workload is nearest
 * (its defaults fill what the file does not say) and which catalog base layer the image most
 * likely sits on (so sharing with other images still works). Only ids and types come from the
 * model; no catalog numbers are read here.
 */
import type { LayerId } from '$lib/model/catalog/workloads';
import { WORKLOAD_IDS, type WorkloadId } from '$lib/model/types';
import type { RuntimeHint } from './runtime';
import type { ImageRef, ImportOsFamily } from './types';

/** Image names (last path segment, or a full path) that are each catalog workload. */
export const CATALOG_IMAGES: Record<WorkloadId, readonly string[]> = {
	hello: ['hello-world', 'hello-app', 'http-echo', 'whoami', 'hello'],
	nginx: ['nginx', 'nginx-unprivileged'],
	redis: ['redis'],
	postgres: ['postgres', 'postgresql'],
	'java-api': ['eclipse-temurin', 'openjdk', 'amazoncorretto', 'openjdk/jdk'],
	'python-api': ['python'],
	'node-api': ['node'],
	'windows-iis': ['windows/servercore/iis', 'windows/servercore', 'dotnet/framework/aspnet', 'iis']
};

/** The catalog base layer each catalog workload's image starts from (checked against the catalog in tests). */
export const CATALOG_BASE_LAYER: Record<WorkloadId, LayerId> = {
	hello: 'alpine-3',
	nginx: 'debian-12-slim',
	redis: 'debian-12-slim',
	postgres: 'debian-12-slim',
	'java-api': 'alpine-3',
	'python-api': 'debian-12-slim',
	'node-api': 'debian-12',
	'windows-iis': 'servercore-ltsc2022'
};

const BY_NAME = new Map<string, WorkloadId>(
	WORKLOAD_IDS.flatMap((id) => CATALOG_IMAGES[id].map((name) => [name, id] as const))
);

export function isWorkloadId(x: unknown): x is WorkloadId {
	return (WORKLOAD_IDS as readonly unknown[]).includes(x);
}

const isWindows = (ref: ImageRef): boolean =>
	(ref.registry === 'mcr.microsoft.com' && /^windows\b|dotnet\/framework/.test(ref.path)) ||
	/servercore|nanoserver|windowsservercore/.test(`${ref.path}:${ref.tag ?? ''}`) ||
	/ltsc20\d\d/.test(ref.tag ?? '');

export interface CatalogHit {
	workload: WorkloadId;
	why: string;
	/** Set when the image is a variant the catalog does not model (an Alpine build, say). */
	variant?: string;
}

/** The catalog workload this image is, or null. `nginx`, `docker.io/library/nginx:1.27-alpine`, … */
export function catalogMatch(ref: ImageRef): CatalogHit | null {
	const candidates = [
		ref.path,
		ref.path.replace(/^library\//, ''),
		ref.path.split('/').slice(-3).join('/'),
		ref.path.split('/').slice(-2).join('/'),
		ref.name
	];
	const hit = candidates.map((c) => [c, BY_NAME.get(c)] as const).find(([, id]) => id);
	if (!hit) return null;
	const [name, workload] = hit as [string, WorkloadId];
	if (workload !== 'windows-iis' && isWindows(ref)) return null;
	const why = `The image “${ref.raw}” is ${name === ref.name ? `the ${name} image` : name}, which the catalog has as “${workload}”.`;
	const tag = ref.tag ?? '';
	const base = CATALOG_BASE_LAYER[workload];
	let variant: string | undefined;
	if (/alpine/.test(tag) && base !== 'alpine-3')
		variant = `The tag “${tag}” is an Alpine build; the catalog’s ${workload} image is the Debian one, so its layer sizes are the Debian image’s.`;
	else if (/slim|bookworm|bullseye|trixie|jammy|noble/.test(tag) && base === 'alpine-3')
		variant = `The tag “${tag}” is a Debian or Ubuntu build; the catalog’s ${workload} image is on Alpine, so its layer sizes are the Alpine image’s.`;
	return variant ? { workload, why, variant } : { workload, why };
}

/** Words in an image name that point at the nearest catalog workload, in order of precedence. */
const HINTS: { words: RegExp; workload: WorkloadId; why: string; imageOnly?: boolean }[] = [
	{
		words: /fluent|vector|promtail|filebeat|exporter|telegraf|otel|collector|datadog|agent|coredns/,
		workload: 'hello',
		why: 'looks like a small compiled agent (a log, metrics or DNS daemon)'
	},
	{
		words:
			/jdk|jre|java|spring|tomcat|jetty|wildfly|keycloak|elasticsearch|opensearch|kafka|zookeeper|cassandra|jenkins|sonarqube|nexus|solr|neo4j|flink|spark|maven|gradle|corretto|temurin|semeru/,
		workload: 'java-api',
		why: 'runs on the Java virtual machine'
	},
	{
		words:
			/mysql|mariadb|mongo|couchdb|cockroach|postgis|timescale|clickhouse|influx|percona|sqlserver|mssql|database|\bdb\b/,
		workload: 'postgres',
		why: 'is a database server'
	},
	{
		words: /memcached|valkey|keydb|dragonfly|etcd|nats|rabbitmq/,
		workload: 'redis',
		why: 'is an in-memory store or message broker'
	},
	{
		words: /httpd|apache|caddy|traefik|haproxy|envoy|openresty|varnish|ingress|proxy|gateway/,
		workload: 'nginx',
		why: 'is a web server or proxy'
	},
	{
		words: /node|next|nuxt|deno|bun|express|\bjs\b/,
		workload: 'node-api',
		why: 'runs on a JavaScript runtime',
		// "node" in a service's name is as likely a Kubernetes node as Node.js.
		imageOnly: true
	},
	{
		words: /python|django|flask|fastapi|uvicorn|gunicorn|celery|jupyter|airflow|streamlit/,
		workload: 'python-api',
		why: 'runs on Python'
	},
	{
		words: /ruby|rails|php|wordpress|drupal|laravel|perl/,
		workload: 'python-api',
		why: 'is an interpreted web app (the catalog has no Ruby or PHP workload; Python is the nearest)'
	},
	{
		words: /dotnet|aspnet/,
		workload: 'node-api',
		why: 'runs on .NET, a managed runtime that sits near Node.js in memory and start time'
	},
	{
		words: /golang|distroless|static|scratch|busybox|\bgo\b|rust|echo|hello|whoami|pause/,
		workload: 'hello',
		why: 'looks like a small compiled binary'
	}
];

/**
 * Well-known images whose runtime their name does not say (an image is looked up by its path,
 * registry left out). Each says what the image runs, from the project's own documentation.
 */
export const KNOWN_IMAGES: { path: RegExp; workload: WorkloadId; runs: string }[] = [
	{
		path: /(^|\/)(logstash|elasticsearch|opensearch)$/,
		workload: 'java-api',
		runs: 'a Java (JVM) server'
	},
	{ path: /(^|\/)(kibana|opensearch-dashboards)$/, workload: 'node-api', runs: 'a Node.js server' },
	{
		path: /^prom\/|(^|\/)prometheus$|(^|\/)alertmanager$/,
		workload: 'hello',
		runs: 'a compiled Go server (Prometheus)'
	},
	{
		path: /^grafana\/(grafana|grafana-oss|grafana-enterprise|loki|tempo|mimir)$/,
		workload: 'hello',
		runs: 'a compiled Go server (Grafana)'
	},
	{
		path: /(^|\/)(consul|vault|etcd|minio|registry|jaeger|all-in-one)$/,
		workload: 'hello',
		runs: 'a compiled Go server'
	},
	{
		path: /(gb-redisslave|gb-redis-follower|redis-follower|redis-replica|redis-slave)$|^bitnami\/redis$/,
		workload: 'redis',
		runs: 'a Redis server (a replica of the Redis master)'
	},
	{
		path: /gb-frontend$/,
		workload: 'python-api',
		runs: 'the Kubernetes guestbook’s PHP front end (PHP on Apache; Python is the catalog’s nearest interpreted runtime)'
	},
	{
		path: /(^|\/)(phpmyadmin|drupal|nextcloud|joomla|matomo)$/,
		workload: 'python-api',
		runs: 'a PHP web app (Python is the catalog’s nearest interpreted runtime)'
	},
	{
		path: /microservices-demo\/(checkoutservice|frontend|productcatalogservice|shippingservice)$/,
		workload: 'hello',
		runs: 'one of microservices-demo’s Go services (its README lists each service’s language)'
	},
	{
		path: /microservices-demo\/(emailservice|recommendationservice|loadgenerator)$/,
		workload: 'python-api',
		runs: 'one of microservices-demo’s Python services (its README lists each service’s language)'
	},
	{
		path: /microservices-demo\/(paymentservice|currencyservice)$/,
		workload: 'node-api',
		runs: 'one of microservices-demo’s Node.js services (its README lists each service’s language)'
	},
	{
		path: /microservices-demo\/cartservice$/,
		workload: 'node-api',
		runs: 'microservices-demo’s C# (.NET) cart service; .NET sits near Node.js in memory and start time'
	},
	{
		path: /microservices-demo\/adservice$/,
		workload: 'java-api',
		runs: 'microservices-demo’s Java service'
	},
	{
		path: /(examplevotingapp|votingapp)_vote$/,
		workload: 'python-api',
		runs: 'the voting app’s Python (Flask) front end'
	},
	{
		path: /(examplevotingapp|votingapp)_result$/,
		workload: 'node-api',
		runs: 'the voting app’s Node.js results page'
	},
	{
		path: /(examplevotingapp|votingapp)_worker$/,
		workload: 'node-api',
		runs: 'the voting app’s .NET worker; .NET sits near Node.js in memory and start time'
	},
	{
		path: /(^|\/)visualizer$/,
		workload: 'node-api',
		runs: 'a Node.js app (Docker’s swarm visualizer)'
	}
];

/** What a guess of the nearest workload rests on, so a report can group the same reasons. */
export const GUESS_BASES = [
	'windows',
	'known-image',
	'command',
	'environment',
	'image-words',
	'service-name',
	'nothing'
] as const;
export type GuessBasis = (typeof GUESS_BASES)[number];

export interface NearestBase {
	workload: WorkloadId;
	/** What the guess rests on. */
	basis: GuessBasis;
	why: string;
	family: ImportOsFamily;
	baseLayer: LayerId;
	baseLayerWhy: string;
}

/**
 * The nearest catalog workload for an unknown image. In order: a Windows image; a well-known
 * image (`KNOWN_IMAGES`); the runtime its command or environment starts (`runtime`); words in
 * the image's name; words in the service's name. Falls back to a small Python web service on the
 * common Debian slim base, and says so. `basis` says which one decided.
 */
export function nearestBase(
	ref: ImageRef | null,
	serviceName: string,
	runtime: RuntimeHint | null = null
): NearestBase {
	const imageText = ref ? `${ref.path} ${ref.tag ?? ''}`.toLowerCase() : '';
	const nameText = serviceName.toLowerCase().replace(/[-_.]/g, ' ');
	if (ref && isWindows(ref)) {
		return {
			workload: 'windows-iis',
			basis: 'windows',
			why: `“${ref.raw}” is a Windows image; the catalog’s Windows workload is IIS on Server Core.`,
			family: 'windows',
			baseLayer: 'servercore-ltsc2022',
			baseLayerWhy:
				'Windows images start from a Server Core (or Nano Server) base; the catalog has Server Core.'
		};
	}
	const pick = (workload: WorkloadId, basis: GuessBasis, why: string): NearestBase => ({
		workload,
		basis,
		why,
		family: 'linux',
		...baseLayerFor(ref, workload)
	});
	const path = ref?.path.replace(/^library\//, '') ?? '';
	const known = ref ? KNOWN_IMAGES.find((k) => k.path.test(path)) : undefined;
	if (known)
		return pick(
			known.workload,
			'known-image',
			`“${ref!.raw}” is ${known.runs}, so the catalog’s “${known.workload}” gives the defaults.`
		);
	if (runtime)
		return pick(
			runtime.workload,
			/^its environment/.test(runtime.why) ? 'environment' : 'command',
			`Its image name does not say what it runs, but ${runtime.why}, so the catalog’s “${runtime.workload}” gives the defaults.`
		);
	const spaced = imageText.replace(/[-_./:]/g, ' ');
	for (const [text, what, isName] of [
		[spaced, ref ? `The image “${ref.raw}”` : '', false],
		[nameText, `The service name “${serviceName}”`, true]
	] as const) {
		const hint = text
			? HINTS.find((h) => h.words.test(text) && !(isName && h.imageOnly))
			: undefined;
		if (hint)
			return pick(
				hint.workload,
				isName ? 'service-name' : 'image-words',
				`${what} ${hint.why}, so the catalog’s “${hint.workload}” gives the defaults.`
			);
	}
	return pick(
		'python-api',
		'nothing',
		'Nothing in the name, command or environment says what it runs; a small web service on the common Debian slim base (the catalog’s “python-api”) is the middle guess.'
	);
}

function baseLayerFor(
	ref: ImageRef | null,
	workload: WorkloadId
): { baseLayer: LayerId; baseLayerWhy: string } {
	const text = ref ? `${ref.path}:${ref.tag ?? ''}` : '';
	if (/alpine/.test(text))
		return { baseLayer: 'alpine-3', baseLayerWhy: 'The image name or tag says Alpine.' };
	if (/distroless|scratch|busybox|static/.test(text))
		return {
			baseLayer: 'alpine-3',
			baseLayerWhy: 'A minimal image; Alpine is the catalog’s smallest base.'
		};
	if (/slim|bookworm|bullseye|trixie|debian/.test(text))
		return { baseLayer: 'debian-12-slim', baseLayerWhy: 'The image name or tag says Debian.' };
	return {
		baseLayer: CATALOG_BASE_LAYER[workload],
		baseLayerWhy: `Not stated in the image name; the base of the catalog’s “${workload}” image is used.`
	};
}
