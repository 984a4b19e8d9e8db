import { cited, type Cited } from './cited';

/**
 * Raw figures from Felter et al. (IBM 2015) and their logs (thewmf/kvm-docker-comparison), and
 * the I/O costs the model derives from them. Half the throughput is twice the cost per operation:
 * the cost of one operation under virtualisation is native throughput ÷ virtualised throughput.
 */
export const FELTER = {
	/** fio 4 KiB random I/O, IOPS: [native, KVM]. */
	fioRandomReadIops: [84_044, 46_173] as const,
	fioRandomWriteIops: [112_034, 59_321] as const,
	fioRandomMixedIops: [104_553, 50_737] as const,
	/** Redis GET requests per second, low and high runs: native, and through Docker's bridge (NAT). */
	redisNativeRps: [107_000, 126_000] as const,
	redisBridgeRps: [77_000, 91_000] as const,
	/** MySQL peak transactions per second: native, Docker with AUFS and NAT, KVM. */
	mysqlNativeTps: 13_370,
	mysqlDockerNatTps: 11_469,
	mysqlKvmTps: 5_623
};

/** Extra cost per operation, in per cent, when throughput falls from `native` to `slower`. */
export const extraCostPct = (native: number, slower: number): number => (native / slower - 1) * 100;

const fio = [FELTER.fioRandomReadIops, FELTER.fioRandomWriteIops, FELTER.fioRandomMixedIops];
const fioCosts = fio.map(([native, kvm]) => extraCostPct(native, kvm));
const pct = (n: number) => `${Math.round(n)} %`;

/** KVM's extra cost per unit of I/O: the mean of fio's random read, write and mixed runs. */
export const KVM_IO_OVERHEAD_PCT: Cited = cited(
	fioCosts.reduce((a, b) => a + b, 0) / fioCosts.length,
	'percent',
	'felter-2015',
	`fio 4 KiB random I/O under KVM: read ${fio[0]![0].toLocaleString('en-US')} → ${fio[0]![1].toLocaleString('en-US')} IOPS (+${pct(fioCosts[0]!)} per I/O), write ${fio[1]![0].toLocaleString('en-US')} → ${fio[1]![1].toLocaleString('en-US')} (+${pct(fioCosts[1]!)}), mixed ${fio[2]![0].toLocaleString('en-US')} → ${fio[2]![1].toLocaleString('en-US')} (+${pct(fioCosts[2]!)}); the mean of the three.`
);

const bridgeCosts = FELTER.redisNativeRps.map((native, i) =>
	extraCostPct(native, FELTER.redisBridgeRps[i]!)
);

/** Docker's bridge network (NAT): the extra cost per request, from Redis GET through the bridge. */
export const BRIDGE_IO_OVERHEAD_PCT: Cited = cited(
	bridgeCosts.reduce((a, b) => a + b, 0) / bridgeCosts.length,
	'percent',
	'felter-2015',
	`Redis GET through Docker’s bridge and NAT: ${FELTER.redisBridgeRps.map((n) => n / 1000).join('–')}k requests/s against ${FELTER.redisNativeRps.map((n) => n / 1000).join('–')}k native (+${pct(bridgeCosts[0]!)} and +${pct(bridgeCosts[1]!)} per request). MySQL with AUFS and NAT reached ${FELTER.mysqlDockerNatTps.toLocaleString('en-US')} tps against ${FELTER.mysqlNativeTps.toLocaleString('en-US')} native (+${pct(extraCostPct(FELTER.mysqlNativeTps, FELTER.mysqlDockerNatTps))}): mixed work pays less than pure network work.`
);

/** Host networking (`--net=host`): Felter et al. measured it at about native speed. */
export const HOST_NET_IO_OVERHEAD_PCT: Cited = cited(
	0,
	'percent',
	'felter-2015',
	'With --net=host the container uses the host’s network stack directly: about native.'
);
