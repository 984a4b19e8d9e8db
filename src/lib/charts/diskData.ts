/**
 * Disk and image layers: each container image present in the scenario as its layers stacked,
 * a layer shared by several images drawn once across them; beside them one VM disk image per
 * kind of VM, at the same scale. Sizes from the model's catalog and report. Pure: no DOM.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { GroupReport, ImageLayerReport, Kind, Report, WorkloadRef } from '$lib/model';
import { KIND_STYLE } from '$lib/style/kinds';
import { exactMiB, formatMiB, num0 } from './format';
import type { TableData } from './table';

export type BlockKind = 'base' | 'layer' | 'guestOs' | 'vmFiles';

export interface DiskColumn {
	key: string;
	/** Short, under the column: "nginx", "nginx VM". */
	label: string;
	kind: 'image' | Kind;
	/** One image or one VM disk, in MiB. */
	sizeMiB: number;
	/** Containers or VMs that use it. */
	count: number;
}

export interface DiskBlock {
	key: string;
	/** First and last column the block spans (a shared layer spans every image that uses it). */
	c0: number;
	c1: number;
	y0: number;
	y1: number;
	kind: BlockKind;
	name: string;
	layerId?: string;
	compressedMiB?: number;
	usedBy: string[];
	/** A layer already drawn in another stack: stored once, outlined here. */
	duplicate: boolean;
	label: string;
}

export interface DiskLayout {
	columns: DiskColumn[];
	blocks: DiskBlock[];
}

const sameStart = (a: readonly string[], b: readonly string[], depth: number) => {
	for (let i = 0; i <= depth; i++) if (a[i] !== b[i]) return false;
	return true;
};

/** What the layout is drawn from: a much smaller thing to compare than the layout. */
export const diskInputs = (report: Report): unknown[] =>
	report.groups.map((g) => [
		g.supported,
		g.kind,
		g.workload,
		g.guestOs,
		g.count,
		g.diskMiB.perInstance
	]);

export function diskLayout(report: Report): DiskLayout {
	const columns: DiskColumn[] = [];
	const blocks: DiskBlock[] = [];

	// Images stored once per host (containers, gVisor, Kata): sorted by their layer lists, so
	// images with a common base sit side by side.
	const images = new Map<
		WorkloadRef,
		{ count: number; name: string; layers: ImageLayerReport[] }
	>();
	for (const g of report.groups)
		if (g.supported && g.imageShared && g.count > 0) {
			const seen = images.get(g.workload);
			if (seen) seen.count += g.count;
			else images.set(g.workload, { count: g.count, name: g.workloadName, layers: g.image });
		}
	const ids = (w: WorkloadRef) => images.get(w)!.layers.map((l) => l.id);
	const order = [...images.keys()].sort((a, b) => ids(a).join('/').localeCompare(ids(b).join('/')));
	const open: DiskBlock[] = [];
	const drawn = new Set<string>();
	order.forEach((w, c) => {
		const image = images.get(w)!;
		const layers = ids(w);
		let y = 0;
		let size = 0;
		image.layers.forEach((layer, depth) => {
			const mib = layer.unpackedMiB;
			const prev = c > 0 ? ids(order[c - 1]!) : null;
			const block = open[depth];
			if (prev && block && block.layerId === layer.id && sameStart(prev, layers, depth)) {
				block.c1 = c;
				block.usedBy.push(image.name);
			} else {
				const b: DiskBlock = {
					key: `image|${w}|${depth}|${layer.id}`,
					c0: c,
					c1: c,
					y0: y,
					y1: y + mib,
					kind: layer.base ? 'base' : 'layer',
					name: layer.name,
					layerId: layer.id,
					compressedMiB: layer.compressedMiB,
					usedBy: [image.name],
					duplicate: drawn.has(layer.id),
					label: ''
				};
				open[depth] = b;
				open.length = depth + 1;
				blocks.push(b);
				drawn.add(layer.id);
			}
			y += mib;
			size += mib;
		});
		open.length = layers.length;
		columns.push({
			key: `image|${w}`,
			label: image.name,
			kind: 'image',
			sizeMiB: size,
			count: image.count
		});
	});

	// VM disks: one column per distinct disk (kind, workload, guest OS, size).
	const vms = new Map<string, { col: DiskColumn; osMiB: number; os: string }>();
	for (const g of report.groups) {
		if (!g.supported || g.count <= 0 || !g.guestDisk) continue;
		const key = `${g.kind}|${g.workload}|${g.guestOs}|${g.diskMiB.perInstance.toFixed(3)}`;
		const seen = vms.get(key);
		if (seen) {
			seen.col.count += g.count;
			continue;
		}
		const os = (g as Required<Pick<GroupReport, 'guestDisk'>>).guestDisk;
		vms.set(key, {
			col: {
				key: `disk|${key}`,
				label: `${g.workloadName} ${KIND_STYLE[g.kind].label}`,
				kind: g.kind,
				sizeMiB: g.diskMiB.perInstance,
				count: g.count
			},
			osMiB: Math.min(os.osMiB, g.diskMiB.perInstance),
			os: os.osName
		});
	}
	for (const { col, osMiB, os } of vms.values()) {
		const c = columns.length;
		columns.push(col);
		const base = { c0: c, c1: c, usedBy: [col.label], duplicate: false, label: '' };
		blocks.push({
			...base,
			key: `${col.key}|os`,
			y0: 0,
			y1: osMiB,
			kind: 'guestOs',
			name: `${os} install`
		});
		if (col.sizeMiB - osMiB > 0)
			blocks.push({
				...base,
				key: `${col.key}|files`,
				y0: osMiB,
				y1: col.sizeMiB,
				kind: 'vmFiles',
				name: 'App and its files'
			});
	}
	for (const b of blocks) b.label = blockLabel(b, columns);
	return { columns, blocks };
}

