/**
 * A group's report as evaluate() builds it: one object per group, every one with the same fields
 * in the same order (an optional field is present as undefined), so V8 keeps one fast shape.
 * Per-template figures are shared by reference with the group's template. What no view needs at
 * once is made when first read, from figures kept as plain numbers: its memory, disk and start-up
 * records, its image layers and its guest's disk. Those are getters, so JSON.stringify goes
 * through toJSON(), which reads every one; nothing clones or posts a report (views read it).
 */
import { sumLayers, zeroLayers } from './layers';
import { noSavings, settledSavings, type Savings } from './sharing';
import { startMany } from './startMany';
import { NO_CPU, NO_REQUESTS, noMarginal, type TemplateFacts } from './templateFacts';
import type {
	GroupReport,
	GuestOsId,
	ImageLayerReport,
	Kind,
	Layer,
	Marginal,
	WorkloadRef
} from './types';

type Memory = GroupReport['memory'];
type Startup = GroupReport['startup'];
type Disk = GroupReport['diskMiB'];

/** n instances' memory by layer, less what sharing saves: as evaluate() sums it, to the last bit. */
export function groupLayersInto(
	out: Record<Layer, number>,
	perInstance: Record<Layer, number>,
	n: number,
	saved: Savings | null
): void {
	out.hostOs = perInstance.hostOs * n;
	out.hypervisor = perInstance.hypervisor * n;
	out.engine = perInstance.engine * n;
	out.guestKernel = perInstance.guestKernel * n;
	out.guestOs = perInstance.guestOs * n;
	out.binsLibs = perInstance.binsLibs * n;
	out.app = perInstance.app * n;
	out.runtime = perInstance.runtime * n;
	out.idle = perInstance.idle * n;
	if (saved) {
		out.guestKernel -= saved.guestKernel;
		out.guestOs -= saved.guestOs;
		out.binsLibs -= saved.binsLibs;
		out.idle -= saved.idle;
	}
}

const NO_IMAGE: readonly ImageLayerReport[] = Object.freeze([]);

/** A group's savings are its template's settled ones (worked out again when read). */
export const SETTLED: Savings = Object.freeze(noSavings());

export class EvaluatedGroup implements GroupReport {
	id: string;
	kind: Kind;
	workload: WorkloadRef;
	workloadName: string;
	family: 'linux' | 'windows';
	guestOs: GuestOsId | undefined;
	guestOsName: string | undefined;
	count: number;
	supported: boolean;
	reason: string | undefined;
	cpu: GroupReport['cpu'];
	requests: GroupReport['requests'];
	marginal: Marginal;
	imageShared: boolean;
	fitCount: number;
	/** The template's shared figures; null when the group cannot run. */
	#facts: TemplateFacts | null;
	#diskTotalMiB: number;
	/** What sharing saves over all its instances, by layer: null for nothing, SETTLED for the template's. */
	#saved: Savings | null;
	#memory: Memory | undefined;
	#disk: Disk | undefined;
	#startup: Startup | undefined;

	private constructor(
		id: string,
		kind: Kind,
		workload: WorkloadRef,
		workloadName: string,
		family: 'linux' | 'windows',
		count: number,
		reason: string | undefined,
		facts: TemplateFacts | null
	) {
		const r = facts?.r;
		this.id = id;
		this.kind = kind;
		this.workload = workload;
		this.workloadName = workloadName;
		this.family = family;
		this.guestOs = r?.guestOsId;
		this.guestOsName = r?.guestOs?.name;
		this.count = count;
		this.supported = reason === undefined;
		this.reason = reason;
		this.cpu = facts ? facts.cpu : NO_CPU;
		this.requests = facts ? facts.requests : NO_REQUESTS;
		this.marginal = facts ? facts.marginal : noMarginal();
		this.imageShared = facts ? facts.fig!.imageShared : false;
		this.fitCount = 0;
		this.#facts = facts;
		this.#diskTotalMiB = 0;
		this.#saved = null;
		this.#memory = undefined;
		this.#disk = undefined;
		this.#startup = undefined;
	}

