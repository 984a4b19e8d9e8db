/**
 * The boot race: one workload started as each kind on the host (cold and warm image cache for a
 * kind that pulls an image) side by side. Lanes come from the model's one-instance startup phases (the same rows as
 * the startup chart); `stateAt` says where each lane is at a moment of the race. Pure: no DOM.
 */
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { PHASE_LABEL } from '$lib/charts/color';
import { formatMs } from '$lib/charts/format';
import { startupRows } from '$lib/charts/startupData';
import { textWidth } from '$lib/charts/legend';
import { niceCeil, timeTicks } from '$lib/charts/ticks';
import { KIND_STYLE } from '$lib/style/kinds';
import {
	ordinal,
	PHASES,
	type ImageCache,
	type Kind,
	type KindFigures,
	type Phase,
	type Scenario
} from '$lib/model';

export interface LanePhase {
	phase: Phase;
	startMs: number;
	endMs: number;
}

export interface Lane {
	/** The kind, or the kind and its image cache: vm, microvm, container-cold, container-warm, … */
	id: string;
	name: string;
	kind: Kind;
	cache?: ImageCache;
	supported: boolean;
	/** Why this kind cannot run the workload on this host (the model's words). */
	reason?: string;
	/** Back to back from 0; zero-length phases left out (nothing to watch). */
	phases: LanePhase[];
	readyMs: number;
}

/** Where one lane is at a moment of the race. */
export interface LaneState {
	id: string;
	status: 'unsupported' | 'running' | 'ready';
	/** The phase under way; null when ready or unsupported. */
	phase: Phase | null;
	/** How far through the current phase, 0 to 1. */
	phaseProgress: number;
	/** How far through the whole start, 0 to 1 (1 when ready). */
	progress: number;
}

export interface RaceState {
	tMs: number;
	lanes: LaneState[];
	/** Lanes ready by tMs, first finisher first. */
	ready: string[];
	/** Every supported lane is ready. */
	done: boolean;
}

/** Playback speeds: model milliseconds per wall-clock millisecond. */
export const SPEEDS = [
	{ value: 0.1, label: '0.1× slow' },
	{ value: 0.25, label: '0.25×' },
	{ value: 1, label: '1× real time' }
] as const;

/** The kinds the race runs: those placed on the host, or every kind when the host is empty. */
export function raceKinds(scenario: Scenario): Kind[] {
	const placed = new Set(scenario.groups.filter((g) => g.count > 0).map((g) => g.kind));
	return placed.size > 0 ? [...placed] : [];
}

/**
 * The race's lanes, from the answers' per-kind table for one workload (the figures What fits counts with): the
 * kinds in `only` (every kind when it is empty).
 */
export function raceLanes(kinds: readonly KindFigures[], only: readonly Kind[] = []): Lane[] {
	const shown = only.length > 0 ? kinds.filter((k) => only.includes(k.kind)) : kinds;
	return startupRows(shown).map((row) => ({
		id: row.id,
		name: row.cache ? `${KIND_STYLE[row.kind].label} (${row.cache} cache)` : row.name,
		kind: row.kind,
		cache: row.cache,
		supported: row.supported,
		reason: row.reason,
		phases: row.supported
			? row.phases
					.filter((p) => p.endMs > p.startMs)
					.map(({ phase, startMs, endMs }) => ({ phase, startMs, endMs }))
			: [],
		readyMs: row.readyMs
	}));
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The supported lanes' ids, first finisher first (ties keep the lanes' order). */
export function finishingOrder(lanes: readonly Lane[]): string[] {
	return lanes
		.filter((l) => l.supported)
		.map((l, i) => ({ l, i }))
		.sort((a, b) => a.l.readyMs - b.l.readyMs || a.i - b.i)
		.map(({ l }) => l.id);
}

/** When the last supported lane is ready: the race's length (0 when nothing can start). */
export function raceEndMs(lanes: readonly Lane[]): number {
	return lanes.reduce((m, l) => (l.supported ? Math.max(m, l.readyMs) : m), 0);
}

/** Every moment a phase ends in some lane, ascending, without repeats. */
export function boundaries(lanes: readonly Lane[]): number[] {
	const set = new Set<number>();
	for (const l of lanes) for (const p of l.phases) set.add(p.endMs);
	return [...set].sort((a, b) => a - b);
}

/** The next moment after `tMs` a phase ends somewhere; the race's end when none is left. */
export function nextBoundary(lanes: readonly Lane[], tMs: number): number {
	return boundaries(lanes).find((b) => b > tMs) ?? raceEndMs(lanes);
}

/** The last moment before `tMs` a phase ended somewhere; 0 when none. */
export function previousBoundary(lanes: readonly Lane[], tMs: number): number {
	return boundaries(lanes).findLast((b) => b < tMs) ?? 0;
}

function laneAt(lane: Lane, tMs: number): LaneState {
	if (!lane.supported) {
		return { id: lane.id, status: 'unsupported', phase: null, phaseProgress: 0, progress: 0 };
	}
	if (tMs >= lane.readyMs) {
		return { id: lane.id, status: 'ready', phase: null, phaseProgress: 1, progress: 1 };
	}
	const t = Math.max(0, tMs);
	const p = lane.phases.find((q) => t >= q.startMs && t < q.endMs) ?? lane.phases[0]!;
	return {
		id: lane.id,
		status: 'running',
		phase: p.phase,
		phaseProgress: clamp01((t - p.startMs) / (p.endMs - p.startMs)),
		progress: clamp01(t / lane.readyMs)
	};
}

