import { DEFAULT_HOST } from './defaults';
import { INPUT_LIMITS, TEXT_LIMITS, type LimitName } from './limits';
import { maxPodsBound } from './kubernetes';
import { describe, fmt, inRange, isObject, note, oneOf } from './repair';
import {
	CONTAINER_NETWORKS,
	DISK_MODES,
	GUEST_MEMORY_MODES,
	ENGINES,
	GUEST_OS_IDS,
	HOST_OSES,
	HYPERVISORS,
	IMAGE_CACHES,
	ISOLATIONS,
	KINDS,
	KUBE_PLATFORMS,
	AKS_NETWORKS,
	EKS_IMAGES,
	WORKLOAD_IDS,
	type Group,
	type Host,
	type Note,
	type OwnWorkload,
	type Scenario
} from './types';
import { sanitizeWorkloads } from './validateWorkloads';

/** Thrown only when the input is not a scenario at all (not an object). */
export class ModelInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ModelInputError';
	}
}

/** A group whose kind or workload is unknown: kept in the report as unsupported. */
export interface InvalidGroup {
	id: string;
	count: number;
	reason: string;
}

export interface Sanitized {
	host: Host;
	groups: (Group | InvalidGroup)[];
	/** The scenario's own workloads that passed; groups may use them. */
	workloads: OwnWorkload[];
	notes: Note[];
}

export const isInvalidGroup = (g: Group | InvalidGroup): g is InvalidGroup => 'reason' in g;

/** A true/false setting; anything else is replaced with a note, like every other repair. */
function flag(value: unknown, fallback: boolean, label: string, notes: Note[]): boolean {
	if (typeof value === 'boolean') return value;
	notes.push(note(`${label} ${describe(value)} is not true or false; using ${fallback}.`));
	return fallback;
}

function sanitizeHost(raw: unknown, notes: Note[]): Host {
	if (!isObject(raw)) {
		notes.push({ level: 'error', message: 'The scenario has no host; using the default host.' });
		return { ...DEFAULT_HOST };
	}
	const d = DEFAULT_HOST;
	const host: Host = {
		cpuCores: inRange('cpuCores', raw.cpuCores, notes, { integer: true }),
		memoryMiB: inRange('memoryMiB', raw.memoryMiB, notes),
		diskGiB: inRange('diskGiB', raw.diskGiB, notes),
		os: oneOf(HOST_OSES, raw.os, d.os, 'Host OS', notes),
		hypervisor: oneOf(HYPERVISORS, raw.hypervisor, d.hypervisor, 'Hypervisor', notes),
		engine: oneOf(ENGINES, raw.engine, d.engine, 'Container engine', notes),
		cpuOvercommit: inRange('cpuOvercommit', raw.cpuOvercommit, notes),
		pageSharing: flag(raw.pageSharing, d.pageSharing, 'Page sharing', notes),
		imageCache: oneOf(IMAGE_CACHES, raw.imageCache, d.imageCache, 'Image cache', notes),
		networkMbps: inRange('networkMbps', raw.networkMbps, notes)
	};
	// Optional settings stay absent when absent: a scenario without them reads exactly as written.
	if (raw.containerNetwork !== undefined)
		host.containerNetwork = oneOf(
			CONTAINER_NETWORKS,
			raw.containerNetwork,
			'bridge',
			'Container network',
			notes
		);
	if (raw.guestMemory !== undefined)
		host.guestMemory = oneOf(
			GUEST_MEMORY_MODES,
			raw.guestMemory,
			'reserved',
			'Guest memory',
			notes
		);
	if (raw.kubernetes !== undefined) {
		const k = isObject(raw.kubernetes) ? raw.kubernetes : {};
		host.kubernetes = {
			platform: oneOf(KUBE_PLATFORMS, k.platform, 'kubeadm', 'Kubernetes platform', notes)
		};
		if (k.network !== undefined)
			host.kubernetes.network = oneOf(AKS_NETWORKS, k.network, 'overlay', 'AKS network', notes);
		if (k.image !== undefined)
			host.kubernetes.image = oneOf(EKS_IMAGES, k.image, 'al2023', 'EKS node image', notes);
		if (k.maxPods !== undefined) {
			const pods = inRange('maxPods', k.maxPods, notes, { integer: true });
			// GKE and AKS refuse more pods per node than they support; the model clamps with a note.
			const bound = maxPodsBound(host.kubernetes);
			if (pods > bound.max)
				notes.push(
					note(
						`Max pods per node of ${fmt(pods)} is more than ${bound.why}; using ${fmt(bound.max)}.`
					)
				);
			host.kubernetes.maxPods = Math.min(pods, bound.max);
		}
		if (typeof k.instanceType === 'string')
			host.kubernetes.instanceType = k.instanceType.slice(0, 40);
	}
	if (raw.utilityVmMemoryMiB !== undefined)
		host.utilityVmMemoryMiB = inRange('utilityVmMemoryMiB', raw.utilityVmMemoryMiB, notes);
	return host;
}

