import {
	CONTAINERS_CPU_OVERHEAD,
	HYPERVISOR_INFO,
	MICROVM,
	NETWORK_MODES,
	type Cited
} from './catalog';
import { networkOf } from './hostSettings';
import type { Resolved } from './resolve';
import type { Host } from './types';

/** The CPU and I/O overheads that apply to an instance, as cited values. */
export function overheadsOf(host: Host, r: Resolved): { cpu: Cited; io: Cited } {
	if (r.kind === 'container')
		return { cpu: CONTAINERS_CPU_OVERHEAD, io: NETWORK_MODES[networkOf(host)].ioOverheadPct };
	if (r.kind === 'microvm') return { cpu: MICROVM.cpuOverheadPct, io: MICROVM.ioOverheadPct };
	const hv = HYPERVISOR_INFO[host.hypervisor];
	return { cpu: hv.cpuOverheadPct, io: hv.ioOverheadPct };
}

/** Virtualisation overhead in per cent: CPU-bound work costs little extra, I/O-bound work a lot (Felter et al.). */
export function overheadPct(host: Host, r: Resolved): number {
	const io = r.workload.ioShare.value;
	const { cpu, io: ioPct } = overheadsOf(host, r);
	return (1 - io) * cpu.value + io * ioPct.value;
}

/** Average physical cores one instance keeps busy: the app plus overhead, plus an idle guest OS. */
export function demandCores(host: Host, r: Resolved): number {
	const app = r.demandCores * (1 + overheadPct(host, r) / 100);
	const guest = r.guestOs ? r.guestOs.idleCores.value : 0;
	return app + guest;
}

/** vCPUs reserved against cpuCores × cpuOvercommit. A container's vCPUs are only a cgroup limit and reserve nothing. */
export const reservedVcpus = (r: Resolved): number => (r.kind === 'container' ? 0 : r.vcpus);
