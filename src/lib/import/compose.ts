/**
 * A compose file (the Compose Specification) read into an ImportedStack: one item per service,
 * with its image, replicas and memory and CPU limits and reservations. What Compose would need
 * that the browser cannot see (other files, the environment) is said in notes, as is every
 * setting read and not used.
 */
import { composeBytesMiB, composeCpus } from './composeValues';
import { formatCount, listing } from './format';
import { interpolateValues, type VariableUse } from './interpolate';
import { resolveExtends } from './composeExtends';
import { at, count, isObj, str, type Obj } from './objects';
import { COMPOSE_TERMS, matchWorkload } from './proposal';
import type { RuntimeInput } from './runtime';
import {
	IMPORT_FORMAT_VERSION,
	type ImportedItem,
	type ImportedResources,
	type ImportLimits,
	type ImportNote,
	type ImportResult
} from './types';

export interface ComposeOptions {
	/** Variables to interpolate; unset ones take their default or become blank. */
	env?: Readonly<Record<string, string>>;
	/** Active profiles: services in other profiles are left out, as `docker compose up` does. */
	profiles?: readonly string[];
}

/** Service settings read but not modelled, with the reason given once. */
const NOT_MODELLED: [key: string, why: string][] = [
	['cpu_shares', 'a relative weight'],
	['cpu_quota', 'a scheduler setting'],
	['cpu_period', 'a scheduler setting'],
	['cpu_count', 'a Windows setting'],
	['cpu_percent', 'a Windows setting'],
	['cpuset', 'a pinning to CPUs'],
	['memswap_limit', 'swap'],
	['shm_size', 'shared memory inside the container'],
	['gpus', 'devices']
];

function variableNotes(uses: Map<string, VariableUse>): ImportNote[] {
	const notes: ImportNote[] = [];
	for (const use of uses.values()) {
		if (use.outcome === 'default')
			notes.push({
				level: 'info',
				topic: 'guessed',
				message: `The variable ${use.name} is not known here; its default “${use.fallback}” was used.`
			});
		else if (use.outcome === 'blank')
			notes.push({
				level: 'warning',
				topic: 'guessed',
				message: `The variable ${use.name} is not known here and has no default, so it was left blank${use.required ? ' (Compose would stop and ask for it)' : ''}.`
			});
	}
	return notes;
}

type Reader = (
	v: unknown
) => { ok: true; value: number; warning?: string } | { ok: false; reason: string };

/** One resource figure from its deploy path or its legacy key; both set and different is noted. */
function figure(
	svc: Obj,
	deployPath: string[],
	legacyKey: string | null,
	read: Reader,
	where: string,
	notes: ImportNote[]
): number | null {
	const candidates: [string, unknown][] = [[deployPath.join('.'), at(svc, ...deployPath)]];
	if (legacyKey) candidates.push([legacyKey, svc[legacyKey]]);
	const values: number[] = [];
	for (const [key, raw] of candidates) {
		if (raw === undefined || raw === null || raw === '') continue;
		const r = read(raw);
		if (!r.ok) {
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `${key}: ${r.reason} It was left out.`,
				where: `${where}.${key}`
			});
			continue;
		}
		if (r.warning)
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: r.warning,
				where: `${where}.${key}`
			});
		values.push(r.value);
	}
	if (values.length === 2 && Math.abs(values[0]! - values[1]!) > 1e-9)
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `${deployPath.join('.')} and ${legacyKey} disagree; Compose refuses that. ${deployPath.join('.')} was used.`,
			where
		});
	return values[0] ?? null;
}

function resourcesOf(svc: Obj, where: string, notes: ImportNote[]): ImportedResources {
	const r = ['deploy', 'resources'];
	const cpus = (v: unknown) => {
		const c = composeCpus(v);
		return c.ok && c.value === 0 ? { ok: true as const, value: NaN } : c;
	};
	const cpu = (path: string[], key: string | null) => {
		const v = figure(svc, path, key, cpus, where, notes);
		return v === null || Number.isNaN(v) ? null : v;
	};
	return {
		memoryRequestMiB: figure(
			svc,
			[...r, 'reservations', 'memory'],
			'mem_reservation',
			composeBytesMiB,
			where,
			notes
		),
		memoryLimitMiB: figure(
			svc,
			[...r, 'limits', 'memory'],
			'mem_limit',
			composeBytesMiB,
			where,
			notes
		),
		cpuRequestCores: cpu([...r, 'reservations', 'cpus'], null),
		cpuLimitCores: cpu([...r, 'limits', 'cpus'], 'cpus')
	};
}

function countOf(
	svc: Obj,
	where: string,
	notes: ImportNote[]
): { count: number; why: string; perNode: boolean } {
	const mode = str(at(svc, 'deploy', 'mode')) ?? 'replicated';
	if (mode === 'global' || mode === 'global-job')
		return { count: 1, why: `deploy.mode: ${mode} — one per node`, perNode: true };
	const raw = at(svc, 'deploy', 'replicas') ?? svc.scale;
	const key = at(svc, 'deploy', 'replicas') !== undefined ? 'deploy.replicas' : 'scale';
	if (raw === undefined) return { count: 1, why: 'no replicas given: one', perNode: false };
	const n = count(raw);
	if (n === undefined) {
		notes.push({
			level: 'warning',
			topic: 'problem',
			message: `${key}: “${String(raw)}” is not a whole number; one replica was assumed.`,
			where: `${where}.${key}`
		});
		return { count: 1, why: `${key} unreadable: one assumed`, perNode: false };
	}
	return { count: n, why: `${key}: ${n}`, perNode: false };
}

