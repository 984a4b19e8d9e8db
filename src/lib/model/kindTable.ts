/**
 * One workload as every kind, side by side: what the "what fits" panel, the density and startup
 * charts, the lessons, the quiz and the isolation spectrum show. Computed by the model from the
 * scenario, so no view calls evaluate() or maxInstances() itself, and each kind is counted with
 * the sizing the person chose for it (a group of that kind and workload), else the catalog's.
 */
import { densityOf } from './density';
import { evaluate } from './evaluate';
import { formatCores, formatMiB, formatVcpus } from './format';
import { KIND_MODULES, type Isolation } from './kinds';
import { sumLayers } from './layers';
import { groupName } from './names';
import { resolveTemplate } from './resolve';
import { readyMs, startupPhases } from './startup';
import { isInvalidGroup, sanitize, type InvalidGroup } from './validate';
import { workloadBook, type WorkloadBook } from './workloadBook';
import {
	KINDS,
	type Density,
	type Group,
	type GroupReport,
	type Host,
	type ImageCache,
	type Kind,
	type Layer,
	type Report,
	type Scenario,
	type StartupPhase,
	type Template,
	type WorkloadRef
} from './types';

export interface KindStartup {
	phases: StartupPhase[];
	readyMs: number;
}

export interface KindFigures {
	kind: Kind;
	name: string;
	plural: string;
	isolation: Isolation;
	/** Its instances run from image layers a pull fetches (so a cold and a warm cache differ). */
	sharesImageLayers: boolean;
	supported: boolean;
	/** Why it cannot run on this host; undefined when it can. */
	reason?: string;
	/** The sizing it was counted with, and where it came from (a group, or the catalog's defaults). */
	sizing: { template: Template; groupId?: string; words: string };
	/** Host software this kind alone brings (host OS, hypervisor services, engine, hidden VM). */
	hostLevelMiB: number;
	/** One instance alone, and what each further one adds (sharing applied). */
	perInstance: Record<Layer, number>;
	perInstanceMiB: number;
	firstMiB: number;
	marginalMiB: number;
	diskMiB: number;
	demandCores: number;
	/** One instance on an idle host, with the host's image cache as it is, warm, and cold. */
	startup: KindStartup & { warm: KindStartup; cold: KindStartup };
	/** How many fit on the empty host, what runs out first, and why, in words. */
	density: Density;
	/** One instance alone on the host: the report it makes and its group's report (every figure of it). */
	alone: { report: Report; group: GroupReport };
}

const custom = (t: Template) =>
	t.vcpus !== undefined ||
	t.memoryMiB !== undefined ||
	t.guestOs !== undefined ||
	t.diskMode !== undefined ||
	t.demandCores !== undefined ||
	t.isolation !== undefined;

/** The sizing a kind is counted with: the preferred group's, else the first of that kind and workload, else the defaults. */
function sizingOf(
	host: Host,
	groups: readonly Group[],
	kind: Kind,
	workload: WorkloadRef,
	preferGroupId: string | undefined,
	book: WorkloadBook
): KindFigures['sizing'] {
	const mine = groups.filter((g) => g.kind === kind && g.workload === workload);
	const from = mine.find((g) => g.id === preferGroupId) ?? mine[0];
	const template: Template = from
		? {
				kind,
				workload,
				vcpus: from.vcpus,
				memoryMiB: from.memoryMiB,
				guestOs: from.guestOs,
				diskMode: from.diskMode,
				demandCores: from.demandCores,
				isolation: from.isolation
			}
		: { kind, workload };
	const r = resolveTemplate(host, template, book);
	const parts: string[] = [];
	if (r.guestOs) parts.push(`${formatMiB(r.memoryMiB!)} RAM`, formatVcpus(r.vcpus), r.guestOs.name);
	else
		parts.push(
			r.memoryMiB !== undefined ? `memory limit ${formatMiB(r.memoryMiB)}` : 'no memory limit'
		);
	if (r.demandFromGroup) parts.push(`${formatCores(r.demandCores)} of CPU each`);
	const who =
		from && custom(template) ? `Sized as “${groupName(from, r.workload.name)}”` : 'Default sizing';
	return {
		template: Object.fromEntries(
			Object.entries(template).filter(([, v]) => v !== undefined)
		) as unknown as Template,
		groupId: from && custom(template) ? from.id : undefined,
		words: `${who}: ${parts.join(', ')}.`
	};
}

/** One instance's start-up phases on a sanitized host with this image cache: as evaluate() gives them. */
function startupAt(
	host: Host,
	g: Group | InvalidGroup,
	book: WorkloadBook,
	imageCache: ImageCache
): KindStartup {
	if (isInvalidGroup(g)) return { phases: [], readyMs: 0 };
	const at = { ...host, imageCache };
	const r = resolveTemplate(at, g, book);
	if (r.unsupported) return { phases: [], readyMs: 0 };
	const phases = startupPhases(at, r);
	return { phases, readyMs: readyMs(phases) };
}

/**
 * `workload` as every kind on `scenario`'s host: one instance of each alone, and how many fit.
 * Each kind takes one evaluation (its report alone); the other image cache's start-up and the
 * density come from the kind's template sanitized once, without evaluating again.
 */
export function kindTable(
	scenario: Scenario,
	workload: WorkloadRef,
	preferGroupId?: string
): KindFigures[] {
	const host = scenario.host;
	const book = workloadBook(scenario.workloads);
	const sizings = KINDS.map((kind) =>
		sizingOf(host, scenario.groups, kind, workload, preferGroupId, book)
	);
	// The host and every kind's template, checked and repaired as evaluate() and maxInstances() do.
	const clean = sanitize(
		{
			version: 1,
			name: '',
			host,
			groups: sizings.map((sizing, i) => ({ ...sizing.template, id: KINDS[i]!, count: 1 })),
			workloads: scenario.workloads
		},
		true
	);
	const cleanBook = workloadBook(clean.workloads);
	return KINDS.map((kind, i) => {
		const module = KIND_MODULES[kind];
		const sizing = sizings[i]!;
		const one = evaluate({
			version: 1,
			name: '',
			host,
			groups: [{ ...sizing.template, id: 'k', count: 1 }],
			workloads: scenario.workloads
		});
		const g = one.groups[0]!;
		const startup = { phases: g.startup.phases, readyMs: g.startup.readyMs };
		const template = clean.groups[i]!;
		const other = (cache: ImageCache) =>
			clean.host.imageCache === cache ? startup : startupAt(clean.host, template, cleanBook, cache);
		return {
			kind,
			name: module.name,
			plural: module.plural,
			isolation: module.isolation,
			sharesImageLayers: module.sharesImageLayers,
			supported: g.supported,
			reason: g.reason,
			sizing,
			hostLevelMiB: sumLayers(one.memory.hostLevel),
			perInstance: g.memory.perInstance,
			perInstanceMiB: g.memory.perInstanceMiB,
			firstMiB: g.memory.totalMiB,
			marginalMiB: g.marginal.memoryMiB,
			diskMiB: g.diskMiB.perInstance,
			demandCores: g.cpu.demandCores,
			startup: { ...startup, warm: other('warm'), cold: other('cold') },
			density: densityOf(clean.host, template, cleanBook),
			alone: { report: one, group: g }
		};
	});
}