/**
 * A group's id, unique in the scenario and never longer than the limit: a repeated id gets a
 * suffix, and the part before the suffix is shortened so the whole still fits.
 */
function uniqueId(raw: unknown, index: number, seen: Set<string>): string {
	const max = TEXT_LIMITS.groupId;
	const base = typeof raw === 'string' && raw.length > 0 ? raw.slice(0, max) : `group-${index + 1}`;
	let id = base;
	for (let n = index + 1; seen.has(id); n++) {
		const suffix = `-${n}`;
		id = `${base.slice(0, max - suffix.length)}${suffix}`;
	}
	seen.add(id);
	return id;
}

const KIND_SET: ReadonlySet<unknown> = new Set(KINDS);
const WORKLOAD_SET: ReadonlySet<unknown> = new Set(WORKLOAD_IDS);
const GUEST_OS_SET: ReadonlySet<unknown> = new Set(GUEST_OS_IDS);
const ISOLATION_SET: ReadonlySet<unknown> = new Set(ISOLATIONS);
const DISK_MODE_SET: ReadonlySet<unknown> = new Set(DISK_MODES);

/** A number sanitize would keep as it is: in its range, and whole where it must be. */
const keeps = (name: LimitName, v: unknown, integer: boolean): boolean =>
	typeof v === 'number' &&
	v >= INPUT_LIMITS[name].min &&
	v <= INPUT_LIMITS[name].max &&
	(!integer || Number.isInteger(v));

/**
 * A group that needs no repair at all, checked field by field without building anything: the
 * common case, so evaluating a large scenario does not copy every group. Undefined when any
 * field would be repaired (sanitizeGroup then does the work and says what it repaired).
 */
function cleanGroup(raw: unknown, seen: Set<string>, own: ReadonlySet<string>): Group | undefined {
	if (!isObject(raw)) return undefined;
	const { id, label } = raw;
	if (typeof id !== 'string' || id.length === 0 || id.length > TEXT_LIMITS.groupId)
		return undefined;
	if (seen.has(id) || !keeps('count', raw.count, true) || !KIND_SET.has(raw.kind)) return undefined;
	if (!WORKLOAD_SET.has(raw.workload) && !own.has(raw.workload as string)) return undefined;
	if (label !== undefined && (typeof label !== 'string' || label.length > TEXT_LIMITS.label))
		return undefined;
	if (raw.vcpus !== undefined && !keeps('vcpus', raw.vcpus, true)) return undefined;
	if (raw.memoryMiB !== undefined && !keeps('groupMemoryMiB', raw.memoryMiB, false))
		return undefined;
	if (raw.demandCores !== undefined && !keeps('demandCores', raw.demandCores, false))
		return undefined;
	if (raw.requestMiB !== undefined && !keeps('requestMiB', raw.requestMiB, false)) return undefined;
	if (raw.requestCores !== undefined && !keeps('requestCores', raw.requestCores, false))
		return undefined;
	if (raw.guestOs !== undefined && !GUEST_OS_SET.has(raw.guestOs)) return undefined;
	if (raw.isolation !== undefined && !ISOLATION_SET.has(raw.isolation)) return undefined;
	if (raw.diskMode !== undefined && !DISK_MODE_SET.has(raw.diskMode)) return undefined;
	seen.add(id);
	return raw as unknown as Group;
}