/** Compose's `entrypoint` and `command` (a string or a list) and `environment` (a list of `K=V` or a map). */
function serviceRuntime(svc: Obj): RuntimeInput {
	const words = (v: unknown): string[] =>
		typeof v === 'string'
			? v.split(/\s+/).filter(Boolean)
			: Array.isArray(v)
				? v.filter((w): w is string => typeof w === 'string')
				: [];
	const env: Record<string, string> = {};
	const raw = svc.environment;
	if (Array.isArray(raw))
		for (const line of raw) {
			if (typeof line !== 'string') continue;
			const eq = line.indexOf('=');
			if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
		}
	else if (isObj(raw))
		for (const [k, v] of Object.entries(raw))
			if (typeof v === 'string' || typeof v === 'number') env[k] = String(v);
	return {
		command: [...words(svc.entrypoint), ...words(svc.command)],
		env,
		commandWhere: 'entrypoint and command',
		envWhere: 'environment'
	};
}

function readService(name: string, svc: Obj, notes: ImportNote[]): ImportedItem | null {
	const where = `services.${name}`;
	const own: ImportNote[] = [];
	const c = countOf(svc, where, own);
	if (c.count === 0) {
		notes.push({
			level: 'info',
			topic: 'left-out',
			message: `“${name}” has 0 replicas and was left out.`,
			where
		});
		return null;
	}
	const mode = str(at(svc, 'deploy', 'mode'));
	if (mode === 'replicated-job' || mode === 'global-job')
		own.push({
			level: 'info',
			topic: 'guessed',
			message: `“${name}” is a job that runs to completion; it is counted as if running.`,
			where
		});
	const image = str(svc.image) ?? null;
	const build = svc.build;
	const buildContext =
		build === undefined ? undefined : (str(build) ?? str(at(build, 'context')) ?? '.');
	if (image === null && buildContext === undefined)
		own.push({
			level: 'error',
			topic: 'problem',
			message: `“${name}” has neither an image nor a build; Compose would refuse it. It is kept as an unknown workload.`,
			where
		});
	const resources = resourcesOf(svc, where, own);
	const ignored = NOT_MODELLED.filter(([k]) => svc[k] !== undefined);
	if (at(svc, 'deploy', 'resources', 'reservations', 'devices') !== undefined)
		ignored.push(['deploy.resources.reservations.devices', 'devices']);
	if (ignored.length)
		own.push({
			level: 'info',
			topic: 'left-out',
			message: `Not modelled, left out: ${listing(ignored.map(([k, why]) => `${k} (${why})`))}.`,
			where
		});
	const m = matchWorkload({
		itemName: name,
		image,
		buildContext,
		resources,
		terms: COMPOSE_TERMS,
		where,
		runtime: serviceRuntime(svc)
	});
	return {
		name,
		origin: { kind: 'service', name },
		count: c.count,
		countWhy: c.why,
		perNode: c.perNode,
		image,
		imageRef: m.imageRef,
		workload: m.workload,
		resources,
		...(m.heap ? { heap: m.heap } : {}),
		volumes: [],
		notes: [...m.notes, ...own]
	};
}

const leftOut = (notes: ImportNote[]): string =>
	notes
		.filter((n) => n.topic === 'left-out' || n.level === 'error')
		.map((n) => ` ${n.message}`)
		.join('');

/** Read one parsed compose document. */
export function readCompose(
	doc: unknown,
	limits: ImportLimits,
	options: ComposeOptions = {}
): ImportResult {
	const uses = new Map<string, VariableUse>();
	const root = interpolateValues(doc, options.env ?? {}, uses, limits.maxDepth);
	const services = at(root, 'services');
	if (!isObj(services) || Object.keys(services).length === 0)
		return {
			ok: false,
			error: { code: 'nothing-to-run', message: 'This compose file has no services.' }
		};
	const notes: ImportNote[] = variableNotes(uses);
	const active = new Set(options.profiles ?? []);
	const items: ImportedItem[] = [];
	const names = Object.keys(services);
	if (names.length > limits.maxObjects)
		notes.push({
			level: 'warning',
			topic: 'left-out',
			message: `Only the first ${formatCount(limits.maxObjects, 'service')} of ${formatCount(names.length, 'service')} were read.`
		});
	for (const name of names.slice(0, limits.maxObjects)) {
		if (!isObj(services[name])) {
			notes.push({
				level: 'warning',
				topic: 'problem',
				message: `“${name}” is not a service definition; it was left out.`,
				where: `services.${name}`
			});
			continue;
		}
		const svc = resolveExtends(name, services, notes);
		const profiles = Array.isArray(svc.profiles) ? svc.profiles.map(String) : [];
		if (profiles.length && !profiles.some((p) => active.has(p))) {
			notes.push({
				level: 'info',
				topic: 'left-out',
				message: `“${name}” only runs with the profile ${listing(profiles)}, which is not active; it was left out.`,
				where: `services.${name}.profiles`
			});
			continue;
		}
		const item = readService(name, svc, notes);
		if (item) items.push(item);
	}
	const other = ['networks', 'volumes', 'secrets', 'configs'].filter(
		(k) => at(root, k) !== undefined
	);
	if (other.length)
		notes.push({
			level: 'info',
			topic: 'left-out',
			message: `Top-level ${listing(other)} are not modelled and were left out.`
		});
	if (items.length === 0)
		return {
			ok: false,
			error: {
				code: 'nothing-to-run',
				message: `No service of this compose file runs by default.${leftOut(notes)}`
			}
		};
	return {
		ok: true,
		stack: {
			version: IMPORT_FORMAT_VERSION,
			source: 'compose',
			name: str(at(root, 'name')) ?? null,
			items,
			notes
		}
	};
}
