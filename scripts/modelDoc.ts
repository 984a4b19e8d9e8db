/**
 * The tables of docs/model.md that come straight from the catalog and from evaluate(): every
 * catalog value with its unit, source and grade, the sources, and the worked example. Generated,
 * so the page cannot drift from the code: `npm run docs:model` rewrites them, and a unit test
 * fails when the page and the catalog disagree.
 */
import {
	BRIDGE_IO_OVERHEAD_PCT,
	CONCURRENCY,
	CONTAINERS,
	CONTAINERS_CPU_OVERHEAD,
	ENGINE_INFO,
	ESXI_TABLE,
	GUEST_OSES,
	GVISOR,
	HOST_NET_IO_OVERHEAD_PCT,
	HOST_OS_INFO,
	HYPERV_OVERHEAD,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	KATA,
	KVM_IO_OVERHEAD_PCT,
	MICROVM,
	PROCESS_OVERHEAD,
	QEMU,
	SHARING,
	UTILITY_VM,
	WINDOWS_CONTAINERS,
	WORKLOADS,
	type Cited
} from '../src/lib/model/catalog';
import {
	AKS,
	EKS,
	GKE,
	KUBEADM,
	NODE_AGENTS,
	PER_POD,
	SYSTEM_PODS
} from '../src/lib/model/catalog/kubernetes';

/** The catalog's tables in the order a reader meets them (an explicit list: namespace order varies by loader). */
export const CATALOG: Record<string, unknown> = {
	GUEST_OSES,
	IMAGE_LAYERS,
	WORKLOADS,
	HOST_OS_INFO,
	HYPERVISOR_INFO,
	QEMU,
	ESXI_TABLE,
	HYPERV_OVERHEAD,
	PROCESS_OVERHEAD,
	MICROVM,
	KATA,
	GVISOR,
	ENGINE_INFO,
	CONTAINERS_CPU_OVERHEAD,
	BRIDGE_IO_OVERHEAD_PCT,
	HOST_NET_IO_OVERHEAD_PCT,
	KVM_IO_OVERHEAD_PCT,
	CONTAINERS,
	WINDOWS_CONTAINERS,
	UTILITY_VM,
	SHARING,
	CONCURRENCY,
	GKE,
	EKS,
	AKS,
	KUBEADM,
	PER_POD,
	NODE_AGENTS,
	SYSTEM_PODS
};
import { SOURCES, type SourceId } from '../src/lib/model/catalog/sources';
import { defaultScenario } from '../src/lib/model/defaults';
import { evaluate } from '../src/lib/model/evaluate';
import { LAYERS, PHASES, type Scenario } from '../src/lib/model/types';

const isCited = (v: unknown): v is Cited =>
	typeof v === 'object' &&
	v !== null &&
	'value' in v &&
	'unit' in v &&
	'source' in v &&
	'estimate' in v &&
	typeof (v as Cited).value === 'number';

export interface CitedRow {
	path: string;
	cited: Cited;
}