function blockLabel(b: DiskBlock, columns: readonly DiskColumn[]): string {
	const size = exactMiB(b.y1 - b.y0);
	if (b.kind === 'guestOs' || b.kind === 'vmFiles') {
		const col = columns[b.c0]!;
		return `${col.label} disk — ${b.name}: ${size} per ${KIND_STYLE[col.kind as Kind].label}, ${num0(col.count)} on the host`;
	}
	const packed = b.compressedMiB !== undefined ? ` (${exactMiB(b.compressedMiB)} to pull)` : '';
	const users =
		b.usedBy.length > 1
			? `, shared by ${b.usedBy.join(', ')}: stored once`
			: b.duplicate
				? `, already stored for another image: stored once`
				: `, in ${b.usedBy[0]}`;
	return `${b.name} — ${size} on disk${packed}${users}`;
}

export interface DiskScales {
	x: ScaleBand<string>;
	/** Clamped: when zoomed, a taller VM disk is cut at the top. */
	y: ScaleLinear<number, number>;
	maxMiB: number;
}

/**
 * x: a band per column. y: MiB from 0 to the tallest column; zoomed, to the tallest container
 * image (VM disks above it are cut off and labelled), so the layers can be read.
 */
export function diskScales(
	layout: DiskLayout,
	inner: { width: number; height: number },
	zoom = false
): DiskScales {
	const images = layout.columns.filter((c) => c.kind === 'image');
	const cols = zoom && images.length > 0 ? images : layout.columns;
	const maxMiB = Math.max(1, ...cols.map((c) => c.sizeMiB)) * 1.05;
	return {
		x: scaleBand<string>()
			.domain(layout.columns.map((c) => c.key))
			.range([0, inner.width])
			.paddingInner(0.2)
			.paddingOuter(0.1),
		y: scaleLinear().domain([0, maxMiB]).range([inner.height, 0]).clamp(true),
		maxMiB
	};
}

/** A block's left edge and width in pixels: across every column it spans. */
export function blockX(b: DiskBlock, layout: DiskLayout, x: ScaleBand<string>) {
	const left = x(layout.columns[b.c0]!.key) ?? 0;
	const right = (x(layout.columns[b.c1]!.key) ?? 0) + x.bandwidth();
	return { x: left, width: right - left };
}

export function diskTable(layout: DiskLayout): TableData {
	return {
		columns: [
			{ label: 'Image or disk' },
			{ label: 'Layer' },
			{ label: 'Used by' },
			{ label: 'Compressed', unit: 'MiB' },
			{ label: 'On disk, each', unit: 'MiB' },
			{ label: 'Copies stored' },
			{ label: 'On disk, total', unit: 'MiB' }
		],
		rows: layout.blocks.map((b) => {
			const size = b.y1 - b.y0;
			const vm = b.kind === 'guestOs' || b.kind === 'vmFiles';
			const copies = vm ? layout.columns[b.c0]!.count : b.duplicate ? 0 : 1;
			return [
				vm ? `${layout.columns[b.c0]!.label} disk` : b.usedBy.join(' + '),
				b.name,
				b.usedBy.join(', '),
				b.compressedMiB ?? '',
				size,
				copies,
				size * copies
			];
		})
	};
}

const range = (cols: readonly DiskColumn[]) => {
	const sizes = cols.map((c) => c.sizeMiB);
	const lo = Math.min(...sizes);
	const hi = Math.max(...sizes);
	return lo === hi ? formatMiB(lo) : `${formatMiB(lo)} to ${formatMiB(hi)}`;
};

export function diskSummary(layout: DiskLayout, disk?: Report['disk']): string {
	const host = disk
		? ` The host’s disk holds ${formatMiB(disk.usedMiB)} of ${formatMiB(disk.capacityMiB)}.`
		: '';
	const imgs = layout.columns.filter((c) => c.kind === 'image');
	const vms = layout.columns.filter((c) => c.kind !== 'image');
	if (imgs.length === 0 && vms.length === 0)
		return `Nothing is placed, so nothing is stored.${host}`;
	const shared = layout.blocks.filter((b) => b.usedBy.length > 1).map((b) => b.name);
	const parts: string[] = [];
	if (imgs.length)
		parts.push(
			`${imgs.length} container image${imgs.length > 1 ? 's' : ''} of ${range(imgs)}` +
				(shared.length ? `, which share ${shared.join(' and ')} (stored once)` : '')
		);
	if (vms.length)
		parts.push(`${vms.length} VM disk image${vms.length > 1 ? 's' : ''} of ${range(vms)} each`);
	return `On disk: ${parts.join('; ')}.${host}`;
}
