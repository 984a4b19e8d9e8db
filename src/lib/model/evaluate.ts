import { HOST_OS_INFO, UTILITY_VM } from './catalog';
import { hardLimits, limitOfCheck } from './hardLimits';
import { formatMiB } from './format';
import { utilityVmLimitMiB } from './hostSettings';
import { EvaluatedGroup, groupLayersInto, SETTLED } from './groupReport';
import { addLayers, sumLayers, zeroLayers } from './layers';
import { hostBaseline, presenceOf } from './memory';
import { allReadyMsOf, startMany } from './startMany';
import { workloadBook, workloadEntries } from './workloadBook';
import { kubernetesReport, nodeCosts, nodeNote } from './kubernetesHost';
import { platformReport, utilityVmParts } from './reportHost';
import { describeShortage } from './narrate';
import { addUsage, capacityOf, emptyUsage, fitCount } from './placement';
import { resolveTemplate } from './resolve';
import { emptySharing, noSavings, shareFirst, underPressure } from './sharing';
import { isPlainTemplate, TemplateFacts, templateKey } from './templateFacts';
import type { Group, Report, Resource, Scenario, StartLimit } from './types';
import { isInvalidGroup, sanitize } from './validate';
import { groupWarnings, hostNotes, promiseNotes } from './evaluateNotes';

/** Evaluate a scenario: every figure the views show, computed once. Never returns NaN or a negative figure. */
export const evaluate = (scenario: Scenario): Report => evaluateScenario(scenario, false);

/**
 * evaluate() with every detail that is otherwise made when first read (image layers, memory by
 * layer, a guest's disk) made as each group is placed: a test reads both and compares them.
 */
export const evaluateEager = (scenario: Scenario): Report => evaluateScenario(scenario, true);