/** Every cited value under `value`, once each, at the first path it is found. */
export function citedRows(root: Record<string, unknown>): CitedRow[] {
	const rows: CitedRow[] = [];
	const seen = new Set<Cited>();
	const walk = (value: unknown, path: string): void => {
		if (isCited(value)) {
			if (!seen.has(value)) rows.push({ path, cited: value });
			seen.add(value);
			return;
		}
		if (Array.isArray(value)) {
			value.forEach((item, i) => {
				const part = item as { label?: unknown; value?: unknown };
				if (typeof part?.label === 'string' && isCited(part.value))
					walk(part.value, `${path} › ${part.label}`);
				else walk(item, `${path}[${i}]`);
			});
			return;
		}
		if (typeof value === 'object' && value !== null)
			for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
	};
	for (const [name, value] of Object.entries(root)) walk(value, name);
	return rows;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
/** Below 1, three significant digits: a 0.25 % tier is 0.0025, not 0.003. */
const SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const num = (n: number): string => (n !== 0 && Math.abs(n) < 1 ? SMALL : NUMBER).format(n);
const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function grade(c: Cited): string {
	if (c.estimate) return c.source === 'estimate' ? 'estimate' : `estimate (from \`${c.source}\`)`;
	return SOURCES[c.source].grade === 'primary' ? '1°' : '2°';
}

const table = (head: string[], rows: string[][]): string =>
	[
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
	].join('\n');

/** Section 12: every catalog value, grouped by the table it lives in, with a count by grade. */
export function catalogSection(): string {
	const rows = citedRows(CATALOG);
	const primary = rows.filter(
		(r) => !r.cited.estimate && SOURCES[r.cited.source].grade === 'primary'
	);
	const secondary = rows.filter(
		(r) => !r.cited.estimate && SOURCES[r.cited.source].grade === 'secondary'
	);
	const estimates = rows.filter((r) => r.cited.estimate);
	const groups = new Map<string, CitedRow[]>();
	for (const r of rows) {
		const top = r.path.split(/[.[ ]/)[0]!;
		groups.set(top, [...(groups.get(top) ?? []), r]);
	}
	const out = [
		`The catalog holds ${rows.length} values: ${primary.length} read off a primary source (1°), ${secondary.length} seen in a secondary summary (2°), and ${estimates.length} estimates, each with its reasoning. The tables below are generated from the catalog (\`npm run docs:model\`); a unit test fails when they drift from it.`
	];
	for (const [name, list] of groups) {
		out.push(`### \`${name}\``);
		out.push(
			table(
				['Value', 'Number', 'Unit', 'Source', 'Grade', 'Note / reasoning'],
				list.map((r) => [
					`\`${r.path.slice(name.length + 1) || name}\``,
					num(r.cited.value),
					r.cited.unit,
					r.cited.source === 'estimate' ? '—' : `\`${r.cited.source}\``,
					grade(r.cited),
					r.cited.note
				])
			)
		);
	}
	return out.join('\n\n');
}

/** Section 13: the sources, with how many values rest on each. */
export function sourcesSection(): string {
	const rows = citedRows(CATALOG);
	const uses = (id: SourceId) => rows.filter((r) => r.cited.source === id).length;
	const gradeName = { primary: '1° primary', secondary: '2° secondary', estimate: 'estimate' };
	return table(
		['Id', 'Grade', 'Values', 'Source', 'Where'],
		(Object.keys(SOURCES) as SourceId[]).map((id) => [
			`\`${id}\``,
			gradeName[SOURCES[id].grade],
			String(uses(id)),
			SOURCES[id].title,
			SOURCES[id].where
		])
	);
}

/** Section 11: the default scenario evaluated, one instance of each kind and the whole host. */
export function workedExample(scenario: Scenario = defaultScenario()): string {
	const cold: Scenario = { ...scenario, host: { ...scenario.host, imageCache: 'cold' } };
	const r = evaluate(scenario);
	const rc = evaluate(cold);
	const gs = r.groups;
	const head = [
		'',
		...gs.map(
			(g) => `${g.kind}${g.guestOs ? ` (${g.guestOs}, ${num(g.memory.allocatedMiB)} MiB)` : ''}`
		)
	];
	const memory = table(head, [
		...LAYERS.map((l) => [`\`${l}\``, ...gs.map((g) => num(g.memory.perInstance[l]))]),
		['**One instance**', ...gs.map((g) => `**${num(g.memory.perInstanceMiB)}**`)],
		['Each further instance adds', ...gs.map((g) => num(g.marginal.memoryMiB))],
		[`Group on the host`, ...gs.map((g) => `${num(g.memory.totalMiB)} (${g.count})`)],
		['Disk, one instance', ...gs.map((g) => num(g.diskMiB.perInstance))],
		['Disk, the group', ...gs.map((g) => num(g.diskMiB.total))],
		['CPU overhead (%)', ...gs.map((g) => num(g.cpu.overheadPct))],
		['CPU demand (cores)', ...gs.map((g) => num(g.cpu.demandCores))]
	]);
	const coldCt = rc.groups.find((g) => g.kind === 'container');
	const phaseMs = (g: (typeof gs)[number] | undefined, p: string) => {
		const x = g?.startup.phases.find((ph) => ph.phase === p);
		return x ? num(x.ms) : '—';
	};
	const startup = table(
		['Phase', ...gs.map((g) => g.kind), 'container (cold cache)'],
		[
			...PHASES.filter((p) =>
				[...gs, coldCt].some((g) => g?.startup.phases.some((x) => x.phase === p))
			).map((p) => [`\`${p}\``, ...gs.map((g) => phaseMs(g, p)), phaseMs(coldCt, p)]),
			[
				'**Ready**',
				...gs.map((g) => `**${num(g.startup.readyMs)}**`),
				`**${num(coldCt?.startup.readyMs ?? 0)}**`
			],
			[
				`All of the group ready, started together`,
				...gs.map((g) => num(g.startup.allReadyMs)),
				num(coldCt?.startup.allReadyMs ?? 0)
			]
		]
	);
	const h = r.memory.hostLevel;
	const host = table(
		['', 'Used', 'Capacity'],
		[
			[
				'Memory paid once by the host (MiB)',
				`${num(h.hostOs)} host OS + ${num(h.hypervisor)} hypervisor services + ${num(h.engine)} engine`,
				''
			],
			['Memory, everything (MiB)', num(r.memory.usedMiB), num(r.memory.capacityMiB)],
			['Memory saved by sharing (MiB)', num(r.memory.sharedSavedMiB), ''],
			['Disk (MiB)', num(r.disk.usedMiB), num(r.disk.capacityMiB)],
			['Disk saved by sharing (MiB)', num(r.disk.sharedSavedMiB), ''],
			['vCPUs reserved', num(r.cpu.allocatedVcpus), num(r.cpu.vcpuCapacity)],
			['CPU demand (cores)', num(r.cpu.demandCores), num(r.cpu.capacityCores)],
			...r.limits.map((l) => [l.name, num(l.used), num(l.max)]),
			['Everything started together, all ready (ms)', num(r.startup.allReadyMs), ''],
			['Everything fits', r.fits ? 'yes' : 'no', '']
		]
	);
	const byLayer = LAYERS.map((l) => `${l} ${num(r.memory.byLayer[l])}`).join(', ');
	return [
		'**Memory of one instance, by layer (MiB)**',
		memory,
		'**Startup of one instance (ms)**',
		startup,
		'**The whole host**',
		host,
		`Over the whole host, memory by layer (MiB): ${byLayer}.`
	].join('\n\n');
}

const BLOCKS = { catalog: catalogSection, sources: sourcesSection, example: () => workedExample() };
export type Block = keyof typeof BLOCKS;

export const startMarker = (b: Block) => `<!-- generated:${b} (npm run docs:model) -->`;
export const endMarker = (b: Block) => `<!-- /generated:${b} -->`;

/** The page with every generated block replaced by its current content. */
export function withGeneratedBlocks(page: string): string {
	let out = page;
	for (const [name, make] of Object.entries(BLOCKS) as [Block, () => string][]) {
		const start = out.indexOf(startMarker(name));
		const end = out.indexOf(endMarker(name));
		if (start < 0 || end < start) throw new Error(`docs/model.md has no ${name} block`);
		out = `${out.slice(0, start + startMarker(name).length)}\n\n${make()}\n\n${out.slice(end)}`;
	}
	return out;
}
