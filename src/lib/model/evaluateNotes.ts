/** The notes `evaluate` writes: plain facts about the host, what promised guest RAM risks, and a group's own warnings. */
import { HYPERVISOR_INFO, HOST_OS_INFO, PAGE_SHARING_DEFAULT } from './catalog';
import { formatMiB } from './format';
import { guestMemoryOf, networkOf } from './hostSettings';
import type { InstanceFigures } from './instance';
import type { Presence } from './memory';
import type { SharingState } from './sharing';
import { groupName } from './names';
import { kindName, type Resolved } from './resolve';
import type { Group, Host, Note, Report } from './types';

/** Plain facts about the host worth saying once. */
export function hostNotes(
	host: Host,
	presence: Presence,
	sharing: SharingState,
	utilityVm: Report['utilityVm'],
	notes: Note[]
): void {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	if (hv.hostOses === null)
		notes.push({
			level: 'info',
			message: `${hv.name} runs on bare metal in place of a host OS; the host OS setting does not apply.`
		});
	if (utilityVm)
		notes.push({
			level: 'info',
			message: `${HOST_OS_INFO[host.os].name} has no Linux kernel: Linux containers run inside ${utilityVm.name}, which holds ${formatMiB(utilityVm.idleMiB)} on its own and may grow to its ${formatMiB(utilityVm.limitMiB)} limit.`
		});
	const { zeroMiB, contentMiB } = sharing.pageSharing;
	if (host.pageSharing && zeroMiB + contentMiB > 0)
		notes.push({
			level: 'info',
			message: `Page sharing saves ${formatMiB(zeroMiB + contentMiB)}: ${formatMiB(contentMiB)} of identical content (kernel, OS and library pages of guests with the same OS) and ${formatMiB(zeroMiB)} of zero pages (RAM the guests were given and never touched, stored once). ${hv.largePageMiB ? `${hv.name} backs guests with ${formatMiB(hv.largePageMiB.value)} large pages and breaks them to share only when memory is short, as it is here. ` : ''}Diverse guests share little content: VMware expects “less than five percent”. Sharing costs CPU for scanning and weakens isolation between VMs (memory-deduplication side channels). ${PAGE_SHARING_DEFAULT}`
		});
	else if (host.pageSharing && presence.pageSharing && hv.largePageMiB && !sharing.memoryPressure)
		notes.push({
			level: 'info',
			message: `Page sharing is on, but ${hv.name} backs guests with ${formatMiB(hv.largePageMiB.value)} large pages, which it does not share, and breaks them into small ones only when memory is short: the guests here fit without it, so nothing is shared.`
		});
	if (presence.vmServices && hv.type === 2)
		notes.push({
			level: 'info',
			message: `${hv.name} is a type-2 hypervisor: it runs as an application on the host OS, which adds overhead a bare-metal (type-1) hypervisor avoids.`
		});
	if (presence.linuxContainers && networkOf(host) === 'host')
		notes.push({
			level: 'info',
			message:
				'With host networking, containers share the host’s ports: two containers of one image cannot both listen on the same port unless each is configured with its own.'
		});
}

/** When guest RAM is backed on touch, the host may promise more than it has: say what that risks. */
export function promiseNotes(
	host: Host,
	promisedMiB: number,
	capacityMiB: number,
	notes: Note[]
): void {
	if (guestMemoryOf(host) !== 'onTouch' || promisedMiB <= 0) return;
	const hv = HYPERVISOR_INFO[host.hypervisor];
	notes.push({
		level: promisedMiB > capacityMiB ? 'warning' : 'info',
		message:
			promisedMiB > capacityMiB
				? `The VMs were promised ${formatMiB(promisedMiB)} of RAM, more than the host’s ${formatMiB(capacityMiB)}. Only what the guests touch is counted; if they use what they were given, the host swaps or its out-of-memory killer ends VMs. ${hv.reclaim}`
				: `Only guest RAM the guests touch is counted (${formatMiB(promisedMiB)} promised in all). ${hv.reclaim}`
	});
}

const belowMinimum = (r: Resolved, fig: InstanceFigures): boolean =>
	fig.allocatedMiB > 0 && r.guestOs !== undefined && fig.allocatedMiB < r.guestOs.minRamMiB.value;

/** Whether groupWarnings has anything to say about a template (the same for each of its groups). */
export const hasGroupWarnings = (r: Resolved, fig: InstanceFigures): boolean =>
	fig.shortfallMiB > 0 || belowMinimum(r, fig);

/** Warnings about one group's own settings (a guest starved of RAM, a container limit below its need). */
export function groupWarnings(g: Group, r: Resolved, fig: InstanceFigures, notes: Note[]): void {
	if (!hasGroupWarnings(r, fig)) return;
	const starved = fig.shortfallMiB > 0;
	const name = groupName(g, r.workload.name);
	if (starved) {
		notes.push({
			level: 'warning',
			groupId: g.id,
			message:
				fig.allocatedMiB === 0
					? `Each ${kindName(r.kind)} of “${name}” needs ${formatMiB(fig.memory.binsLibs + fig.memory.app)} but its memory limit is ${formatMiB(r.memoryMiB!)}: it would be killed when it runs out (OOM).`
					: `Each ${kindName(r.kind)} of “${name}” needs ${formatMiB(fig.shortfallMiB)} more than its ${formatMiB(r.memoryMiB!)} of RAM: the guest would swap or fail.`
		});
	}
	if (belowMinimum(r, fig) && r.guestOs) {
		notes.push({
			level: 'warning',
			groupId: g.id,
			message: `${formatMiB(r.memoryMiB!)} is below the ${formatMiB(r.guestOs.minRamMiB.value)} that ${r.guestOs.name} requires.`
		});
	}
}
