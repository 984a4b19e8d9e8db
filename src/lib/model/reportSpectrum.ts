/**
 * The isolation spectrum: every kind placed on one axis from "shares the host's kernel" to "its own
 * kernel on a hypervisor", each with its isolation boundary, what an escape must break, and its
 * memory and startup on this host — plus, on a Windows host, a Windows container with process
 * isolation and with Hyper-V isolation. Every figure comes from the model; each names its sources.
 * On a host with no Linux kernel, the Linux kinds that run in its hidden Linux VM say so: the kernel
 * they share is that VM’s, not the host’s. spectrumSummary() says, from the same figures, where the
 * cost rises with isolation and where it does not.
 */
import { SOURCES, type SourceId } from './catalog/sources';
import { HOST_OS_INFO } from './catalog';
import { maxInstances } from './density';
import { evaluate } from './evaluate';
import { explain } from './explain';
import { formatMiB, formatMs } from './format';
import { kindTable, type KindFigures } from './kindTable';
import type { Isolation as KindIsolation } from './kinds';
import { workloadBook } from './workloadBook';
import { HYPERV_ISOLATION, WINDOWS_PROCESS_ISOLATION } from './kinds/container';
import { KERNEL_LABEL } from './labels';
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
	/** Whose kernel, in words, on this host: "shares the Linux kernel of the WSL 2 VM of Docker Desktop". */
	kernelText: string;
	/** The hidden Linux VM it runs in on a host without a Linux kernel, short ("the WSL 2 VM"); unset elsewhere. */
	runsIn?: string;
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
	const words = process ? WINDOWS_PROCESS_ISOLATION : HYPERV_ISOLATION;
	return {
		id: `container-${isolation}`,
		kind: 'container',
		isolation,
		name: process ? 'Windows container (process)' : 'Windows container (Hyper-V)',
		workloadName: g.workloadName,
		rank: words.rank,
		kernel: words.kernel,
		kernelText: process ? 'shares the host’s Windows kernel' : 'its own Windows kernel on Hyper-V',
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

type Words = Pick<SpectrumEntry, 'kernelText' | 'boundary' | 'escape'>;

/**
 * A Linux kind's words where it runs inside the hidden Linux VM (Linux containers on Windows or
 * macOS): the kernel it shares is that VM's Linux kernel, not the host's, and the VM's hypervisor
 * stands between it and the host.
 */
function inHiddenVm(kind: Kind, words: Words, vm: string, hostOs: string): Words {
	if (kind === 'container')
		return {
			kernelText: `shares the Linux kernel of ${vm}`,
			boundary: `the shared Linux kernel of ${vm}: namespaces, cgroups and seccomp`,
			escape: `One bug in that Linux kernel’s system-call interface is enough to reach every Linux container in ${vm}; the VM’s hypervisor still stands between them and ${hostOs}.`
		};
	if (kind === 'gvisor')
		return {
			kernelText: `a user-space kernel in front of the Linux kernel of ${vm}`,
			boundary: `a user-space kernel (the Sentry) between the app and the Linux kernel of ${vm}`,
			escape: `${words.escape} On ${hostOs} those system calls reach the Linux kernel of ${vm}, not ${hostOs}’s own.`
		};
	return words;
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
	const { name: hostOs, utilityVmShortName } = HOST_OS_INFO[scenario.host.os];
	const kinds: SpectrumEntry[] = table.map((k) => {
		const own: Words = {
			kernelText: KERNEL_LABEL[k.isolation.kernel],
			boundary: k.isolation.boundary,
			escape: k.isolation.escape
		};
		const vm = k.supported ? k.alone.report.utilityVm?.name : undefined;
		return {
			id: k.kind,
			kind: k.kind,
			name: k.name,
			workloadName: workloadNameOf(scenario, workload),
			rank: k.isolation.rank,
			kernel: k.isolation.kernel,
			...(vm ? { runsIn: utilityVmShortName, ...inHiddenVm(k.kind, own, vm, hostOs) } : own),
			supported: k.supported,
			reason: k.reason,
			memoryMiB: k.perInstanceMiB,
			marginalMiB: k.marginalMiB,
			phases: k.startup.phases,
			readyMs: k.startup.readyMs,
			density: k.density,
			sources: k.supported ? sourcesOf(scenario, k.sizing.template, k.startup.phases) : []
		};
	});
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

const an = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;

interface Measure {
	noun: string;
	of: (e: SpectrumEntry) => number;
	text: (value: number) => string;
	/** "needs less than", "is ready before". */
	less: string;
	/** The same, after "and": "less than", "before". */
	andLess: string;
}

const MEASURES: Measure[] = [
	{
		noun: 'Memory',
		of: (e) => e.memoryMiB,
		text: formatMiB,
		less: 'needs less than',
		andLess: 'less than'
	},
	{
		noun: 'Startup',
		of: (e) => e.readyMs,
		text: formatMs,
		less: 'is ready before',
		andLess: 'before'
	}
];

/**
 * One measure along the spectrum, in words: whether it rises at every step (a stronger wall, a
 * higher rank; entries of one rank are alternatives, not steps) and, where it does not, where it falls.
 */
function measureWords(steps: readonly SpectrumEntry[], m: Measure): string {
	const figure = (e: SpectrumEntry) => `${an(e.name)} (${m.text(m.of(e))})`;
	const first = steps[0]!;
	const last = steps.at(-1)!;
	// Each entry against the costliest entry of a weaker wall, where that costs more.
	const falls: [SpectrumEntry, SpectrumEntry][] = [];
	for (const e of steps) {
		const higher = steps.filter((w) => w.rank < e.rank && m.of(w) > m.of(e));
		if (higher.length > 0) falls.push([e, higher.reduce((a, b) => (m.of(b) > m.of(a) ? b : a))]);
	}
	if (falls.length === 0)
		return `${m.noun} rises at every step (${m.text(m.of(first))} to ${m.text(m.of(last))}).`;
	const least = steps.reduce((a, b) => (m.of(b) < m.of(a) ? b : a));
	const beatsWeakest = least.rank > first.rank && m.of(least) < m.of(first);
	const said = falls.map(([e, than]) => `${figure(e)} ${m.less} ${figure(than)}`);
	const tail = !beatsWeakest
		? ''
		: falls.some(([e, than]) => e === least && than === first)
			? ''
			: falls.some(([e]) => e === least)
				? ` — and ${m.andLess} ${figure(first)} too`
				: `; ${figure(least)} ${m.less} ${figure(first)}`;
	return `${m.noun} does not rise at every step: ${said.join('; ')}${tail}.`;
}

/**
 * What the spectrum's figures say about cost against isolation, computed from the entries that can
 * run here (weakest wall first) with the spectrum's own workload: for memory and for startup, whether each stronger wall costs more,
 * and where it does not. Empty when fewer than two can run.
 */
export function spectrumSummary(entries: readonly SpectrumEntry[]): string {
	// One workload's figures: a Windows host's Windows containers run another app than the kinds.
	const workloadName = entries.find((e) => e.isolation === undefined)?.workloadName;
	const steps = entries.filter((e) => e.supported && e.workloadName === workloadName);
	if (steps.length < 2) return '';
	return MEASURES.map((m) => measureWords(steps, m)).join(' ');
}