/** Every lane's phase and progress at `tMs` from the start, and who is ready. */
export function stateAt(lanes: readonly Lane[], tMs: number): RaceState {
	const states = lanes.map((l) => laneAt(l, tMs));
	const isReady = new Set(states.filter((s) => s.status === 'ready').map((s) => s.id));
	const order = finishingOrder(lanes);
	const ready = order.filter((id) => isReady.has(id));
	return { tMs, lanes: states, ready, done: ready.length === order.length };
}

/** Lanes that became ready after `fromMs` and by `toMs`, first finisher first. */
export function readyBetween(lanes: readonly Lane[], fromMs: number, toMs: number): Lane[] {
	const byId = new Map(lanes.map((l) => [l.id, l]));
	return finishingOrder(lanes)
		.map((id) => byId.get(id)!)
		.filter((l) => l.readyMs > fromMs && l.readyMs <= toMs);
}

/** "Container (warm cache) ready at 350 ms". */
export const readySentence = (lane: Lane): string =>
	`${lane.name} ready at ${formatMs(lane.readyMs)}`;

/** The phases the lanes go through, in the order a start goes through them: the legend's entries. */
export function racePhases(lanes: readonly Lane[]): Phase[] {
	const seen = new Set(lanes.flatMap((l) => l.phases.map((p) => p.phase)));
	return PHASES.filter((p) => seen.has(p));
}

/** A lane's place at the finish (1 for the first ready), or null when it cannot start. */
export function placeOf(lanes: readonly Lane[], id: string): number | null {
	const k = finishingOrder(lanes).indexOf(id);
	return k < 0 ? null : k + 1;
}

/** Said when the last lane is ready: "Every lane is ready: Container (warm cache) first, at 350 ms." */
export function finishSentence(lanes: readonly Lane[]): string {
	const order = finishingOrder(lanes);
	const first = lanes.find((l) => l.id === order[0]);
	if (!first || order.length < 2) return 'Every lane is ready.';
	return `Every lane is ready: ${first.name} first, at ${formatMs(first.readyMs)}.`;
}

/**
 * What a lane shows in words: the phase under way, ready (with its place at the finish when
 * `place` is given), or why it cannot start.
 */
export function laneStatusText(lane: Lane, s: LaneState, place?: number | null): string {
	if (s.status === 'unsupported') return 'Cannot start here';
	if (s.status === 'ready')
		return `Ready at ${formatMs(lane.readyMs)}${place ? ` · ${ordinal(place)}` : ''}`;
	if (s.phase === null) return 'Waiting';
	return `${PHASE_LABEL[s.phase]} · ${Math.floor(s.progress * 100)} %`;
}

/** "0.35 s" style clock: seconds with two decimals below a minute, so it visibly runs. */
export function clockText(tMs: number): string {
	if (tMs >= 60_000) return formatMs(tMs);
	return `${(Math.max(0, tMs) / 1000).toFixed(2)} s`;
}

/** Time (ms) → percent of the track; `endMs` is the time at 100 %. */
export type RaceScale = ((ms: number) => number) & { endMs: number };

/**
 * Time → percent of the track, from 0 to past the slowest lane on a round number. Linear, or a
 * symmetric log with a 1 ms knee so milliseconds and seconds both get room (as the startup chart).
 */
export function raceScale(lanes: readonly Lane[], log: boolean): RaceScale {
	const max = Math.max(10, raceEndMs(lanes));
	const scale = log
		? scaleSymlog()
				.constant(1)
				.domain([0, niceCeil(max)])
				.range([0, 100])
		: scaleLinear().domain([0, max]).nice().range([0, 100]);
	const [, end] = scale.domain() as [number, number];
	const f = (ms: number) => scale(Math.min(Math.max(0, ms), end));
	return Object.assign(f, { endMs: end });
}

/** Axis labels under a track `trackPx` wide, in px: none overlapping, none past either end. */
export function raceTicks(
	x: RaceScale,
	log: boolean,
	trackPx: number,
	fontPx = 20
): { pos: number; label: string; shift: string }[] {
	const placed = timeTicks(x.endMs, log, Math.max(2, Math.floor(trackPx / 110))).map((t) => {
		const pos = (x(t.value) / 100) * trackPx;
		const width = textWidth(t.label, fontPx);
		// Anchored at its start near the left end, at its end near the right end, else centred.
		const [shift, left] =
			pos < width / 2
				? ['0', pos]
				: pos > trackPx - width / 2
					? ['-100%', pos - width]
					: ['-50%', pos - width / 2];
		return { pos, label: t.label, shift, left, right: left + width };
	});
	const kept: typeof placed = [];
	for (const t of placed.sort((a, b) => a.pos - b.pos)) {
		const last = kept.at(-1);
		if (!last || t.left >= last.right + 8) kept.push(t);
		// The end of the axis matters more than the tick before it.
		else if (t === placed.at(-1) && kept.length > 1) kept[kept.length - 1] = t;
	}
	return kept.map(({ pos, label, shift }) => ({ pos, label, shift }));
}
