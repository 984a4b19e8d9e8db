/**
 * What a container's command line and environment say about what runs inside it: a JVM's heap
 * (`-Xms`/`-Xmx` in `JAVA_OPTS`, `ES_JAVA_OPTS`, `LS_JAVA_OPTS`, `JAVA_TOOL_OPTIONS`, … or on the
 * command itself), and the runtime the command starts (`nodemon server.js` is Node.js,
 * `gunicorn app:app` Python, `java -jar` the JVM). Pure; the readers call it with the strings the
 * file gives.
 */
import { formatMiB } from './format';
import type { JvmHeap } from './types';
import type { WorkloadId } from '$lib/model/types';

/** Environment variables a JVM (or its launcher script) reads its options from. */
export const JVM_OPTION_VARIABLES = [
	'JAVA_OPTS',
	'JAVA_TOOL_OPTIONS',
	'JDK_JAVA_OPTIONS',
	'_JAVA_OPTIONS',
	'ES_JAVA_OPTS',
	'OPENSEARCH_JAVA_OPTS',
	'LS_JAVA_OPTS',
	'KAFKA_HEAP_OPTS',
	'CATALINA_OPTS',
	'JVM_OPTS',
	'MAX_HEAP_SIZE'
] as const;

/** What the file says the container runs: its command words (entrypoint and command, or args) and environment. */
export interface RuntimeInput {
	/** Entrypoint and command words, in order, as the file gives them. */
	command: readonly string[];
	env: Readonly<Record<string, string>>;
	/** Where in the file the command and environment are, for the sentences. */
	commandWhere: string;
	envWhere: string;
}

/** A JVM size (`512m`, `2g`, `1024k`, plain bytes) in MiB; the JVM reads the units as powers of 1,024. */
export function jvmSizeMiB(text: string): number | null {
	const m = /^(\d+)([kKmMgGtT]?)$/.exec(text);
	if (!m) return null;
	const power = { '': 0, k: 1, m: 2, g: 3, t: 4 }[m[2]!.toLowerCase()] ?? 0;
	return (Number(m[1]) * 1024 ** power) / 2 ** 20;
}

const FLAG =
	/(?:^|\s)-X(ms|mx)(\d+[kKmMgGtT]?)(?=\s|$)|(?:^|\s)-XX:(?:InitialHeapSize|MaxHeapSize)=(\d+[kKmMgGtT]?)(?=\s|$)/g;

/** The heap flags in `text` (the last of each wins, as the JVM reads them). */
function heapFlags(text: string): { min: number | null; max: number | null } {
	let min: number | null = null;
	let max: number | null = null;
	for (const m of text.matchAll(FLAG)) {
		const which = m[1] ?? (m[0].includes('Initial') ? 'ms' : 'mx');
		const size = jvmSizeMiB(m[2] ?? m[3]!);
		if (size === null) continue;
		if (which === 'ms') min = size;
		else max = size;
	}
	return { min, max };
}

/** A JVM's minimum and maximum heap from the environment and the command line; null when neither says. */
export function readJvmHeap(input: RuntimeInput): JvmHeap | null {
	const sources: [string, string][] = [
		...JVM_OPTION_VARIABLES.filter((k) => input.env[k] !== undefined).map(
			(k) => [`${k} (${input.envWhere})`, input.env[k]!] as [string, string]
		),
		[input.commandWhere, input.command.join(' ')]
	];
	let minMiB: number | null = null;
	let maxMiB: number | null = null;
	const from: string[] = [];
	for (const [where, text] of sources) {
		// Cassandra's and similar images' MAX_HEAP_SIZE is a bare size, not a flag.
		const bare = where.startsWith('MAX_HEAP_SIZE') ? jvmSizeMiB(text.trim()) : null;
		const f = bare !== null ? { min: null, max: bare } : heapFlags(text);
		if (f.min === null && f.max === null) continue;
		if (f.min !== null) minMiB = f.min;
		if (f.max !== null) maxMiB = f.max;
		from.push(where);
	}
	if (minMiB === null && maxMiB === null) return null;
	const parts = [
		minMiB !== null ? `-Xms${formatMiB(minMiB)}` : null,
		maxMiB !== null ? `-Xmx${formatMiB(maxMiB)}` : null
	].filter((p) => p !== null);
	return { minMiB, maxMiB, why: `${parts.join(', ')} in ${from.join(' and ')}` };
}

