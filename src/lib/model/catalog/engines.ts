import type { ContainerNetwork, Engine } from '../types';
import { cited, estimate, type Cited, type Part } from './cited';
import { BRIDGE_IO_OVERHEAD_PCT, HOST_NET_IO_OVERHEAD_PCT } from './felter';

export interface EngineInfo {
	name: string;
	/** Daemons that run once per host. */
	daemons: Part[];
	/** Per-container runtime process (shim or conmon). */
	perContainerMiB: Cited;
	/** Create and start of one container by the low-level runtime: namespaces, cgroups, network. */
	createStart: Part;
	/** What the engine's front end adds before that (an API round trip), if anything. */
	frontEnd: Part[];
	/** How many containers the engine creates per second on a host, at most. */
	createPerSecond: Cited;
}

const containerdDaemon = {
	label: 'containerd',
	value: cited(60, 'MiB', 'containerd-2020', 'containerd’s resident memory, 57–64 MB.')
};
const shim = cited(
	10.5,
	'MiB',
	'containerd-7878',
	'containerd-shim-runc-v2 RSS 10–11 MB; its proportional share (PSS) can be as low as 1.2 MB (containerd-1767).'
);
const containerdStart = cited(250, 'ms', 'moby-21737', 'containerd create + start ≈ 250 ms.');

export const ENGINE_INFO: Record<Engine, EngineInfo> = {
	docker: {
		name: 'Docker Engine',
		daemons: [
			{
				label: 'dockerd',
				value: estimate(
					50,
					'MiB',
					'dockerd idles at a few tens of MiB; no primary source publishes a figure.'
				)
			},
			containerdDaemon
		],
		perContainerMiB: shim,
		createStart: { label: 'containerd create + start', value: containerdStart },
		frontEnd: [
			{
				label: 'dockerd API round trip',
				value: estimate(50, 'ms', 'dockerd receives the request and hands it to containerd.')
			}
		],
		createPerSecond: estimate(
			20,
			'count',
			'dockerd serialises parts of each create (network namespace, mounts); creating network namespaces slows sharply when many are made at once. No published rate.'
		)
	},
	containerd: {
		name: 'containerd',
		daemons: [containerdDaemon],
		perContainerMiB: shim,
		createStart: { label: 'containerd create + start', value: containerdStart },
		frontEnd: [],
		createPerSecond: estimate(
			30,
			'count',
			'Without dockerd in front; network-namespace creation still slows when many are made at once. No published rate.'
		)
	},
	podman: {
		name: 'Podman',
		daemons: [],
		perContainerMiB: estimate(
			2,
			'MiB',
			'One conmon monitor process per container, a small C program.'
		),
		createStart: {
			label: 'podman create + start',
			value: estimate(
				400,
				'ms',
				'Each podman run sets up storage and network itself; taken as a little slower than containerd’s create + start.',
				'moby-21737'
			)
		},
		frontEnd: [],
		createPerSecond: estimate(
			10,
			'count',
			'Each podman run is its own process taking storage and network locks. No published rate.'
		)
	}
};

export interface NetworkModeInfo {
	name: string;
	/** Extra cost per unit of a container's I/O. */
	ioOverheadPct: Cited;
	/** Every container takes a port of one Linux bridge. */
	usesBridge: boolean;
}

export const NETWORK_MODES: Record<ContainerNetwork, NetworkModeInfo> = {
	bridge: { name: 'Bridge (NAT)', ioOverheadPct: BRIDGE_IO_OVERHEAD_PCT, usesBridge: true },
	host: { name: 'Host network', ioOverheadPct: HOST_NET_IO_OVERHEAD_PCT, usesBridge: false }
};

/** Containers run on the host's CPU directly. */
export const CONTAINERS_CPU_OVERHEAD: Cited = cited(
	0,
	'percent',
	'felter-2015',
	'Docker ≈ native on CPU-bound work.'
);

/** The steps of starting one container with this engine: its front end, then the runtime's create + start. */
export const sandboxParts = (e: EngineInfo): Part[] => [...e.frontEnd, e.createStart];
