import {
	kindTable,
	unsupportedReasonFor,
	utilityVmParts,
	workloadIn,
	workloadNameIn,
	type Group,
	type KindFigures,
	type Report,
	type Scenario,
	type Template,
	type UtilityVmParts,
	type WorkloadRef
} from '$lib/model';

/** What the views look at, beside the scenario: the workload they compare and the group in focus. */
export interface Selection {
	readonly fitWorkload: WorkloadRef;
	readonly selectedGroupId: string | null;
}

/** Nothing selected: nginx, no group (a sandbox made outside the page, e.g. in a test). */
export const NO_SELECTION: Selection = { fitWorkload: 'nginx', selectedGroupId: null };

/** The part of a scenario the per-kind figures depend on: host, own workloads, and each group's sizing. */
interface SizingInputs {
	scenario: Scenario;
	key: string;
}

/**
 * The groups whose sizing the per-kind figures are counted with, as a key: a count change leaves
 * it equal, so the table is not recomputed on every edit.
 */
const sizingKey = (groups: readonly Group[]): string =>
	JSON.stringify(
		groups.map((g) => [
			g.id,
			g.kind,
			g.workload,
			g.vcpus,
			g.memoryMiB,
			g.guestOs,
			g.diskMode,
			g.demandCores,
			g.isolation
		])
	);

/**
 * Everything a sandbox's views show, derived once per change from the scenario, the chosen
 * workload and the selection: the report, the chosen workload as every kind (sized like the group
 * the person is looking at), and the parts only some views read (another workload's table, the
 * utility VM, whether a kind can run), each computed when first read and shared until the next
 * change. Views read this object and call nothing in the model that evaluates, so one screen
 * cannot show two answers to one question. The isolation spectrum and explanations, which carry
 * cited prose, load with the views that show them: `./answersTeach` and `./explainer`.
 */
export class Answers {
	readonly #source: { readonly scenario: Scenario; readonly report: Report };
	readonly #selection: Selection;

	constructor(
		source: { readonly scenario: Scenario; readonly report: Report },
		selection: Selection
	) {
		this.#source = source;
		this.#selection = selection;
	}

	get scenario(): Scenario {
		return this.#source.scenario;
	}
	get report(): Report {
		return this.#source.report;
	}

	/** The chosen workload (catalog or own) as this scenario has it, and its name. */
	fit: { ref: WorkloadRef; name: string } = $derived.by(() => {
		const ref = workloadIn(this.scenario, this.#selection.fitWorkload);
		return { ref, name: workloadNameIn(this.report, ref) };
	});

	/** The inputs of the per-kind figures; a new object only when one of them changed. */
	#sizing: SizingInputs = $derived.by(() => {
		const s = this.scenario;
		const key = sizingKey(s.groups);
		const last = this.#lastSizing;
		if (
			last?.key === key &&
			last.scenario.host === s.host &&
			last.scenario.workloads === s.workloads
		)
			return last;
		return (this.#lastSizing = { scenario: s, key });
	});
	#lastSizing: SizingInputs | undefined = undefined;

	/**
	 * The chosen workload as every kind on the empty host: with the selected group's sizing, else
	 * the first group's of that kind and workload, else the catalog's. What fits, the density and
	 * startup charts, the race, the quiz and the lessons all read this one table.
	 */
	kinds: KindFigures[] = $derived.by(() =>
		kindTable(this.#sizing.scenario, this.fit.ref, this.#selection.selectedGroupId ?? undefined)
	);

	/** Other workloads' tables (a lesson about a Windows app, say), kept until the sizing changes. */
	#tables: { sizing?: SizingInputs; byWorkload: Record<string, KindFigures[]> } = {
		byWorkload: {}
	};

	/** `workload` as every kind on this host; the chosen workload's table when it is that one. */
	kindsFor = (workload: WorkloadRef): KindFigures[] => {
		if (workload === this.fit.ref) return this.kinds;
		const sizing = this.#sizing;
		if (this.#tables.sizing !== sizing) this.#tables = { sizing, byWorkload: {} };
		return (this.#tables.byWorkload[workload] ??= kindTable(
			sizing.scenario,
			workload,
			this.#selection.selectedGroupId ?? undefined
		));
	};

	/** The hidden Linux VM Docker Desktop would run for Linux containers on a Mac like this host: its parts. */
	utilityVmOnMac: UtilityVmParts = $derived.by(() =>
		utilityVmParts({ ...this.scenario.host, os: 'macos' })
	);

	/** Why `template` cannot run on this host; undefined when it can. */
	unsupportedReason = (template: Template): string | undefined =>
		unsupportedReasonFor(this.scenario.host, template, this.scenario.workloads);
}
