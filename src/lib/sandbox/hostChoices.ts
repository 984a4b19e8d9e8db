/**
 * Which hypervisors the host controls offer: only those that run on the chosen host OS, from the
 * model's own `hostOses`, and bare-metal ones (no host OS at all) as a choice of their own. Pure:
 * the hypervisor table is passed in (the page passes the model's HYPERVISOR_CHOICES), in its order.
 */
import type { HostOs, Hypervisor } from '$lib/model';

export interface HypervisorFacts {
	name: string;
	type: 1 | 2;
	/** null: bare metal, the hypervisor is the host's OS. */
	hostOses: readonly HostOs[] | null;
}
export type HypervisorTable = Record<Hypervisor, HypervisorFacts>;

/** The Host OS select's value for "no host OS: a bare-metal hypervisor". */
export const BARE_METAL = 'bare-metal';

export const isBareMetal = (info: HypervisorTable, hv: Hypervisor): boolean =>
	info[hv].hostOses === null;

/** What runs on `os`, in the model's order; a bare-metal choice lists the bare-metal ones. */
export function hypervisorsFor(
	info: HypervisorTable,
	os: HostOs | typeof BARE_METAL
): Hypervisor[] {
	return (Object.keys(info) as Hypervisor[]).filter((hv) =>
		os === BARE_METAL ? info[hv].hostOses === null : (info[hv].hostOses?.includes(os) ?? false)
	);
}

/**
 * The hypervisor to switch to when the old one cannot run on `os`: a type 1 if there is one, else
 * one made for this OS alone (Apple's framework on macOS), else the first that runs there.
 */
export function sensibleHypervisor(
	info: HypervisorTable,
	os: HostOs | typeof BARE_METAL
): Hypervisor | undefined {
	const options = hypervisorsFor(info, os);
	return (
		options.find((hv) => info[hv].type === 1) ??
		options.find((hv) => info[hv].hostOses?.length === 1) ??
		options[0]
	);
}

/** "KVM — type 1", "VirtualBox — type 2 (hosted)", "ESXi — type 1 (bare metal)". */
export function hypervisorLabel(info: HypervisorTable, hv: Hypervisor): string {
	const h = info[hv];
	const short = h.name.replace(/^(VMware|Microsoft|Oracle) (?!Fusion)/, '').replace(' (QEMU)', '');
	const how = h.type === 2 ? ' (hosted)' : h.hostOses === null ? ' (bare metal)' : '';
	return `${short} — type ${h.type}${how}`;
}

export interface OsChange {
	/** What to set on the host, as one undoable step. */
	patch: { os?: HostOs; hypervisor?: Hypervisor };
	/** Said on screen when the hypervisor had to change with the OS; empty when it did not. */
	message: string;
}

/**
 * Choosing a host OS (or bare metal) in the Host OS select: keep the hypervisor when it runs
 * there, else switch it to a sensible one and say so.
 */
export function chooseOs(
	info: HypervisorTable,
	current: { os: HostOs; hypervisor: Hypervisor },
	choice: HostOs | typeof BARE_METAL,
	osName: (os: HostOs) => string
): OsChange {
	const fits = hypervisorsFor(info, choice).includes(current.hypervisor);
	const os = choice === BARE_METAL ? current.os : choice;
	if (fits) return { patch: { os }, message: '' };
	const next = sensibleHypervisor(info, choice);
	if (!next) return { patch: { os }, message: '' };
	const where = choice === BARE_METAL ? 'bare metal' : osName(choice);
	const old = info[current.hypervisor];
	const why =
		choice === BARE_METAL
			? `With no host OS, the hypervisor must run on bare metal`
			: old.hostOses === null
				? `${old.name} runs on bare metal in place of a host OS, not on ${where}`
				: `${old.name} does not run on ${where}`;
	return {
		patch: { os, hypervisor: next },
		message: `${why}: the hypervisor is now ${info[next].name}.`
	};
}
