import { HYPERVISOR_INFO, HOST_OS_INFO, UTILITY_VM } from './catalog';
import { utilityVmLimitMiB } from './hostSettings';
import { formatCores, formatCount, formatMiB } from './format';
import { instanceFigures, groupCosts, type InstanceFigures } from './instance';
import { addLayers, sumLayers, zeroLayers } from './layers';
import { hostBaseline, presenceOf } from './memory';
import { startMany } from './startMany';
import { workloadBook, workloadEntries } from './workloadBook';
import { nodeCosts } from './kubernetesHost';
import { platformReport, utilityVmParts } from './reportHost';
import { describeShortage } from './narrate';
import { addUsage, capacityOf, emptyUsage, fitCount } from './placement';
import { resolveTemplate, type Resolved } from './resolve';
import { emptySharing, underPressure } from './sharing';
import type { Group, GroupReport, Report, Resource, Scenario, StartLimit, Template } from './types';
import { isInvalidGroup, sanitize, type InvalidGroup } from './validate';
import { groupWarnings, hostNotes, promiseNotes } from './evaluateNotes';

function unsupportedReport(id: string, count: number, reason: string, g?: Group): GroupReport {
	return {
		id,
		kind: g?.kind ?? 'container',
		workload: g?.workload ?? 'hello',
		workloadName: g ? String(g.workload) : '',
		family: 'linux',
		count,
		supported: false,
		reason,
		memory: {
			perInstance: zeroLayers(),
			perInstanceMiB: 0,
			totalMiB: 0,
			totalByLayer: zeroLayers(),
			marginalByLayer: zeroLayers(),
			allocatedMiB: 0
		},
		diskMiB: { perInstance: 0, total: 0 },
		startup: { phases: [], readyMs: 0, allReadyMs: 0, allReadyLimitedBy: 'none' },
		cpu: { vcpus: 0, demandCores: 0, overheadPct: 0 },
		marginal: { memoryMiB: 0, diskMiB: 0, vcpus: 0, demandCores: 0 },
		image: [],
		imageShared: false,
		fitCount: 0
	};
}

/** Every field of a template that its resolution and figures depend on. */
const templateKey = (t: Template): string =>
	`${t.kind}|${t.workload}|${t.guestOs ?? ''}|${t.vcpus ?? ''}|${t.memoryMiB ?? ''}|${t.diskMode ?? ''}|${t.demandCores ?? ''}|${t.isolation ?? ''}`;

