import { CONTAINERS, GUEST_IDLE_CORES, HYPERVISOR_INFO, MICROVM } from './catalog/platform';
import type { Resolved } from './resolve';
import type { Host } from './types';

/** Virtualisation overhead in per cent: CPU-bound work costs little extra, I/O-bound work a lot (Felter et al.). */
export function overheadPct(host: Host, r: Resolved): number {
	const io = r.workload.ioShare.value;
	const [cpuPct, ioPct] =
		r.kind === 'container'
			? [CONTAINERS.cpuOverheadPct.value, CONTAINERS.ioOverheadPct.value]
			: r.kind === 'microvm'
				? [MICROVM.cpuOverheadPct.value, MICROVM.ioOverheadPct.value]
				: [
						HYPERVISOR_INFO[host.hypervisor].cpuOverheadPct.value,
						HYPERVISOR_INFO[host.hypervisor].ioOverheadPct.value
					];
	return (1 - io) * cpuPct + io * ioPct;
}

/** Average physical cores one instance keeps busy: the app plus overhead, plus an idle guest OS. */
export function demandCores(host: Host, r: Resolved): number {
	const app = r.workload.demandCores.value * (1 + overheadPct(host, r) / 100);
	const guest = r.guestOs ? GUEST_IDLE_CORES[r.guestOs.family].value : 0;
	return app + guest;
}

/** vCPUs reserved against cpuCores × cpuOvercommit. A container's vCPUs are only a cgroup limit and reserve nothing. */
export const reservedVcpus = (r: Resolved): number => (r.kind === 'container' ? 0 : r.vcpus);
