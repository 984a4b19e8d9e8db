import type { GuestOsId, WorkloadId } from '../types';
import { cited, estimate, type Cited } from './cited';
import type { OsFamily } from './guestOs';

/** Megabytes as registries report them (10^6 bytes), in MiB. */
export const mb = (megabytes: number): number => (megabytes * 1e6) / 1048576;

/** One read-only image layer. `compressedMiB` is what a pull downloads. */
export interface ImageLayer {
	name: string;
	compressedMiB: Cited;
	/** A base layer is an OS userland; a VM has its own OS instead, so a VM skips it. */
	base: boolean;
}

export const IMAGE_LAYERS = {
	'alpine-3': {
		name: 'alpine:3 base',
		base: true,
		compressedMiB: cited(mb(3.8), 'MiB', 'docker-repo-info', 'alpine:3.22, 3.8 MB compressed.')
	},
	'debian-12-slim': {
		name: 'debian:bookworm-slim base',
		base: true,
		compressedMiB: cited(
			mb(29.8),
			'MiB',
			'docker-repo-info',
			'The Debian base layer of python:3-slim, 29.8 MB; nginx, redis and postgres build on the same base.'
		)
	},
	'debian-12': {
		name: 'debian:bookworm base (buildpack-deps)',
		base: true,
		compressedMiB: estimate(
			mb(48),
			'MiB',
			'The full (non-slim) Debian base under the node image; larger than the 29.8 MB slim base.'
		)
	},
	'hello-bin': {
		name: 'hello binary',
		base: false,
		compressedMiB: estimate(mb(1), 'MiB', 'A small static HTTP "hello" binary.')
	},
	'nginx-bin': {
		name: 'nginx',
		base: false,
		compressedMiB: cited(
			mb(62.9 - 29.8),
			'MiB',
			'docker-repo-info',
			'nginx image 62.9 MB minus its 29.8 MB Debian base.'
		)
	},
	'redis-bin': {
		name: 'redis',
		base: false,
		compressedMiB: estimate(
			mb(15),
			'MiB',
			'The redis image is about 45 MB compressed on the 29.8 MB Debian base (not among the cited figures).'
		)
	},
	'postgres-bin': {
		name: 'postgres',
		base: false,
		compressedMiB: cited(
			mb(115 - 29.8),
			'MiB',
			'docker-repo-info',
			'postgres ≈ 115 MB minus its 29.8 MB Debian base.'
		)
	},
	'jre-17': {
		name: 'eclipse-temurin:17-jre',
		base: false,
		compressedMiB: estimate(
			mb(70),
			'MiB',
			'eclipse-temurin:17-jre is 90–109 MB on a 27–30 MB Ubuntu base, so the JRE layers are about 60–80 MB.',
			'docker-repo-info'
		)
	},
	'app-jar': {
		name: 'app.jar',
		base: false,
		compressedMiB: estimate(mb(20), 'MiB', 'A typical Spring Boot fat jar is 20–40 MB.')
	},
	'java-entrypoint': {
		name: 'ENTRYPOINT java -jar app.jar',
		base: false,
		compressedMiB: cited(
			0,
			'MiB',
			'oci-image-spec',
			'Setting the entry point changes only image metadata and adds no bytes.'
		)
	},
	'python-runtime': {
		name: 'python:3-slim runtime',
		base: false,
		compressedMiB: cited(
			mb(43.4 - 29.8),
			'MiB',
			'docker-repo-info',
			'python:3-slim 43.4 MB minus its 29.8 MB Debian base.'
		)
	},
	'python-deps': {
		name: 'pip dependencies (web framework)',
		base: false,
		compressedMiB: estimate(
			mb(30),
			'MiB',
			'A web framework, server and client libraries installed with pip.'
		)
	},
	'node-runtime': {
		name: 'node runtime and build tools',
		base: false,
		compressedMiB: estimate(
			mb(372),
			'MiB',
			'node ≈ 400–440 MB in all; 420 MB less the 48 MB full Debian base.',
			'docker-repo-info'
		)
	},
	'node-app': {
		name: 'app and node_modules',
		base: false,
		compressedMiB: estimate(mb(15), 'MiB', 'A small API with its node_modules.')
	},
	'servercore-ltsc2022': {
		name: 'windows/servercore:ltsc2022 base',
		base: true,
		compressedMiB: estimate(
			mb(1500),
			'MiB',
			'Windows Server Core container base; about 1.2–2.5 GB compressed depending on the monthly update.'
		)
	},
	'iis-bin': {
		name: 'IIS',
		base: false,
		compressedMiB: estimate(mb(50), 'MiB', 'The IIS role layers on Server Core.')
	},
	'iis-site': {
		name: 'web site',
		base: false,
		compressedMiB: estimate(mb(5), 'MiB', 'The site content.')
	}
} as const satisfies Record<string, ImageLayer>;

