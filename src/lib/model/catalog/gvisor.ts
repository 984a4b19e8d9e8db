import { cited } from './cited';
import { extraCostPct } from './felter';

/**
 * gVisor (runsc): a user-space kernel (the Sentry) in front of the host's. Figures from gVisor's
 * own published benchmarks (website/performance), measured on the ptrace platform, which gVisor
 * says has the highest overhead.
 */
/** density.csv, bytes of host memory per container: runc → runsc. */
const DENSITY = {
	empty: [4_092_149.76, 23_695_032.32],
	node: [76_709_888.0, 124_076_605.44],
	ruby: [45_737_000.96, 106_141_777.92],
	redis: [1_055_323_750.4, 1_076_686_028.8]
} as const;
const delta = ([runc, runsc]: readonly [number, number]) => (runsc - runc) / 1048576;
/** applications.csv, HTTP requests per second: runc → runsc. */
const HTTP_RPS = { node: [885.81, 375.13], ruby: [539.97, 259.75] } as const;
const httpCost = Object.values(HTTP_RPS).map(([runc, runsc]) => extraCostPct(runc, runsc));
const fmt = (mib: number) => `${Math.round(mib * 10) / 10} MiB`;

export const GVISOR = {
	/** The Sentry and Gofer per sandbox: the empty container's difference. */
	sentryMiB: cited(
		delta(DENSITY.empty),
		'MiB',
		'gvisor-performance',
		`density.csv: an empty container takes ${fmt(DENSITY.empty[0] / 1048576)} under runc and ${fmt(DENSITY.empty[1] / 1048576)} under runsc. The overhead is “small, mostly fixed”: node +${fmt(delta(DENSITY.node))}, ruby +${fmt(delta(DENSITY.ruby))}, redis with 1 GB of data +${fmt(delta(DENSITY.redis))}.`
	),
	createStartMs: cited(
		180,
		'ms',
		'gvisor-start-blog',
		'runsc create + start took 81–280 ms across 8 hosts (a blog, seen in a summary); the middle of that range, added to the engine’s own create + start, which already includes a runtime’s — so the sum leans slow by tens of ms.'
	),
	cpuOverheadPct: cited(
		((103.62 - 103.21) / 103.21) * 100,
		'percent',
		'gvisor-performance',
		'sysbench-cpu.csv: 103.62 events/s under runc, 103.21 under runsc: CPU-bound code pays almost nothing.'
	),
	ioOverheadPct: cited(
		httpCost.reduce((a, b) => a + b, 0) / httpCost.length,
		'percent',
		'gvisor-performance',
		`applications.csv: HTTP requests/s node ${HTTP_RPS.node[0]} → ${HTTP_RPS.node[1]} (+${Math.round(httpCost[0]!)} % per request), ruby ${HTTP_RPS.ruby[0]} → ${HTTP_RPS.ruby[1]} (+${Math.round(httpCost[1]!)} %): syscall-heavy work pays a lot. Measured on ptrace; newer platforms (systrap, KVM) pay less.`
	)
};
