import type { Cited } from './catalog';
import type { Overheads } from './kinds/types';
import { kindModule } from './kinds';
import type { Resolved } from './resolve';
import type { Host } from './types';

/** The CPU and I/O overheads that apply to an instance, as cited values. */
export const overheadsOf = (host: Host, r: Resolved): Overheads =>
	kindModule(r.kind).overheads(host, r);

/** (1 − I/O share) × CPU overhead + I/O share × I/O overhead, in per cent. */
export const weightedPct = (ioShare: number, o: { cpu: Cited; io: Cited }): number =>
	(1 - ioShare) * o.cpu.value + ioShare * o.io.value;

/**
 * Virtualisation overhead in per cent: CPU-bound work costs little extra, I/O-bound work a lot
 * (Felter et al.). An overhead measured against another runtime compounds with that runtime's.
 */
export function overheadPct(host: Host, r: Resolved): number {
	const io = r.workload.ioShare.value;
	const o = overheadsOf(host, r);
	const own = weightedPct(io, o);
	if (!o.relativeTo) return own;
	return ((1 + weightedPct(io, o.relativeTo) / 100) * (1 + own / 100) - 1) * 100;
}

/** Average physical cores one instance keeps busy: the app plus overhead, plus what it uses idle. */
export function demandCores(host: Host, r: Resolved): number {
	const app = r.demandCores * (1 + overheadPct(host, r) / 100);
	return app + (kindModule(r.kind).idleCores(r)?.value ?? 0);
}

/** vCPUs reserved against cpuCores × cpuOvercommit. A container's vCPUs are only a cgroup limit and reserve nothing. */
export const reservedVcpus = (r: Resolved): number =>
	kindModule(r.kind).reservesVcpus ? r.vcpus : 0;
