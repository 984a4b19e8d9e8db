import { createContext, untrack } from 'svelte';
import type { Host, KindFigures, Report, Scenario, WorkloadRef } from '$lib/model';
import type { Sandbox } from '$lib/state/sandbox.svelte';

/** What the charts read: a sandbox's scenario, host and report, and the chosen workload as every kind. */
export interface ChartSource {
	readonly scenario: Scenario;
	readonly host: Host;
	readonly report: Report;
	/** The workload chosen in "What fits" (catalog or own), as this scenario has it, and its name. */
	readonly fit: { ref: WorkloadRef; name: string };
	/** That workload as every kind on this host: computed once for the density and startup charts. */
	readonly fitKinds: KindFigures[];
}

/** Up to this many groups, the charts follow even while off screen. */
const FOLLOW_OFF_SCREEN = 200;

interface Snapshot {
	scenario: Scenario;
	host: Host;
	report: Report;
	fit: { ref: WorkloadRef; name: string };
	fitKinds: KindFigures[];
}

/** The sandbox's answers as they are now: the charts draw the same table What fits shows. */
const snapshotOf = (s: Sandbox): Snapshot => ({
	scenario: s.scenario,
	host: s.host,
	report: s.report,
	fit: s.answers.fit,
	fitKinds: s.answers.kinds
});

/**
 * A sandbox as the charts see it: it catches up with each change just after the next paint.
 * The charts sit below the sandbox, so an edit (a drop, a slider step) reaches the screen first
 * and the charts follow in a task of their own, one frame later, instead of holding up that
 * paint. Call during component initialisation (it owns an effect).
 */
export class SettledSandbox implements ChartSource {
	#now = $state.raw<Snapshot>() as Snapshot;

	#pending = false;
	/**
	 * Whether the charts are on screen (or about to be): off screen, a scenario of more than
	 * FOLLOW_OFF_SCREEN groups does not catch up at all, so its edits cost nothing here until
	 * someone scrolls down.
	 */
	visible = $state(true);

	constructor(live: Sandbox) {
		this.#now = untrack(() => snapshotOf(live));
		$effect(() => {
			const report = live.report;
			// A new choice of workload or group changes the table, not the report.
			const kinds = live.answers.kinds;
			// Small scenarios always follow (their charts cost little); large ones only on screen.
			if (!this.visible && live.scenario.groups.length > FOLLOW_OFF_SCREEN) return;
			const now = untrack(() => this.#now);
			if (this.#pending || (report === now.report && kinds === now.fitKinds)) return;
			// One catch-up per frame, with whatever is newest then: never cancelled by the next
			// change, so the charts keep up during a slider drag instead of waiting for its end.
			this.#pending = true;
			requestAnimationFrame(() =>
				setTimeout(() => {
					this.#pending = false;
					this.#now = untrack(() => snapshotOf(live));
				})
			);
		});
	}

	get scenario(): Scenario {
		return this.#now.scenario;
	}
	get host(): Host {
		return this.#now.host;
	}
	get report(): Report {
		return this.#now.report;
	}

	get fit(): { ref: WorkloadRef; name: string } {
		return this.#now.fit;
	}
	get fitKinds(): KindFigures[] {
		return this.#now.fitKinds;
	}
}

export const [getChartSource, setChartSource] = createContext<ChartSource>();
