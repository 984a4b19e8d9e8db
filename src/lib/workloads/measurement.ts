/**
 * Pasted measurements (`docker stats`, `docker image ls`, `docker history`, `kubectl top pods`)
 * applied to an own workload, and the model's figures set beside the measured ones. Pure.
 *
 * Docker's memory figure is the container's resident memory: the app and its libraries. The model
 * counts the libraries apart (containers of one image share them), so the working set it takes is
 * the measurement minus the libraries' figure. Docker's image sizes are unpacked on disk; layers
 * are kept compressed, so a measured image becomes layers through the model's unpack ratio.
 */
import type { Measurement } from '$lib/import/measure/types';
import { formatCores, formatMiB, formatPercent } from '$lib/model/format';
import { INPUT_LIMITS } from '$lib/model/limits';
import type { GroupReport, OwnWorkload } from '$lib/model/types';
import { ownBaseLayer, UNPACK_RATIO, workloadFigures } from '$lib/model/workloadFigures';

export interface MeasuredChoice {
	/** The container, pod or image as the output names it. */
	label: string;
	memoryMiB?: number;
	cpuCores?: number;
	/** Unpacked image size on disk. */
	imageMiB?: number;
}

export const COMMAND_NAMES: Record<Measurement['kind'], string> = {
	'docker-stats': 'docker stats',
	'docker-images': 'docker image ls',
	'docker-history': 'docker history',
	'kubectl-top': 'kubectl top pods'
};

/** True when the output is Windows `docker stats`: its CPU % is a share of all processors. */
export const needsProcessors = (m: Measurement): boolean =>
	m.kind === 'docker-stats' && m.rows.some((r) => r.cpuShareOfProcessors !== null);

/**
 * Each container, pod or image the output measured. `processors` is the measured machine's
 * processor count, which Windows `docker stats` CPU % is a share of (docker/cli
 * `calculateCPUPercentWindows`); without it a Windows row gives no CPU figure.
 */
export function measuredChoices(m: Measurement, processors?: number): MeasuredChoice[] {
	switch (m.kind) {
		case 'docker-stats':
			return m.rows.map((r) => {
				const cores =
					r.cpuCores ??
					(r.cpuShareOfProcessors !== null && processors
						? r.cpuShareOfProcessors * processors
						: null);
				return cores === null
					? { label: r.name, memoryMiB: r.memoryMiB }
					: { label: r.name, memoryMiB: r.memoryMiB, cpuCores: cores };
			});
		case 'kubectl-top':
			return m.rows.map((r) => ({
				label: r.container ? `${r.pod}/${r.container}` : r.pod,
				memoryMiB: r.memoryMiB,
				cpuCores: r.cpuCores
			}));
		case 'docker-images':
			return m.rows.map((r) => ({
				label: r.tag ? `${r.repository}:${r.tag}` : r.repository,
				imageMiB: r.diskMiB
			}));
		case 'docker-history':
			return [{ label: 'the image docker history lists', imageMiB: m.totalDiskMiB }];
	}
}

const words = (s: string) =>
	s
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 1);

/** The choice that best fits the workload's name (most shared words), else the first. */
export function bestChoice(choices: readonly MeasuredChoice[], name: string): number {
	const wanted = new Set(words(name));
	let best = 0;
	let bestScore = 0;
	choices.forEach((c, i) => {
		const score = words(c.label).filter((w) => wanted.has(w)).length;
		if (score > bestScore) [best, bestScore] = [i, score];
	});
	return best;
}

const clamp = (v: number, lim: { min: number; max: number }) =>
	Math.min(lim.max, Math.max(lim.min, v));

export interface ModelInputs {
	/** The libraries' resident pages the workload runs with now, MiB. */
	binsLibsMiB: number;
	/** Its base layer, unpacked on disk, MiB. */
	baseLayerUnpackedMiB: number;
	/** Unpacked ÷ compressed. */
	unpackRatio: number;
}

/** The model's figures a measurement of `own` is read against (its libraries, its base layer). */
export function modelInputsOf(
	own: OwnWorkload,
	all: readonly OwnWorkload[] | undefined
): ModelInputs {
	return {
		binsLibsMiB: workloadFigures(own.id, all)?.binsLibsMiB.value ?? 0,
		baseLayerUnpackedMiB: ownBaseLayer(own)?.unpackedMiB ?? 0,
		unpackRatio: UNPACK_RATIO.value
	};
}

