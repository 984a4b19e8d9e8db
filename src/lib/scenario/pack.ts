/**
 * The packed JSON of link format v2 (docs/scenario-format.md): the same state as v1, written
 * shorter — positional scenarios and groups, one-letter keys, the host's and the view's usual
 * values left out, a group's id left out when it is g1, g2, … in order. Every table here is
 * frozen: a v2 link made today must unpack the same way forever. A new field needs no new
 * version (unknown keys travel under their full names); changing a table does.
 */

/** The host values v2 leaves out. Frozen: not DEFAULT_HOST, which may change. */
const HOST_USUAL: Readonly<Record<string, unknown>> = {
	cpuCores: 16,
	memoryMiB: 65536,
	diskGiB: 1000,
	os: 'linux',
	hypervisor: 'kvm',
	engine: 'docker',
	cpuOvercommit: 4,
	pageSharing: false,
	imageCache: 'warm',
	networkMbps: 1000
};

const HOST_KEYS: Readonly<Record<string, string>> = {
	cpuCores: 'c',
	memoryMiB: 'm',
	diskGiB: 'd',
	os: 'o',
	hypervisor: 'h',
	engine: 'e',
	cpuOvercommit: 'x',
	pageSharing: 'p',
	imageCache: 'i',
	networkMbps: 'n'
};

const GROUP_KEYS: Readonly<Record<string, string>> = {
	id: 'i',
	label: 'l',
	vcpus: 'c',
	memoryMiB: 'm',
	guestOs: 'o',
	diskMode: 'd',
	isolation: 's'
};

/** The view v2 leaves out, and fills back in. */
const VIEW_USUAL = { fitWorkload: 'nginx', zoomToUsed: false } as const;

/**
 * The preset dictionary v2 deflates with: words a link is likely to hold, so that even a small
 * scenario packs small. Frozen, byte for byte.
 */
export const V2_DICTIONARY =
	'{"a":["nginx three ways",{},[["container","nginx",4,["microvm","nginx",4,["vm","nginx",4,' +
	'"nginx as VMs"],"nginx as microVMs"],"nginx as containers"]]],"b":[,"l":["density",' +
	'"stacks","layers","boot-race","vms-win","laptop","redis","postgres","java-api",' +
	'"python-api","node-api","windows-iis","hello","ubuntu-24.04","debian-12","alpine-3",' +
	'"windows-server-2022-core","windows-server-2022-desktop","linkedClone","windows","macos",' +
	'"esxi","hyperv","virtualbox","containerd","podman","cold",true,"v":{"f":"z":true},' +
	'{"i":"g1","l":"c":"m":"o":"d":';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rename keys by `table`; with `usual`, leave out values equal to the usual ones. */
function renameOut(o: Obj, table: Readonly<Record<string, string>>, usual?: Obj): Obj {
	const out: Obj = {};
	for (const [k, v] of Object.entries(o)) {
		if (v === undefined || (usual && usual[k] === v)) continue;
		out[table[k] ?? k] = v;
	}
	return out;
}

/** The inverse of renameOut: full names back, the usual values filled in. */
function renameIn(o: unknown, table: Readonly<Record<string, string>>, usual?: Obj): Obj {
	const back: Record<string, string> = {};
	for (const [k, short] of Object.entries(table)) back[short] = k;
	const out: Obj = usual ? { ...usual } : {};
	if (!isObj(o)) return out;
	for (const [k, v] of Object.entries(o)) {
		const name = back[k] ?? (k.length > 1 ? k : undefined);
		if (name !== undefined) out[name] = v;
	}
	return out;
}

function packGroup(g: Obj, index: number): Json {
	const rest: Obj = { ...g };
	delete rest.kind;
	delete rest.workload;
	delete rest.count;
	if (rest.id === `g${index + 1}`) delete rest.id;
	const opts = renameOut(rest, GROUP_KEYS);
	const keys = Object.keys(opts);
	const head = [g.kind, g.workload, g.count] as Json[];
	if (keys.length === 0) return head;
	// The common case, a label and nothing else, is just the label.
	if (keys.length === 1 && typeof opts.l === 'string') return [...head, opts.l];
	return [...head, opts as Json];
}

function unpackGroup(p: unknown, index: number): unknown {
	if (!Array.isArray(p)) return p;
	const [kind, workload, count, opts] = p as unknown[];
	const extra = typeof opts === 'string' ? { label: opts } : renameIn(opts, GROUP_KEYS);
	return { id: `g${index + 1}`, kind, workload, count, ...extra };
}

function packScenario(s: unknown): Json {
	// Anything not shaped as a scenario passes through, for the reader to refuse with a reason.
	if (!isObj(s)) return (s ?? null) as Json;
	const host = isObj(s.host) ? renameOut(s.host, HOST_KEYS, HOST_USUAL) : s.host;
	const groups = Array.isArray(s.groups)
		? s.groups.map((g, i) => (isObj(g) ? packGroup(g, i) : (g as Json)))
		: s.groups;
	return [s.name, host, groups] as Json;
}

function unpackScenario(p: unknown): unknown {
	if (!Array.isArray(p)) return p;
	const [name, host, groups] = p as unknown[];
	return {
		version: 1,
		name,
		host: isObj(host) ? renameIn(host, HOST_KEYS, HOST_USUAL) : host,
		groups: Array.isArray(groups) ? groups.map(unpackGroup) : groups
	};
}

/** A shared state (already checked and repaired) as v2's packed JSON value. */
export function pack(state: Obj): Json {
	const out: Record<string, Json> = { a: packScenario(state.scenario) };
	if (state.compare) out.b = packScenario(state.compare);
	const view = isObj(state.view) ? state.view : {};
	const v: Record<string, Json> = {};
	if (view.fitWorkload !== undefined && view.fitWorkload !== VIEW_USUAL.fitWorkload)
		v.f = view.fitWorkload as string;
	if (view.zoomToUsed === true) v.z = true;
	if (Object.keys(v).length > 0) out.v = v;
	if (isObj(state.lesson)) {
		const { id, step, extra } = state.lesson;
		const l = [id, step] as Json[];
		if (Array.isArray(extra))
			l.push(
				extra.map((e: unknown) =>
					isObj(e) ? ([e.caption, packScenario(e.scenario)] as Json) : (e as Json)
				)
			);
		out.l = l;
	}
	return out;
}

/**
 * v2's packed JSON back to the shared state's shape (v1's JSON), for the schema to check. Never
 * throws: what is not shaped as v2 passes through for the schema to refuse with a reason.
 */
export function unpack(p: unknown): unknown {
	if (!isObj(p)) return p;
	const out: Obj = { scenario: unpackScenario(p.a) };
	if (p.b !== undefined) out.compare = unpackScenario(p.b);
	const v = isObj(p.v) ? p.v : {};
	out.view = {
		fitWorkload: v.f ?? VIEW_USUAL.fitWorkload,
		zoomToUsed: v.z ?? VIEW_USUAL.zoomToUsed
	};
	if (Array.isArray(p.l)) {
		const [id, step, extra] = p.l as unknown[];
		const lesson: Obj = { id, step };
		if (extra !== undefined)
			lesson.extra = Array.isArray(extra)
				? extra.map((e) =>
						Array.isArray(e) ? { caption: e[0], scenario: unpackScenario(e[1]) } : e
					)
				: extra;
		out.lesson = lesson;
	} else if (p.l !== undefined) out.lesson = p.l;
	return out;
}