/** Evaluate a scenario: every figure the views show, computed once. Never returns NaN or a negative figure. */
export function evaluate(scenario: Scenario): Report {
	const { host, groups, notes, workloads } = sanitize(scenario);
	const book = workloadBook(workloads);
	const cap = capacityOf(host);

	// Resolve every group first: which kinds are present decides the host-level costs.
	const resolved: (
		| { g: Group; r: Resolved; fig: InstanceFigures }
		| { invalid: InvalidGroup | Group; reason: string }
	)[] = [];
	const live: { r: Resolved; count: number }[] = [];
	// Groups with the same template share one resolution and one set of per-instance figures
	// (read-only from here on): a large scenario repeats a handful of templates.
	const byTemplate = new Map<string, { r: Resolved; fig: InstanceFigures | undefined }>();
	for (const g of groups) {
		if (isInvalidGroup(g)) {
			resolved.push({ invalid: g, reason: g.reason });
			continue;
		}
		const key = templateKey(g);
		let known = byTemplate.get(key);
		if (!known) {
			const r = resolveTemplate(host, g, book);
			known = { r, fig: r.unsupported ? undefined : instanceFigures(host, r) };
			byTemplate.set(key, known);
		}
		const { r, fig } = known;
		if (!fig) {
			resolved.push({ invalid: g, reason: r.unsupported! });
			continue;
		}
		resolved.push({ g, r, fig });
		live.push({ r, count: g.count });
	}
	const presence = presenceOf(host, live);
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
	const unshared = resolved.flatMap((x) => ('fig' in x ? [{ count: x.g.count, ...x.fig }] : []));
	const sharing = emptySharing(underPressure(used.memoryMiB, unshared, cap.memoryMiB));
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
			message: `The host’s own software needs ${formatMiB(used.memoryMiB)}, more than its ${formatMiB(cap.memoryMiB)} of memory: nothing fits.`
		};
		notes.push({ level: 'warning', ...shortage });
	}

	const reports: GroupReport[] = [];
	for (const item of resolved) {
		if ('invalid' in item) {
			const g = item.invalid;
			const group = isInvalidGroup(g) ? undefined : g;
			notes.push({ level: 'error', groupId: g.id, message: item.reason });
			reports.push(unsupportedReport(g.id, g.count, item.reason, group));
			continue;
		}
		const { g, r, fig } = item;
		const n = g.count;
		groupWarnings(g, r, fig, notes);
		const { costs, share } = groupCosts(host, r, fig, n, sharing, true);
		const fit = fitCount(n, costs, placed, cap);
		if (fit.check && allFit) {
			allFit = false;
			limitedBy = fit.check.resource;
			shortage = {
				groupId: g.id,
				message: describeShortage(host, g, r, fit.count, fit.check, costs, placed, cap)
			};
			notes.push({ level: 'warning', ...shortage });
		} else if (fit.count < n) {
			allFit = false;
		}
		addUsage(used, costs, n);
		addUsage(placed, costs, fit.count);

		const groupLayers = zeroLayers();
		addLayers(groupLayers, fig.memory, n);
		addLayers(groupLayers, share.savedByLayer, -1);
		addLayers(byLayer, groupLayers);
		const marginalByLayer = { ...fig.memory };
		addLayers(marginalByLayer, share.marginalSavedByLayer, -1);
		const savedMiB = sumLayers(share.savedByLayer);
		sharedSavedMiB += savedMiB;
		const diskTotal = n > 0 ? costs.diskFirstMiB + (n - 1) * costs.diskMarginalMiB : 0;
		diskSavedMiB += Math.max(0, n * fig.diskMiB - diskTotal);
		promisedMiB += n * fig.allocatedMiB;
		const many = startMany(fig.readyMs, n, fig.createPerSecond, fig.startCpuMs, host.cpuCores);
		if (n > 0 && (slowest === null || many.ms > allReadyMs))
			slowest = { groupId: g.id, limitedBy: many.limitedBy };
		allReadyMs = Math.max(allReadyMs, many.ms);
		startCpuMsAll += n * fig.startCpuMs;

		reports.push({
			id: g.id,
			kind: r.kind,
			workload: r.workloadId,
			workloadName: r.workload.name,
			family: r.workload.family,
			guestOs: r.guestOsId,
			...(r.guestOs ? { guestOsName: r.guestOs.name } : {}),
			count: n,
			supported: true,
			memory: {
				perInstance: fig.memory,
				perInstanceMiB: fig.memoryMiB,
				totalMiB: sumLayers(groupLayers),
				totalByLayer: groupLayers,
				marginalByLayer,
				allocatedMiB: fig.allocatedMiB
			},
			diskMiB: { perInstance: fig.diskMiB, total: diskTotal },
			startup: {
				phases: fig.phases,
				readyMs: fig.readyMs,
				allReadyMs: many.ms,
				allReadyLimitedBy: many.limitedBy
			},
			cpu: { vcpus: fig.vcpus, demandCores: fig.demandCores, overheadPct: fig.overheadPct },
			marginal: {
				memoryMiB: costs.memMarginalMiB,
				diskMiB: costs.diskMarginalMiB,
				vcpus: costs.vcpus,
				demandCores: costs.demandCores
			},
			image: fig.image,
			imageShared: fig.imageShared,
			...(fig.guestDisk ? { guestDisk: fig.guestDisk } : {}),
			fitCount: fit.count
		});
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
	if (node)
		notes.push({
			level: 'info',
			message: `As a ${node.name} node, ${formatMiB(node.heldBackMiB)} of memory and ${formatCores(node.heldBackCores)} are held back for the system, the kubelet and eviction; pods may use ${formatMiB(node.allocatable.memoryMiB.value)} and ${formatCores(node.allocatable.cpuCores.value)}, at most ${formatCount(node.maxPods)} of them.`
		});
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const limits: Report['limits'] = [];
	if (hv.maxVms) limits.push({ name: `VMs per ${hv.name} host`, used: used.vms, max: cap.maxVms });
	if (node) limits.push({ name: `Pods per ${node.name} node`, used: used.pods, max: node.maxPods });
	if (presence.bridge)
		limits.push({
			name: 'Containers per Linux bridge network',
			used: used.bridge,
			max: cap.maxBridge
		});

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
			? {
					platform: node.name,
					allocatableMiB: node.allocatable.memoryMiB.value,
					allocatableCores: node.allocatable.cpuCores.value,
					heldBackMiB: node.heldBackMiB,
					heldBackCores: node.heldBackCores,
					agentsMiB: node.agentsMiB,
					maxPods: node.maxPods,
					pods: used.pods
				}
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
