import { cited, estimate } from './cited';
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
export const GVISOR_HTTP_RPS = { node: [885.81, 375.13], ruby: [539.97, 259.75] } as const;
/** httpd10240k.csv, Apache serving a 10 MB file, transfer rate by connections: runc → runsc. */
export const GVISOR_HTTPD_10MB = {
	1: [674.05, 243.35],
	5: [3089.83, 981.91],
	10: [4701.2, 1135.08],
	25: [5021.36, 963.26]
} as const;
/** sysbench-cpu.csv, events per second: runc → runsc. */
const SYSBENCH_CPU = [103.62, 103.21] as const;
const httpCost = Object.values(GVISOR_HTTP_RPS).map(([runc, runsc]) => extraCostPct(runc, runsc));
/** The HTTP benchmarks' extra cost per request under runsc, relative to runc: their mean. */
const requestCostPct = httpCost.reduce((a, b) => a + b, 0) / httpCost.length;
const cpuCostPct = extraCostPct(SYSBENCH_CPU[0], SYSBENCH_CPU[1]);
/**
 * The share of the HTTP benchmark apps' work that is I/O: a Node server (Express, Redis, templates)
 * and a Ruby one (Sinatra, Redis), the same kind of app as the catalog's Node.js API.
 */
const BENCHMARK_IO_SHARE = 0.5;
const ratio = ([runc, runsc]: readonly [number, number]) => (runsc / runc).toFixed(2);
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
	/** CPU-bound work under runsc, relative to runc (the benchmarks' baseline). */
	cpuOverheadPct: cited(
		cpuCostPct,
		'percent',
		'gvisor-performance',
		`sysbench-cpu.csv: ${SYSBENCH_CPU[0]} events/s under runc, ${SYSBENCH_CPU[1]} under runsc: CPU-bound code pays almost nothing more than in a runc container.`
	),
	/** Of the benchmark apps' work, the share that is I/O: what their per-request cost is spread over. */
	benchmarkIoShare: estimate(
		BENCHMARK_IO_SHARE,
		'ratio',
		'The HTTP benchmarks run a Node server (Express, Redis, templates) and a Ruby one (Sinatra, Redis): web apps taken as half I/O, like the catalog’s Node.js API. Their whole per-request cost is put on that half.',
		'gvisor-performance'
	),
	/**
	 * Each unit of I/O under runsc, relative to the same I/O in a runc container (gVisor measures
	 * against runc, so this is applied on top of runc's own network cost, never in place of it):
	 * the HTTP apps' per-request cost, less their computation's share, spread over their I/O.
	 */
	ioOverheadPct: estimate(
		(requestCostPct - (1 - BENCHMARK_IO_SHARE) * cpuCostPct) / BENCHMARK_IO_SHARE,
		'percent',
		`applications.csv, HTTP requests/s under runc → runsc: node ${GVISOR_HTTP_RPS.node[0]} → ${GVISOR_HTTP_RPS.node[1]} (${ratio(GVISOR_HTTP_RPS.node)} of runc, +${Math.round(httpCost[0]!)} % per request), ruby ${GVISOR_HTTP_RPS.ruby[0]} → ${GVISOR_HTTP_RPS.ruby[1]} (${ratio(GVISOR_HTTP_RPS.ruby)}, +${Math.round(httpCost[1]!)} %). Their mean, +${Math.round(requestCostPct)} % per request, falls on the I/O half of the work: +${Math.round((requestCostPct - (1 - BENCHMARK_IO_SHARE) * cpuCostPct) / BENCHMARK_IO_SHARE)} % per unit of I/O, on top of runc’s own. Check: httpd10240k.csv, Apache serving a 10 MB file (all I/O), reaches ${Object.values(GVISOR_HTTPD_10MB).map(ratio).join(', ')} of runc’s rate at 1, 5, 10 and 25 connections. Measured on ptrace; newer platforms (systrap, KVM) pay less.`,
		'gvisor-performance'
	)
};
