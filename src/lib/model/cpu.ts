import type { Cited } from './catalog';
import { kindModule } from './kinds';
import type { Resolved } from './resolve';
import type { Host } from './types';

/** The CPU and I/O overheads that apply to an instance, as cited values. */
export const overheadsOf = (host: Host, r: Resolved): { cpu: Cited; io: Cited } =>
	kindModule(r.kind).overheads(host, r);

/** Virtualisation overhead in per cent: CPU-bound work costs little extra, I/O-bound work a lot (Felter et al.). */
export function overheadPct(host: Host, r: Resolved): number {
	const io = r.workload.ioShare.value;
	const { cpu, io: ioPct } = overheadsOf(host, r);
	return (1 - io) * cpu.value + io * ioPct.value;
}

/** Average physical cores one instance keeps busy: the app plus overhead, plus what it uses idle. */
export function demandCores(host: Host, r: Resolved): number {
	const app = r.demandCores * (1 + overheadPct(host, r) / 100);
	return app + (kindModule(r.kind).idleCores(r)?.value ?? 0);
}

/** vCPUs reserved against cpuCores × cpuOvercommit. A container's vCPUs are only a cgroup limit and reserve nothing. */
export const reservedVcpus = (r: Resolved): number =>
	kindModule(r.kind).reservesVcpus ? r.vcpus : 0;