export type LayerId = keyof typeof IMAGE_LAYERS;

/** A layer of an image with the id it is shared by: a catalog layer's id, or an own layer's. */
export interface ImageLayerRef {
	id: string;
	layer: ImageLayer;
}

export interface Workload {
	name: string;
	family: OsFamily;
	image: string;
	/** Read-only catalog layers, bottom first (an own workload lists only its shared base here). */
	layers: readonly LayerId[];
	/** Every layer, bottom first, when some are not the catalog's (an own workload's). */
	imageLayers?: readonly ImageLayerRef[];
	/** True for a workload a person defined. */
	own?: boolean;
	/** The app's resident working set. */
	appMiB: Cited;
	/** Resident pages of the app's runtime and libraries (shared between containers of one image). */
	binsLibsMiB: Cited;
	/** Average CPU demand at a light steady load. */
	demandCores: Cited;
	/** Share of the work that is I/O (network, disk) rather than computation. */
	ioShare: Cited;
	appStartMs: Cited;
	/** Bytes a running container writes to its read-write layer. */
	rwLayerMiB: Cited;
	defaults: {
		vcpus: number;
		vmMemoryMiB: number;
		microvmMemoryMiB: number;
		guestOs: GuestOsId;
		microvmGuestOs: GuestOsId;
	};
}

const linuxDefaults = (vcpus: number, vmMemoryMiB: number, microvmMemoryMiB: number) => ({
	vcpus,
	vmMemoryMiB,
	microvmMemoryMiB,
	guestOs: 'ubuntu-24.04' as const,
	microvmGuestOs: 'minimal-linux' as const
});

const wsNote =
	'Working set of a small service at light load, measured as resident memory (estimate).';