function sanitizeGroup(
	raw: unknown,
	index: number,
	seen: Set<string>,
	own: ReadonlySet<string>,
	notes: Note[]
): Group | InvalidGroup {
	const g = isObject(raw) ? raw : {};
	const id = uniqueId(g.id, index, seen);
	const count = inRange('count', g.count, notes, { integer: true, groupId: id });
	if (!(KINDS as readonly unknown[]).includes(g.kind))
		return {
			id,
			count,
			reason: `Unknown kind ${describe(g.kind)}: it must be one of ${KINDS.join(', ')}.`
		};
	if (
		!(WORKLOAD_IDS as readonly unknown[]).includes(g.workload) &&
		!(typeof g.workload === 'string' && own.has(g.workload))
	)
		return {
			id,
			count,
			reason: `Unknown workload ${describe(g.workload)}: it must be one of ${WORKLOAD_IDS.join(', ')}${own.size ? ` or one of this scenario’s own (${[...own].join(', ')})` : ''}.`
		};
	const group: Group = {
		id,
		count,
		kind: g.kind as Group['kind'],
		workload: g.workload as Group['workload']
	};
	if (typeof g.label === 'string') group.label = g.label.slice(0, TEXT_LIMITS.label);
	// An optional setting that is not a number falls back to the workload's default, with a note.
	const optional = (
		name: 'vcpus' | 'groupMemoryMiB' | 'demandCores' | 'requestMiB' | 'requestCores',
		value: unknown,
		integer: boolean
	) => {
		if (value === undefined) return undefined;
		if (typeof value === 'number' && !Number.isNaN(value))
			return inRange(name, value, notes, { integer, groupId: id });
		notes.push(
			note(
				`${INPUT_LIMITS[name].label} (group ${id}) was ${describe(value)}, not a number; ${name === 'requestMiB' || name === 'requestCores' ? 'using no request (0, BestEffort)' : 'using the workload’s default'}.`,
				id
			)
		);
		return undefined;
	};
	const vcpus = optional('vcpus', g.vcpus, true);
	if (vcpus !== undefined) group.vcpus = vcpus;
	const memoryMiB = optional('groupMemoryMiB', g.memoryMiB, false);
	if (memoryMiB !== undefined) group.memoryMiB = memoryMiB;
	const demandCores = optional('demandCores', g.demandCores, false);
	if (demandCores !== undefined) group.demandCores = demandCores;
	const requestMiB = optional('requestMiB', g.requestMiB, false);
	if (requestMiB !== undefined) group.requestMiB = requestMiB;
	const requestCores = optional('requestCores', g.requestCores, false);
	if (requestCores !== undefined) group.requestCores = requestCores;
	if (g.guestOs !== undefined) {
		if ((GUEST_OS_IDS as readonly unknown[]).includes(g.guestOs))
			group.guestOs = g.guestOs as Group['guestOs'];
		else
			notes.push(
				note(
					`Guest OS ${describe(g.guestOs)} (group ${id}) is unknown; using the workload’s default.`,
					id
				)
			);
	}
	if (g.isolation !== undefined)
		group.isolation = oneOf(
			ISOLATIONS,
			g.isolation,
			'process',
			`Isolation (group ${id})`,
			notes,
			id
		);
	if (g.diskMode !== undefined)
		group.diskMode = oneOf(DISK_MODES, g.diskMode, 'full', `Disk mode (group ${id})`, notes, id);
	return group;
}

/**
 * Turn anything shaped like a scenario into one the model can evaluate: every number finite and
 * in range, every id known. Each repair is reported as an error note; nothing is silently dropped.
 * Groups are copies with only the fields a group has, unless `keepClean`: then a group that needs
 * no repair is returned as it is (evaluate only reads it), which makes a clean scenario cheap.
 */
export function sanitize(scenario: Scenario | unknown, keepClean = false): Sanitized {
	if (!isObject(scenario))
		throw new ModelInputError(
			`A scenario must be an object, not ${scenario === null ? 'null' : typeof scenario}.`
		);
	const notes: Note[] = [];
	const host = sanitizeHost(scenario.host, notes);
	let rawGroups: unknown[] = [];
	if (Array.isArray(scenario.groups)) rawGroups = scenario.groups;
	else if (scenario.groups !== undefined)
		notes.push({
			level: 'error',
			message: 'The scenario’s groups are not a list; showing an empty host.'
		});
	const maxGroups = INPUT_LIMITS.groups.max;
	if (rawGroups.length > maxGroups) {
		notes.push({
			level: 'error',
			message: `${fmt(rawGroups.length)} groups is more than the ${fmt(maxGroups)} the model takes; the rest are left out.`
		});
		rawGroups = rawGroups.slice(0, maxGroups);
	}
	const workloads = sanitizeWorkloads(scenario.workloads, notes);
	const own = new Set<string>(workloads.map((w) => w.id));
	const seen = new Set<string>();
	const groups: (Group | InvalidGroup)[] = [];
	for (let i = 0; i < rawGroups.length; i++) {
		const raw = rawGroups[i];
		groups.push(
			(keepClean ? cleanGroup(raw, seen, own) : undefined) ??
				sanitizeGroup(raw, i, seen, own, notes)
		);
	}
	return { host, groups, workloads, notes };
}