function evaluateScenario(scenario: Scenario, eager: boolean): Report {
	const { host, groups, notes, workloads } = sanitize(scenario, true);
	const book = workloadBook(workloads);
	const cap = capacityOf(host);

	// Resolve every group's template first: which kinds are present decides the host-level costs.
	// Groups with the same template share one resolution and one set of figures (read-only from
	// here on): a large scenario repeats a handful of templates. A template that sets nothing but
	// its kind and workload is found by those two, without building a key.
	const plain = new Map<string, Map<string, TemplateFacts>>();
	const keyed = new Map<string, TemplateFacts>();
	const live: TemplateFacts[] = [];
	const factsOf: (TemplateFacts | null)[] = [];
	for (const g of groups) {
		if (isInvalidGroup(g)) {
			factsOf.push(null);
			continue;
		}
		let facts: TemplateFacts | undefined;
		if (isPlainTemplate(g)) {
			let ofKind = plain.get(g.kind);
			if (!ofKind) plain.set(g.kind, (ofKind = new Map()));
			facts = ofKind.get(g.workload);
			if (!facts) ofKind.set(g.workload, (facts = newFacts(g)));
		} else {
			const key = templateKey(g);
			facts = keyed.get(key);
			if (!facts) keyed.set(key, (facts = newFacts(g)));
		}
		factsOf.push(facts);
		if (!facts.live && facts.fig && g.count > 0) {
			facts.live = true;
			live.push(facts);
		}
	}
	function newFacts(g: Group): TemplateFacts {
		return new TemplateFacts(host, resolveTemplate(host, g, book));
	}

	const presence = presenceOf(
		host,
		live.map((t) => ({ r: t.r, count: 1 }))
	);
	const baseline = hostBaseline(host, presence);
	const hostLevel = baseline.layers;
	const byLayer = zeroLayers();
	addLayers(byLayer, hostLevel);

	const used = emptyUsage();
	used.memoryMiB = sumLayers(hostLevel);
	used.demandCores = baseline.demandCores;
	// Fit is judged first-fit, in order, against what actually fits so far: an instance that does
	// not fit takes no room from later groups. `used` counts everything asked for (overflow included).
	const placed = { ...used };
	// Whether the guests, unshared, are short of memory decides whether a hypervisor that backs
	// them with large pages breaks them to share: known before any template's sharing is worked out.
	let unsharedMiB = 0;
	for (let i = 0; i < groups.length; i++) {
		const fig = factsOf[i]?.fig;
		if (fig) unsharedMiB += groups[i]!.count * fig.memoryMiB;
	}
	const sharing = emptySharing(underPressure(used.memoryMiB, unsharedMiB, cap.memoryMiB));
	const shareOn = (facts: TemplateFacts) => {
		facts.shareOn(host, sharing.memoryPressure);
		if (eager) facts.settle();
	};
	for (const ofKind of plain.values()) ofKind.forEach(shareOn);
	keyed.forEach(shareOn);
	let limitedBy: Resource | null = null;
	let sharedSavedMiB = 0;
	let diskSavedMiB = 0;
	let shortage: Report['shortage'] = null;
	let allFit = used.memoryMiB <= cap.memoryMiB;
	let promisedMiB = 0;
	// Starting everything at once: the slowest group's own chain, and all start-up CPU work together.
	let allReadyMs = 0;
	let slowest: { groupId: string; limitedBy: StartLimit } | null = null;
	let startCpuMsAll = 0;
	if (!allFit) {
		limitedBy = 'memory';
		shortage = {
			message: `The host’s own software needs ${formatMiB(used.memoryMiB)}, more than its ${formatMiB(cap.memoryMiB)} of memory: nothing fits.`,
			resource: 'memory',
			limit: null
		};
		notes.push({ level: 'warning', message: shortage.message });
	}

	// One group's memory by layer, sharing applied: summed here, kept by its report only when read.
	const groupLayers = zeroLayers();
	const scratch = noSavings();
	const reports: EvaluatedGroup[] = [];
	for (let i = 0; i < groups.length; i++) {
		const raw = groups[i]!;
		const facts = factsOf[i];
		if (!facts || !facts.fig || isInvalidGroup(raw)) {
			const group = isInvalidGroup(raw) ? undefined : raw;
			const reason = isInvalidGroup(raw) ? raw.reason : facts!.r.unsupported!;
			notes.push({ level: 'error', groupId: raw.id, message: reason });
			reports.push(EvaluatedGroup.unsupported(raw.id, raw.count, reason, group));
			continue;
		}
		const g = raw;
		const { r, fig } = facts;
		const costs = facts.costs!;
		const n = g.count;
		if (facts.warns) groupWarnings(g, r, fig, notes);
		const share = facts.share!;
		// A template's later groups save what its settled sharing says: their reports work it out
		// again when read, so only a group placed before its template settled keeps its own.
		const settled = share.settled;
		const saved = share.memory === 'none' ? null : settled && !eager ? scratch : noSavings();
		shareFirst(share, r, fig.memory, fig.memoryMiB, n, sharing, true, saved, costs);
		if (facts.inUtilityVm) costs.utilityVmFirstMiB = costs.memFirstMiB;
		const fit = fitCount(n, costs, placed, cap);
		if (fit.check && allFit) {
			allFit = false;
			limitedBy = fit.check.resource;
			shortage = {
				groupId: g.id,
				message: describeShortage(host, g, r, fit.count, fit.check, costs, placed, cap),
				resource: fit.check.resource,
				limit: limitOfCheck(fit.check)
			};
			notes.push({ level: 'warning', groupId: g.id, message: shortage.message });
		} else if (fit.count < n) {
			allFit = false;
		}
		addUsage(used, costs, n);
		addUsage(placed, costs, fit.count);

		groupLayersInto(groupLayers, fig.memory, n, saved);
		addLayers(byLayer, groupLayers);
		// The order sumLayers would add them in, so the total is the same to the last bit.
		if (saved) sharedSavedMiB += saved.guestKernel + saved.guestOs + saved.binsLibs + saved.idle;
		const diskTotal = n > 0 ? costs.diskFirstMiB + (n - 1) * costs.diskMarginalMiB : 0;
		diskSavedMiB += Math.max(0, n * fig.diskMiB - diskTotal);
		promisedMiB += n * fig.allocatedMiB;
		const groupReadyMs = allReadyMsOf(
			fig.readyMs,
			n,
			fig.createPerSecond,
			fig.startCpuMs,
			host.cpuCores
		);
		if (n > 0 && (slowest === null || groupReadyMs > allReadyMs)) {
			const many = startMany(fig.readyMs, n, fig.createPerSecond, fig.startCpuMs, host.cpuCores);
			slowest = { groupId: g.id, limitedBy: many.limitedBy };
		}
		allReadyMs = Math.max(allReadyMs, groupReadyMs);
		startCpuMsAll += n * fig.startCpuMs;

		const report = EvaluatedGroup.placed(
			g.id,
			facts,
			n,
			saved === scratch ? SETTLED : saved,
			diskTotal,
			fit.count
		);
		if (eager)
			report.settle(
				{
					perInstance: fig.memory,
					perInstanceMiB: fig.memoryMiB,
					totalMiB: sumLayers(groupLayers),
					totalByLayer: { ...groupLayers },
					marginalByLayer: facts.marginalByLayer,
					allocatedMiB: fig.allocatedMiB
				},
				{
					phases: fig.phases,
					readyMs: fig.readyMs,
					allReadyMs: groupReadyMs,
					allReadyLimitedBy: startMany(
						fig.readyMs,
						n,
						fig.createPerSecond,
						fig.startCpuMs,
						host.cpuCores
					).limitedBy
				}
			);
		reports.push(report);
	}

	const utilityVm = presence.utilityVm
		? {
				name: HOST_OS_INFO[host.os].utilityVmName,
				limitMiB: utilityVmLimitMiB(host),
				usedMiB: UTILITY_VM.idleMiB.value + used.utilityVmMiB,
				idleMiB: UTILITY_VM.idleMiB.value,
				parts: utilityVmParts(host)
			}
		: null;
	hostNotes(host, presence, sharing, utilityVm, notes);
	promiseNotes(host, promisedMiB, cap.memoryMiB, notes);
	const node = nodeCosts(host);
	if (node) notes.push({ level: 'info', message: nodeNote(host, node, hostLevel) });
	const limits = hardLimits(host, cap, used, node, presence.bridge, book);

	return {
		memory: {
			capacityMiB: cap.memoryMiB,
			usedMiB: sumLayers(byLayer),
			byLayer,
			sharedSavedMiB,
			hostLevel,
			promisedMiB
		},
		utilityVm,
		startup: allReadyOfHost(allReadyMs, slowest, startCpuMsAll / host.cpuCores),
		platform: platformReport(host, presence.vmServices),
		workloads: workloadEntries(book),
		kubernetes: node
			? kubernetesReport(host, node, {
					pods: used.pods,
					requestMiB: used.requestMiB,
					requestCores: used.requestCores,
					usedMiB: sumLayers(byLayer),
					hostMiB: sumLayers(hostLevel),
					busyCores: used.demandCores
				})
			: null,
		cpu: {
			capacityCores: cap.cores,
			vcpuCapacity: cap.vcpus,
			allocatedVcpus: used.vcpus,
			demandCores: used.demandCores
		},
		disk: { capacityMiB: cap.diskMiB, usedMiB: used.diskMiB, sharedSavedMiB: diskSavedMiB },
		limits,
		fits: allFit,
		limitedBy,
		shortage,
		groups: reports,
		notes
	};
}

/**
 * Every group started together: the slowest group's time, unless all their start-up CPU work,
 * shared by the host's cores, takes longer — then the CPU holds them all back.
 */
function allReadyOfHost(
	slowestGroupMs: number,
	slowest: { groupId: string; limitedBy: StartLimit } | null,
	allCpuMs: number
): Report['startup'] {
	if (!slowest) return { allReadyMs: 0, limitedBy: 'none', groupId: null };
	if (allCpuMs > slowestGroupMs)
		return { allReadyMs: allCpuMs, limitedBy: 'cpu', groupId: slowest.groupId };
	return { allReadyMs: slowestGroupMs, limitedBy: slowest.limitedBy, groupId: slowest.groupId };
}