/**
 * `own` with `choice`'s figures: memory (less the libraries), CPU and image size where measured,
 * or (`use: false`) only recorded to compare. Returns what was set, each in words.
 */
export function applyMeasurement(
	own: OwnWorkload,
	choice: MeasuredChoice,
	source: string,
	inputs: ModelInputs,
	use = true
): { workload: OwnWorkload; said: string[] } {
	const w: OwnWorkload = { ...own, measured: { ...own.measured, source: source.slice(0, 200) } };
	const said: string[] = [];
	const m = w.measured!;
	if (choice.memoryMiB !== undefined) {
		m.memoryMiB = choice.memoryMiB;
		if (use) {
			w.appMiB = clamp(choice.memoryMiB - inputs.binsLibsMiB, INPUT_LIMITS.workingSetMiB);
			said.push(
				`Working set ${formatMiB(w.appMiB)}: ${formatMiB(choice.memoryMiB)} measured, less ${formatMiB(inputs.binsLibsMiB)} of libraries the model counts on their own.`
			);
		}
	}
	if (choice.cpuCores !== undefined) {
		m.cpuCores = choice.cpuCores;
		if (use) {
			w.demandCores = clamp(choice.cpuCores, INPUT_LIMITS.demandCores);
			said.push(`CPU demand ${formatCores(w.demandCores)}, as measured.`);
		}
	}
	if (choice.imageMiB !== undefined) {
		m.imageMiB = choice.imageMiB;
		if (use) {
			const aboveBase = Math.max(0, choice.imageMiB - inputs.baseLayerUnpackedMiB);
			const compressedMiB = clamp(aboveBase / inputs.unpackRatio, INPUT_LIMITS.layerMiB);
			w.layers = [{ name: 'your layers (measured)', compressedMiB }];
			said.push(
				`Your layers ${formatMiB(compressedMiB)} compressed: ${formatMiB(choice.imageMiB)} on disk, less the ${formatMiB(inputs.baseLayerUnpackedMiB)} base layer, ÷ ${inputs.unpackRatio.toFixed(2)} (the model’s unpack ratio).`
			);
		}
	}
	if (!use) said.push('The measured figures are kept beside the model’s; the model is unchanged.');
	return { workload: w, said };
}

export interface Comparison {
	what: string;
	model: string;
	measured: string;
	/** The difference in words. */
	difference: string;
}

/** “The model is 12 MiB (7 %) above what was measured”, or that they agree within 1 %. */
export function differenceInWords(
	model: number,
	measured: number,
	format: (n: number) => string
): string {
	const diff = model - measured;
	if (measured === 0 && model === 0) return 'The same.';
	const pct = measured === 0 ? null : (Math.abs(diff) / measured) * 100;
	if (pct !== null && pct < 1) return 'The same, within 1 %.';
	const by = `${format(Math.abs(diff))}${pct === null ? '' : ` (${formatPercent(pct)})`}`;
	return `The model is ${by} ${diff > 0 ? 'above' : 'below'} what was measured.`;
}

/** The model's per-instance figures for `g` (from the report) beside `own`'s measured ones. */
export function modelVsMeasured(own: OwnWorkload, g: GroupReport): Comparison[] {
	const m = own.measured;
	if (!m) return [];
	const rows: Comparison[] = [];
	if (m.memoryMiB !== undefined) {
		const model = g.memory.perInstance.app + g.memory.perInstance.binsLibs;
		rows.push({
			what: 'Memory of the app and its libraries, per instance',
			model: formatMiB(model),
			measured: formatMiB(m.memoryMiB),
			difference: differenceInWords(model, m.memoryMiB, formatMiB)
		});
	}
	if (m.cpuCores !== undefined) {
		rows.push({
			what: `CPU per instance${g.cpu.overheadPct > 0 ? ` (with the model’s ${formatPercent(g.cpu.overheadPct)} overhead for this kind)` : ''}`,
			model: formatCores(g.cpu.demandCores),
			measured: formatCores(m.cpuCores),
			difference: differenceInWords(g.cpu.demandCores, m.cpuCores, formatCores)
		});
	}
	if (m.imageMiB !== undefined && g.image.length) {
		const model = g.image.reduce((s, l) => s + l.unpackedMiB, 0);
		rows.push({
			what: 'Image on disk, unpacked',
			model: formatMiB(model),
			measured: formatMiB(m.imageMiB),
			difference: differenceInWords(model, m.imageMiB, formatMiB)
		});
	}
	return rows;
}
