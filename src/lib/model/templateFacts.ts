/**
 * Everything about one template on one host that is the same for each group of it: resolved once
 * per evaluation and shared by reference (read-only) by every group report of that template. A
 * large scenario repeats a handful of templates, so per-group work is a few additions.
 */
import { limitsTaken } from './hardLimits';
import { kindModule } from './kinds';
import { imageReport } from './kinds/image';
import { addLayers } from './layers';
import { hasGroupWarnings } from './evaluateNotes';
import { instanceFigures, templateCosts, type InstanceFigures } from './instance';
import { requestsReport } from './kubernetesPods';
import type { Costs } from './placement';
import type { Resolved } from './resolve';
import { shareTemplate, type TemplateShare } from './sharing';
import type { GroupReport, Host, ImageLayerReport, Layer, Marginal, Template } from './types';

export class TemplateFacts {
	readonly r: Resolved;
	/** Null when the template cannot run on this host (`r.unsupported` says why). */
	readonly fig: InstanceFigures | null;
	/**
	 * Sharing and what follows from it (costs, requests, marginal) are set by `shareOn`, once the
	 * host's memory pressure is known (a hypervisor with large pages shares only under pressure);
	 * read-only after that.
	 */
	share: TemplateShare | null = null;
	/**
	 * What an instance costs the host. Its first-instance fields are rewritten for each group as it
	 * is placed (sharing with earlier groups), so read them only while that group is placed.
	 */
	costs: Costs | null = null;
	/** Its instances run inside the hidden Linux VM, within its memory limit. */
	readonly inUtilityVm: boolean;
	/** groupWarnings has something to say about each group of it. */
	readonly warns: boolean;
	readonly cpu: GroupReport['cpu'];
	requests: GroupReport['requests'] = NO_REQUESTS;
	marginal: Marginal = noMarginal();
	/** The host's cores (starting many instances shares them). */
	readonly cores: number;
	/** A group of it has instances: its host-level needs count. */
	live = false;
	#image: ImageLayerReport[] | undefined;
	#marginalByLayer: Record<Layer, number> | undefined;
	#guestDisk: GroupReport['guestDisk'] | null = null;

	constructor(host: Host, r: Resolved) {
		this.r = r;
		this.cores = host.cpuCores;
		const fig = r.unsupported ? null : instanceFigures(host, r);
		this.fig = fig;
		this.inUtilityVm = fig !== null && kindModule(r.kind).inUtilityVm(host, r);
		this.warns = fig !== null && hasGroupWarnings(r, fig);
		this.cpu = fig
			? {
					vcpus: fig.vcpus,
					demandCores: fig.demandCores,
					overheadPct: fig.overheadPct,
					loadCores: r.demandCores,
					loadChosen: r.demandFromGroup
				}
			: NO_CPU;
		this.#image = undefined;
		this.#marginalByLayer = undefined;
	}

	/**
	 * Work out its sharing on this host, and the costs that follow: `memoryPressure` says whether
	 * the host's guests, unshared, need more memory than it has. Once per evaluation.
	 */
	shareOn(host: Host, memoryPressure: boolean): void {
		const { r, fig } = this;
		if (!fig) return;
		const share = shareTemplate(host, r, fig.memory, fig.memoryMiB, memoryPressure);
		const c = templateCosts(host, r, fig, share);
		this.share = share;
		this.costs = c;
		this.requests = requestsReport(c, r);
		this.marginal = {
			memoryMiB: c.memMarginalMiB,
			diskMiB: c.diskMarginalMiB,
			vcpus: c.vcpus,
			demandCores: c.demandCores,
			utilityVmMiB: c.utilityVmMarginalMiB,
			limits: limitsTaken(c)
		};
	}

	/** The image's layers, bottom first: made when first read. */
	get image(): ImageLayerReport[] {
		return (this.#image ??= this.fig ? imageReport(this.r) : []);
	}

	/** What each instance after the first adds, by layer (shared pages left out): made when first read. */
	get marginalByLayer(): Record<Layer, number> {
		if (!this.#marginalByLayer) {
			const m = { ...this.fig!.memory };
			addLayers(m, this.share!.marginalSavedByLayer, -1);
			this.#marginalByLayer = m;
		}
		return this.#marginalByLayer;
	}

	/** A guest's own OS on its virtual disk: made when first read. */
	get guestDisk(): GroupReport['guestDisk'] {
		if (this.#guestDisk === null) {
			const os = this.fig ? this.r.guestOs : undefined;
			this.#guestDisk = os ? { osName: os.name, osMiB: os.diskMiB.value } : undefined;
		}
		return this.#guestDisk;
	}

	/** Read every detail made when first read (an eager evaluation). */
	settle(): void {
		void this.image;
		void this.guestDisk;
		if (this.fig) void this.marginalByLayer;
	}
}

/** The CPU and requests of an instance that cannot run: none. */
export const NO_CPU: GroupReport['cpu'] = Object.freeze({
	vcpus: 0,
	demandCores: 0,
	overheadPct: 0,
	loadCores: 0,
	loadChosen: false
});
export const NO_REQUESTS: GroupReport['requests'] = Object.freeze({
	memoryMiB: 0,
	cores: 0,
	bestEffort: false
});

/** What an instance that cannot run adds: nothing. */
export const noMarginal = (): Marginal => ({
	memoryMiB: 0,
	diskMiB: 0,
	vcpus: 0,
	demandCores: 0,
	utilityVmMiB: 0,
	limits: []
});

/** Every field of a template that its resolution and figures depend on. */
export const templateKey = (t: Template): string =>
	`${t.kind}|${t.workload}|${t.guestOs ?? ''}|${t.vcpus ?? ''}|${t.memoryMiB ?? ''}|${t.diskMode ?? ''}|${t.demandCores ?? ''}|${t.isolation ?? ''}|${t.requestMiB ?? ''}|${t.requestCores ?? ''}`;

/** A template that sets nothing beyond its kind and workload: looked up without building a key. */
export const isPlainTemplate = (t: Template): boolean =>
	t.vcpus === undefined &&
	t.memoryMiB === undefined &&
	t.guestOs === undefined &&
	t.diskMode === undefined &&
	t.demandCores === undefined &&
	t.isolation === undefined &&
	t.requestMiB === undefined &&
	t.requestCores === undefined;
