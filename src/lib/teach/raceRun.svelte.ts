import {
	finishSentence,
	nextBoundary,
	raceEndMs,
	readyBetween,
	readySentence,
	stateAt,
	type Lane
} from './bootRace';

/**
 * One boot race being run: the clock (model time since power-on), playing or not, the speed, and
 * the last thing said. The lanes come from outside (the live host and workload); when they change,
 * the run starts again from 0. The component drives the clock with frames; this class keeps no timers.
 */
export class RaceRun {
	/** Model milliseconds per wall-clock millisecond. */
	speed = $state<number>(1);
	playing = $state(false);
	lanes: readonly Lane[] = $derived.by(() => this.#lanes());
	#lanesKey = $derived(JSON.stringify(this.lanes));
	/** The clock and the words, for the lanes they were run on. */
	#run = $state.raw({ lanesKey: '', tMs: 0, said: '' });
	tMs = $derived(this.#run.lanesKey === this.#lanesKey ? this.#run.tMs : 0);
	/** What the live region says: lanes as they become ready, then who was first. */
	said = $derived(this.#run.lanesKey === this.#lanesKey ? this.#run.said : '');
	endMs = $derived(raceEndMs(this.lanes));
	state = $derived(stateAt(this.lanes, this.tMs));
	done = $derived(this.endMs > 0 && this.tMs >= this.endMs);

	#lanes: () => readonly Lane[];

	constructor(lanes: () => readonly Lane[]) {
		this.#lanes = lanes;
	}

	/** Move the clock to `next`, saying every lane that became ready on the way. */
	moveTo(next: number): void {
		const newly = readyBetween(this.lanes, this.tMs, next);
		const done = next >= this.endMs;
		const said =
			newly.length === 0
				? this.said
				: `${newly.map(readySentence).join('. ')}.${done ? ` ${finishSentence(this.lanes)}` : ''}`;
		this.#run = { lanesKey: this.#lanesKey, tMs: next, said };
	}

	/** Real time passed while playing: the clock moves by it times the speed (a long gap counts 100 ms). */
	advance(wallMs: number): void {
		this.moveTo(Math.min(this.endMs, this.tMs + Math.min(100, wallMs) * this.speed));
		if (this.tMs >= this.endMs) this.playing = false;
	}

	/** Jump to the next moment a phase ends (Step, and Play under reduced motion). */
	jump(): void {
		if (this.tMs < this.endMs) this.moveTo(nextBoundary(this.lanes, this.tMs));
		if (this.tMs >= this.endMs) this.playing = false;
	}

	/** Play from where the clock is (from the start once finished); `stepwise` jumps at once. */
	play(stepwise: boolean): void {
		if (this.endMs <= 0) return;
		if (this.done) this.reset();
		this.playing = true;
		if (stepwise) this.jump();
	}

	toggle(stepwise: boolean): void {
		if (this.playing) this.playing = false;
		else this.play(stepwise);
	}

	step(): void {
		this.playing = false;
		this.jump();
	}

	reset(): void {
		this.playing = false;
		this.#run = { lanesKey: this.#lanesKey, tMs: 0, said: '' };
	}
}
