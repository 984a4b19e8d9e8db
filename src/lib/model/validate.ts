import { DEFAULT_HOST } from './defaults';
import { INPUT_LIMITS, type LimitName } from './limits';
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
	WORKLOAD_IDS,
	type Group,
	type Host,
	type Note,
	type Scenario
} from './types';

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
	notes: Note[];
}

export const isInvalidGroup = (g: Group | InvalidGroup): g is InvalidGroup => 'reason' in g;

const fmt = (n: number) =>
	Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(n);
const describe = (v: unknown) =>
	typeof v === 'string' ? `“${v.slice(0, 40)}”` : typeof v === 'number' ? fmt(v) : typeof v;
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** An error note, tied to a group when one is named. */
const note = (message: string, groupId?: string): Note =>
	groupId === undefined ? { level: 'error', message } : { level: 'error', message, groupId };

function oneOf<T extends string>(
	allowed: readonly T[],
	value: unknown,
	fallback: T,
	label: string,
	notes: Note[],
	groupId?: string
): T {
	if ((allowed as readonly unknown[]).includes(value)) return value as T;
	notes.push(
		note(
			`${label} ${describe(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`,
			groupId
		)
	);
	return fallback;
}

/** A number in the named range; NaN, non-numbers and out-of-range values are replaced with a note. */
function inRange(
	name: LimitName,
	value: unknown,
	notes: Note[],
	opts: { integer?: boolean; fallback?: number; groupId?: string } = {}
): number {
	const lim = INPUT_LIMITS[name];
	const fallback = opts.fallback ?? lim.default;
	const where = opts.groupId ? ` (group ${opts.groupId})` : '';
	if (typeof value !== 'number' || Number.isNaN(value)) {
		notes.push(
			note(
				`${lim.label}${where} was ${describe(value)}, not a number; using ${fmt(fallback)} ${lim.unit}.`,
				opts.groupId
			)
		);
		return fallback;
	}
	let v = opts.integer ? Math.floor(value) : value;
	if (v < lim.min || v > lim.max) {
		v = Math.min(lim.max, Math.max(lim.min, v));
		notes.push(
			note(
				`${lim.label}${where} of ${fmt(value)} ${lim.unit} is outside ${fmt(lim.min)}–${fmt(lim.max)} ${lim.unit}; using ${fmt(v)}.`,
				opts.groupId
			)
		);
	} else if (v !== value) {
		// A fractional count, core or vCPU number is a repair too: say so rather than floor silently.
		notes.push(
			note(
				`${lim.label}${where} of ${String(value)} is not a whole number; using ${fmt(v)}.`,
				opts.groupId
			)
		);
	}
	return v;
}

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
	if (raw.utilityVmMemoryMiB !== undefined)
		host.utilityVmMemoryMiB = inRange('utilityVmMemoryMiB', raw.utilityVmMemoryMiB, notes);
	return host;
}

function sanitizeGroup(
	raw: unknown,
	index: number,
	seen: Set<string>,
	notes: Note[]
): Group | InvalidGroup {
	const g = isObject(raw) ? raw : {};
	let id = typeof g.id === 'string' && g.id.length > 0 ? g.id.slice(0, 64) : `group-${index + 1}`;
	while (seen.has(id)) id = `${id}-${index + 1}`;
	seen.add(id);
	const count = inRange('count', g.count, notes, { integer: true, groupId: id });
	if (!(KINDS as readonly unknown[]).includes(g.kind))
		return {
			id,
			count,
			reason: `Unknown kind ${describe(g.kind)}: it must be one of ${KINDS.join(', ')}.`
		};
	if (!(WORKLOAD_IDS as readonly unknown[]).includes(g.workload))
		return {
			id,
			count,
			reason: `Unknown workload ${describe(g.workload)}: it must be one of ${WORKLOAD_IDS.join(', ')}.`
		};
	const group: Group = {
		id,
		count,
		kind: g.kind as Group['kind'],
		workload: g.workload as Group['workload']
	};
	if (typeof g.label === 'string') group.label = g.label.slice(0, 200);
	// An optional setting that is not a number falls back to the workload's default, with a note.
	const optional = (
		name: 'vcpus' | 'groupMemoryMiB' | 'demandCores',
		value: unknown,
		integer: boolean
	) => {
		if (value === undefined) return undefined;
		if (typeof value === 'number' && !Number.isNaN(value))
			return inRange(name, value, notes, { integer, groupId: id });
		notes.push(
			note(
				`${INPUT_LIMITS[name].label} (group ${id}) was ${describe(value)}, not a number; using the workload’s default.`,
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
 */
export function sanitize(scenario: Scenario | unknown): Sanitized {
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
	const seen = new Set<string>();
	const groups = rawGroups.map((g, i) => sanitizeGroup(g, i, seen, notes));
	return { host, groups, notes };
}
