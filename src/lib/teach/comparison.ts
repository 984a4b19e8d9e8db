import {
	formatCount,
	formatMiB,
	formatMs,
	capitalise,
	type Report,
	type WorkloadRef
} from '$lib/model';
import type { SpectrumEntry } from '$lib/model/reportSpectrum';
import { layersOf, sampleOf, type SampleResult, type TeachSource } from './figures';

/** One side of a row: the seeds' words, and the live figure behind them where one exists. */
export interface Cell {
	text: string;
	live?: string;
}

export interface Row {
	id: string;
	aspect: string;
	vm: Cell;
	container: Cell;
	/** Which side the row favours; null when it depends. */
	wins: 'vm' | 'container' | null;
}

const countOf = (report: Report, kind: 'vm' | 'container') =>
	report.groups.reduce((s, g) => s + (g.kind === kind && g.supported ? g.count : 0), 0);

/**
 * "4 VMs on this host": a count of the host's instances of every workload says so, beside the
 * figures of one workload's VM and container, so two steps' counts are never read as one app's.
 */
const onHost = (n: number, one: string, more: string) =>
	`${formatCount(n)} ${n === 1 ? one : more} on this host`;

/** Compressed bytes a pull downloads for the workload's image. */
const pullMiB = (report: Report, w: WorkloadRef) =>
	layersOf(report, w).reduce((s, l) => s + l.compressedMiB, 0);

const figure = (
	s: SampleResult,
	f: (g: Extract<SampleResult, { ok: true }>['sample']) => string
) => (s.ok ? f(s.sample) : 'cannot run here');

/**
 * The comparison table of the source texts — isolation, size, boot time, overhead, OS support,
 * security, attack surface, portability, management — each row tied to a live figure where one
 * exists: a VM and a container of the host's main workload, as the page's report gives them.
 */
export function comparisonRows(source: TeachSource, workload: WorkloadRef): Row[] {
	const { report } = source;
	const vm = sampleOf(source, 'vm', workload);
	const ct = sampleOf(source, 'container', workload);
	const vms = countOf(report, 'vm');
	const cts = countOf(report, 'container');
	// Why a Windows app could not run here, as the report's per-kind figures say it.
	const windows = source.kindsFor('windows-iis');
	const windowsAsContainer = windows.find((k) => k.kind === 'container')?.reason;
	const windowsAsVm = windows.find((k) => k.kind === 'vm')?.reason;
	const hostOs = report.platform.hostOsName;
	return [
		{
			id: 'isolation',
			aspect: 'Isolation',
			vm: {
				text: 'Hardware-level',
				live: vms ? `${onHost(vms, 'VM', 'VMs')}: ${formatCount(vms)} separate kernels` : undefined
			},
			container: {
				text: 'OS-level',
				live: cts ? `${onHost(cts, 'container', 'containers')}: one kernel` : undefined
			},
			wins: 'vm'
		},
		{
			id: 'size',
			aspect: 'Size',
			vm: {
				text: 'GBs (includes an OS)',
				live: figure(vm, (s) => `${formatMiB(s.group.diskMiB.perInstance)} disk each`)
			},
			container: {
				text: 'MBs (no OS)',
				live: figure(ct, (s) => `${formatMiB(s.group.diskMiB.perInstance)}, image shared`)
			},
			wins: 'container'
		},
		{
			id: 'boot',
			aspect: 'Boot time',
			vm: {
				text: 'Seconds to minutes',
				live: figure(vm, (s) => `ready in ${formatMs(s.group.startup.readyMs)}`)
			},
			container: {
				text: 'Milliseconds to seconds',
				live: figure(ct, (s) => `ready in ${formatMs(s.group.startup.readyMs)}`)
			},
			wins: 'container'
		},
		{
			id: 'overhead',
			aspect: 'Overhead',
			vm: {
				text: 'High',
				live: figure(
					vm,
					(s) =>
						`${formatMiB(s.group.memory.perInstanceMiB)} each, ${formatMiB(s.group.memory.perInstance.hypervisor)} of it hypervisor`
				)
			},
			container: {
				text: 'Low',
				live: figure(
					ct,
					(s) =>
						`${formatMiB(s.group.memory.perInstanceMiB)} each, ${formatMiB(s.group.memory.perInstance.runtime)} of it runtime`
				)
			},
			wins: 'container'
		},
		{
			id: 'os',
			aspect: 'OS support',
			vm: {
				text: 'Any OS',
				live: windowsAsVm ? 'Windows app: not here' : `Windows app runs on ${hostOs}`
			},
			container: {
				text: 'Host kernel only',
				live: windowsAsContainer
					? `Windows app refused on ${hostOs}`
					: `Windows app runs on ${hostOs}`
			},
			wins: 'vm'
		},
		{
			id: 'security',
			aspect: 'Security',
			vm: { text: 'Stronger isolation: separate kernels' },
			container: { text: 'Process isolation: one shared kernel' },
			wins: 'vm'
		},
		{
			id: 'attack',
			aspect: 'Attack surface',
			vm: { text: 'Minimal between VMs' },
			container: { text: 'The shared kernel is a common risk' },
			wins: 'vm'
		},
		{
			id: 'portability',
			aspect: 'Portability',
			vm: {
				text: 'Needs a compatible hypervisor',
				live: figure(vm, (s) => `${formatMiB(s.group.diskMiB.perInstance)} to copy`)
			},
			container: {
				text: 'Anywhere in its OS family',
				live: `${formatMiB(pullMiB(report, workload))} to pull`
			},
			wins: 'container'
		},
		{
			id: 'management',
			aspect: 'Management',
			vm: {
				text: 'An OS to maintain per VM',
				live: vms
					? `${onHost(vms, 'VM', 'VMs')}: ${formatCount(vms)} guest ${vms === 1 ? 'OS' : 'OSes'} to patch`
					: undefined
			},
			container: {
				text: 'One OS per host',
				live: cts ? `${onHost(cts, 'container', 'containers')}: 1 host OS to patch` : undefined
			},
			wins: 'container'
		}
	];
}

/** One aspect of the seeds' table across the whole spectrum: a cell per kind, weakest isolation first. */
export interface SpectrumTableRow {
	id: 'isolation' | 'attack' | 'overhead' | 'boot';
	aspect: string;
	cells: { entry: string; text: string; live?: boolean }[];
}

/**
 * The seeds' comparison table (isolation, attack surface, overhead, boot time) extended to every
 * kind on the spectrum: the words are the kind modules' own, the figures the model's for this host.
 */
export function spectrumTableRows(entries: readonly SpectrumEntry[]): SpectrumTableRow[] {
	const cells = (f: (e: SpectrumEntry) => string, live = false) =>
		entries.map((e) => ({
			entry: e.id,
			text: e.supported || !live ? f(e) : 'cannot run here',
			live
		}));
	return [
		{
			id: 'isolation',
			aspect: 'Isolation',
			cells: cells((e) => capitalise(e.kernelText))
		},
		{ id: 'attack', aspect: 'Attack surface', cells: cells((e) => capitalise(e.boundary)) },
		{
			id: 'overhead',
			aspect: 'Overhead',
			cells: cells((e) => `${formatMiB(e.memoryMiB)} each`, true)
		},
		{
			id: 'boot',
			aspect: 'Boot time',
			cells: cells((e) => `ready in ${formatMs(e.readyMs)}`, true)
		}
	];
}