export const WORKLOADS: Record<WorkloadId, Workload> = {
	hello: {
		name: 'Hello web app',
		family: 'linux',
		image: 'hello (on alpine:3)',
		layers: ['alpine-3', 'hello-bin'],
		appMiB: estimate(2, 'MiB', wsNote),
		binsLibsMiB: estimate(1, 'MiB', 'musl libc and busybox pages.'),
		demandCores: estimate(0.005, 'cores', 'Nearly idle.'),
		ioShare: estimate(0.5, 'ratio', 'Half network, half compute.'),
		appStartMs: estimate(5, 'ms', 'A static binary starts in milliseconds.'),
		rwLayerMiB: estimate(0.1, 'MiB', 'Writes almost nothing.'),
		defaults: linuxDefaults(1, 1024, 128)
	},
	nginx: {
		name: 'nginx web server',
		family: 'linux',
		image: 'nginx',
		layers: ['debian-12-slim', 'nginx-bin'],
		appMiB: estimate(12, 'MiB', `${wsNote} Master plus one worker per vCPU.`),
		binsLibsMiB: estimate(6, 'MiB', 'nginx binary, OpenSSL, libc pages.'),
		demandCores: estimate(
			0.02,
			'cores',
			'Serving light traffic (a few hundred requests per second takes a few per cent of a core).'
		),
		ioShare: estimate(0.7, 'ratio', 'Mostly network I/O.'),
		appStartMs: estimate(50, 'ms', 'nginx reads its config and forks workers.'),
		rwLayerMiB: estimate(1, 'MiB', 'Logs go to stdout; a pid file and cache.'),
		defaults: linuxDefaults(1, 1024, 256)
	},
	redis: {
		name: 'Redis cache',
		family: 'linux',
		image: 'redis',
		layers: ['debian-12-slim', 'redis-bin'],
		appMiB: estimate(64, 'MiB', `${wsNote} A small dataset.`),
		binsLibsMiB: estimate(4, 'MiB', 'redis-server and libc pages.'),
		demandCores: estimate(0.02, 'cores', 'Light request rate.'),
		ioShare: estimate(0.6, 'ratio', 'Mostly network I/O.'),
		appStartMs: estimate(30, 'ms', 'Empty dataset, no RDB to load.'),
		rwLayerMiB: estimate(1, 'MiB', 'Data belongs on a volume.'),
		defaults: linuxDefaults(1, 2048, 512)
	},
	postgres: {
		name: 'PostgreSQL database',
		family: 'linux',
		image: 'postgres',
		layers: ['debian-12-slim', 'postgres-bin'],
		appMiB: estimate(200, 'MiB', `${wsNote} Default shared_buffers of 128 MB plus a few backends.`),
		binsLibsMiB: estimate(20, 'MiB', 'postgres binaries and libraries.'),
		demandCores: estimate(0.1, 'cores', 'Light query load.'),
		ioShare: estimate(0.6, 'ratio', 'Disk and network heavy.'),
		appStartMs: estimate(
			1500,
			'ms',
			'First start runs initdb (about 1–3 s); later starts are faster.'
		),
		rwLayerMiB: estimate(60, 'MiB', 'initdb writes about 40–60 MB when no volume is mounted.'),
		defaults: linuxDefaults(2, 4096, 1024)
	},
	'java-api': {
		name: 'Java API (Spring Boot)',
		family: 'linux',
		image: 'java-api (alpine → JRE → app.jar → entrypoint)',
		layers: ['alpine-3', 'jre-17', 'app-jar', 'java-entrypoint'],
		appMiB: estimate(
			300,
			'MiB',
			`${wsNote} JVM heap, metaspace and code cache of a small Spring Boot app.`
		),
		binsLibsMiB: estimate(60, 'MiB', 'libjvm, the class-data-sharing archive and JDK libraries.'),
		demandCores: estimate(0.1, 'cores', 'Light API traffic plus JIT and GC.'),
		ioShare: estimate(0.3, 'ratio', 'Mostly compute.'),
		appStartMs: estimate(4000, 'ms', 'Spring Boot typically starts in 2–6 s.'),
		rwLayerMiB: estimate(5, 'MiB', 'Temp files and logs.'),
		defaults: linuxDefaults(2, 2048, 1024)
	},
	'python-api': {
		name: 'Python API',
		family: 'linux',
		image: 'python-api (on python:3-slim)',
		layers: ['debian-12-slim', 'python-runtime', 'python-deps'],
		appMiB: estimate(70, 'MiB', `${wsNote} One worker process.`),
		binsLibsMiB: estimate(25, 'MiB', 'The interpreter and imported C extensions.'),
		demandCores: estimate(0.05, 'cores', 'Light API traffic.'),
		ioShare: estimate(0.4, 'ratio', 'Mixed.'),
		appStartMs: estimate(800, 'ms', 'Importing the framework and its dependencies.'),
		rwLayerMiB: estimate(2, 'MiB', 'Bytecode cache and temp files.'),
		defaults: linuxDefaults(1, 1024, 256)
	},
	'node-api': {
		name: 'Node.js API',
		family: 'linux',
		image: 'node-api (on node)',
		layers: ['debian-12', 'node-runtime', 'node-app'],
		appMiB: estimate(60, 'MiB', `${wsNote} V8 heap of a small service.`),
		binsLibsMiB: estimate(35, 'MiB', 'The node binary and its libraries.'),
		demandCores: estimate(0.05, 'cores', 'Light API traffic.'),
		ioShare: estimate(0.5, 'ratio', 'Mixed.'),
		appStartMs: estimate(300, 'ms', 'Loading modules and opening a port.'),
		rwLayerMiB: estimate(2, 'MiB', 'Temp files and logs.'),
		defaults: linuxDefaults(1, 1024, 256)
	},
	'windows-iis': {
		name: 'Legacy Windows app (IIS)',
		family: 'windows',
		image: 'windows/servercore/iis',
		layers: ['servercore-ltsc2022', 'iis-bin', 'iis-site'],
		appMiB: estimate(150, 'MiB', `${wsNote} IIS worker process with a .NET Framework site.`),
		binsLibsMiB: estimate(120, 'MiB', 'IIS and .NET Framework DLLs.'),
		demandCores: estimate(0.1, 'cores', 'Light traffic.'),
		ioShare: estimate(0.5, 'ratio', 'Mixed.'),
		appStartMs: estimate(3000, 'ms', 'IIS and the application pool warming up.'),
		rwLayerMiB: estimate(
			50,
			'MiB',
			'Windows containers write logs and registry hives to their layer.'
		),
		defaults: {
			vcpus: 2,
			vmMemoryMiB: 4096,
			microvmMemoryMiB: 2048,
			guestOs: 'windows-server-2022-core',
			microvmGuestOs: 'windows-server-2022-core'
		}
	}
};

/** Every layer of a workload's image, bottom first, with its id. */
export const imageLayersOf = (w: Workload): readonly ImageLayerRef[] =>
	w.imageLayers ?? w.layers.map((id) => ({ id, layer: IMAGE_LAYERS[id] }));
