/**
 * The isolation spectrum: every kind placed on one axis from "shares the host's kernel" to "its own
 * kernel on a hypervisor", each with its isolation boundary, what an escape must break, and its
 * memory and startup on this host — plus, on a Windows host, a Windows container with process
 * isolation and with Hyper-V isolation. Every figure comes from the model; each names its sources.
 */
import { SOURCES, type SourceId } from './catalog/sources';
import { maxInstances } from './density';
import { evaluate } from './evaluate';
import { explain } from './explain';
import { kindTable, type KindFigures } from './kindTable';
import { KIND_MODULES, type Isolation as KindIsolation } from './kinds';
import { workloadBook } from './workloadBook';
import { HYPERV_ISOLATION } from './kinds/container';
import {
	LAYERS,
	type Density,
	type Isolation,
	type Kind,
	type Scenario,
	type StartupPhase,
	type Template,
	type WorkloadRef
} from './types';

export interface SpectrumEntry {
	/** The kind, or `container-process` / `container-hyperv` for a Windows container. */
	id: string;
	kind: Kind;
	/** Windows containers only. */
	isolation?: Isolation;
	/** "Kata pod", "Windows container (Hyper-V)". */
	name: string;
	workloadName: string;
	/** From the weakest isolation (1) up. */
	rank: number;
	/** Whose kernel serves its system calls: the host's, a user-space one, or its own on a hypervisor. */
	kernel: KindIsolation['kernel'];
	boundary: string;
	escape: string;
	supported: boolean;
	reason?: string;
	/** One instance alone on this host, all its layers. */
	memoryMiB: number;
	/** What each further instance adds (shared pages counted once). */
	marginalMiB: number;
	phases: StartupPhase[];
	readyMs: number;
	density: Density;
	/** The citations the memory and startup figures rest on, by title. */
	sources: string[];
}

/** The sources of one instance's memory layers and startup phases, explained on `scenario`'s host. */
function sourcesOf(scenario: Scenario, template: Template, phases: StartupPhase[]): string[] {
	const s: Scenario = { ...scenario, groups: [{ ...template, id: 'spectrum', count: 1 }] };
	const ids = new Set<SourceId>();
	const add = (ex: { sources: SourceId[] } | undefined) => ex?.sources.forEach((id) => ids.add(id));
	for (const layer of LAYERS) add(explain(s, { type: 'layer', groupId: 'spectrum', layer }));
	for (const p of phases) add(explain(s, { type: 'phase', groupId: 'spectrum', phase: p.phase }));
	return [...ids].map((id) => SOURCES[id].title.split(' — ')[0]!);
}

/** A Windows container with `isolation`, alone on the host. */
function windowsContainer(
	scenario: Scenario,
	workload: WorkloadRef,
	isolation: Isolation
): SpectrumEntry {
	const template: Template = { kind: 'container', workload, isolation };
	const g = evaluate({ ...scenario, groups: [{ ...template, id: 'w', count: 1 }] }).groups[0]!;
	const process = isolation === 'process';
	const words = process ? KIND_MODULES.container.isolation : HYPERV_ISOLATION;
	return {
		id: `container-${isolation}`,
		kind: 'container',
		isolation,
		name: process ? 'Windows container (process)' : 'Windows container (Hyper-V)',
		workloadName: g.workloadName,
		rank: words.rank,
		kernel: words.kernel,
		boundary: words.boundary,
		escape: words.escape,
		supported: g.supported,
		reason: g.reason,
		memoryMiB: g.memory.perInstanceMiB,
		marginalMiB: g.marginal.memoryMiB,
		phases: g.startup.phases,
		readyMs: g.startup.readyMs,
		density: maxInstances(scenario.host, template, scenario.workloads),
		sources: g.supported ? sourcesOf(scenario, template, g.startup.phases) : []
	};
}

/**
 * `workload` as every kind on `scenario`'s host, from the weakest isolation to the strongest; on a
 * Windows host also `windowsWorkload` as a container with process and with Hyper-V isolation.
 * `table`: that workload's kindTable when the caller has it already (the page's answers).
 */
export function isolationSpectrum(
	scenario: Scenario,
	workload: WorkloadRef,
	windowsWorkload: WorkloadRef = 'windows-iis',
	table: readonly KindFigures[] = kindTable(scenario, workload)
): SpectrumEntry[] {
	const kinds: SpectrumEntry[] = table.map((k) => ({
		id: k.kind,
		kind: k.kind,
		name: k.name,
		workloadName: workloadNameOf(scenario, workload),
		rank: k.isolation.rank,
		kernel: k.isolation.kernel,
		boundary: k.isolation.boundary,
		escape: k.isolation.escape,
		supported: k.supported,
		reason: k.reason,
		memoryMiB: k.perInstanceMiB,
		marginalMiB: k.marginalMiB,
		phases: k.startup.phases,
		readyMs: k.startup.readyMs,
		density: k.density,
		sources: k.supported ? sourcesOf(scenario, k.sizing.template, k.startup.phases) : []
	}));
	const windows =
		scenario.host.os === 'windows'
			? [
					windowsContainer(scenario, windowsWorkload, 'process'),
					windowsContainer(scenario, windowsWorkload, 'hyperv')
				]
			: [];
	// Stable: equal ranks keep the kinds' order (Kata before a Hyper-V isolated container).
	return [...kinds, ...windows].sort((a, b) => a.rank - b.rank);
}

const workloadNameOf = (scenario: Scenario, workload: WorkloadRef): string =>
	workloadBook(scenario.workloads).get(workload)?.name ?? String(workload);