/** A runtime the command or environment names, with what it was read from. */
export interface RuntimeHint {
	workload: WorkloadId;
	why: string;
}

/** Command words that start a runtime, first match wins. */
const COMMANDS: { words: RegExp; workload: WorkloadId; what: string }[] = [
	{
		words: /^(node|nodemon|npm|npx|yarn|pnpm|pm2|pm2-runtime|ts-node|tsx)$/,
		workload: 'node-api',
		what: 'starts Node.js'
	},
	{ words: /\.(m?js|cjs|ts)$/, workload: 'node-api', what: 'runs a JavaScript file' },
	{
		words:
			/^(python\d?(\.\d+)?|gunicorn|uvicorn|hypercorn|flask|django-admin|celery|locust|streamlit|uwsgi)$/,
		workload: 'python-api',
		what: 'starts Python'
	},
	{ words: /\.py$/, workload: 'python-api', what: 'runs a Python file' },
	{
		words: /^(java|catalina\.sh|logstash|elasticsearch|kafka-server-start\.sh)$/,
		workload: 'java-api',
		what: 'starts the JVM'
	},
	{ words: /\.jar$/, workload: 'java-api', what: 'runs a Java archive' },
	{ words: /^(dotnet)$/, workload: 'node-api', what: 'starts .NET' },
	{
		words: /^(php|php-fpm|apache2-foreground|ruby|rails|bundle|puma|unicorn)$/,
		workload: 'python-api',
		what: 'starts an interpreted web app (PHP or Ruby; Python is the catalog’s nearest)'
	},
	{
		words: /^(nginx|httpd|caddy|haproxy|envoy|traefik)$/,
		workload: 'nginx',
		what: 'starts a web server or proxy'
	},
	{
		words: /^(redis-server|memcached|valkey-server)$/,
		workload: 'redis',
		what: 'starts an in-memory store'
	},
	{
		words: /^(postgres|mysqld|mariadbd|mongod)$/,
		workload: 'postgres',
		what: 'starts a database server'
	}
];

/** Environment variables that only one runtime reads. */
const ENV_HINTS: { names: RegExp; workload: WorkloadId; what: string }[] = [
	{
		names: /^(NODE_ENV|NODE_OPTIONS|NPM_CONFIG_\w+)$/,
		workload: 'node-api',
		what: 'a Node.js setting'
	},
	{
		names: /^(PYTHON\w*|FLASK_\w+|DJANGO_\w+|GUNICORN_\w+|UVICORN_\w+)$/,
		workload: 'python-api',
		what: 'a Python setting'
	},
	{
		names:
			/^(JAVA_OPTS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|ES_JAVA_OPTS|LS_JAVA_OPTS|SPRING_\w+|CATALINA_OPTS)$/,
		workload: 'java-api',
		what: 'a JVM setting'
	},
	{
		names: /^(ASPNETCORE_\w+|DOTNET_\w+)$/,
		workload: 'node-api',
		what: 'a .NET setting (.NET sits near Node.js in memory and start time)'
	},
	{
		names: /^(PHP_\w+|WORDPRESS_\w+)$/,
		workload: 'python-api',
		what: 'a PHP setting (Python is the catalog’s nearest interpreted runtime)'
	}
];

const base = (word: string): string => word.split('/').pop() ?? word;

/** The runtime the command line, else the environment, points at; null when neither does. */
export function runtimeHint(input: RuntimeInput): RuntimeHint | null {
	const words = input.command.flatMap((w) => w.split(/\s+/)).filter((w) => w && !w.startsWith('-'));
	for (const word of words.slice(0, 6)) {
		const c = COMMANDS.find((h) => h.words.test(base(word)));
		if (c)
			return {
				workload: c.workload,
				why: `its command (${input.commandWhere}: “${input.command.join(' ').slice(0, 60)}”) ${c.what}`
			};
	}
	for (const name of Object.keys(input.env)) {
		const e = ENV_HINTS.find((h) => h.names.test(name));
		if (e)
			return {
				workload: e.workload,
				why: `its environment sets ${name} (${input.envWhere}), ${e.what}`
			};
	}
	return null;
}