	/**
	 * A placed group of a template that runs here: what sharing `saved` (kept: evaluate does not
	 * reuse it), its disk, and how many fit. The rest is its template's, or worked out from it.
	 */
	static placed(
		id: string,
		facts: TemplateFacts,
		count: number,
		saved: Savings | null,
		diskTotalMiB: number,
		fitCount: number
	): EvaluatedGroup {
		const r = facts.r;
		const g = new EvaluatedGroup(
			id,
			r.kind,
			r.workloadId,
			r.workload.name,
			r.workload.family,
			count,
			undefined,
			facts
		);
		g.fitCount = fitCount;
		g.#saved = saved;
		g.#diskTotalMiB = diskTotalMiB;
		return g;
	}

	/** A group that cannot run (or names an unknown kind or workload): every figure 0, and why. */
	static unsupported(
		id: string,
		count: number,
		reason: string,
		g: { kind: Kind; workload: WorkloadRef } | undefined
	): EvaluatedGroup {
		return new EvaluatedGroup(
			id,
			g?.kind ?? 'container',
			g?.workload ?? 'hello',
			g ? String(g.workload) : '',
			'linux',
			count,
			reason,
			null
		);
	}

	get memory(): Memory {
		if (!this.#memory) {
			const facts = this.#facts;
			const fig = facts?.fig;
			const totalByLayer = zeroLayers();
			let saved = this.#saved;
			if (saved === SETTLED) {
				saved = noSavings();
				settledSavings(facts!.share!, fig!.memory, this.count, saved);
			}
			if (fig) groupLayersInto(totalByLayer, fig.memory, this.count, saved);
			this.#memory = {
				perInstance: fig ? fig.memory : zeroLayers(),
				perInstanceMiB: fig ? fig.memoryMiB : 0,
				totalMiB: sumLayers(totalByLayer),
				totalByLayer,
				marginalByLayer: fig ? this.#facts!.marginalByLayer : zeroLayers(),
				allocatedMiB: fig ? fig.allocatedMiB : 0
			};
		}
		return this.#memory;
	}

	get diskMiB(): Disk {
		return (this.#disk ??= {
			perInstance: this.#facts ? this.#facts.fig!.diskMiB : 0,
			total: this.#diskTotalMiB
		});
	}

	get startup(): Startup {
		if (!this.#startup) {
			const fig = this.#facts?.fig;
			const many = fig
				? startMany(
						fig.readyMs,
						this.count,
						fig.createPerSecond,
						fig.startCpuMs,
						this.#facts!.cores
					)
				: undefined;
			this.#startup = {
				phases: fig ? fig.phases : [],
				readyMs: fig ? fig.readyMs : 0,
				allReadyMs: many ? many.ms : 0,
				allReadyLimitedBy: many ? many.limitedBy : 'none'
			};
		}
		return this.#startup;
	}

	get image(): ImageLayerReport[] {
		return this.#facts ? this.#facts.image : (NO_IMAGE as ImageLayerReport[]);
	}

	get guestDisk(): GroupReport['guestDisk'] {
		return this.#facts ? this.#facts.guestDisk : undefined;
	}

	/**
	 * An eager evaluation: the records as evaluate() worked them out while placing the group (not
	 * as they are made when read), and every other detail read now.
	 */
	settle(memory?: Memory, startup?: Startup): this {
		if (memory) this.#memory = memory;
		if (startup) this.#startup = startup;
		void this.memory;
		void this.diskMiB;
		void this.startup;
		this.#facts?.settle();
		return this;
	}

	/** Every field, as a plain object (what JSON.stringify writes). */
	toJSON(): GroupReport {
		return {
			id: this.id,
			kind: this.kind,
			workload: this.workload,
			workloadName: this.workloadName,
			family: this.family,
			guestOs: this.guestOs,
			guestOsName: this.guestOsName,
			count: this.count,
			supported: this.supported,
			reason: this.reason,
			memory: this.memory,
			diskMiB: this.diskMiB,
			startup: this.startup,
			cpu: this.cpu,
			requests: this.requests,
			marginal: this.marginal,
			image: this.image,
			imageShared: this.imageShared,
			guestDisk: this.guestDisk,
			fitCount: this.fitCount
		};
	}
}
