/**
 * What pasted command output measured, in the sandbox's units. Docker reports sizes of images and
 * layers as stored on disk (unpacked); the catalog's layer sizes are compressed (what a pull
 * downloads), so a caller converting one to the other must say it does.
 */
import type { ImportError, ImportNote } from '../types';

/** One row of `docker stats --no-stream` (Linux or Windows) or `podman stats --no-stream`. */
export interface ContainerStat {
	name: string;
	id: string | null;
	/** Which output: its CPU % means one core (Linux, Podman) or all processors (Windows). */
	engine: 'docker' | 'docker-windows' | 'podman';
	/** CPU % / 100 where 100 % is one core (Docker on Linux, Podman); null on Windows. */
	cpuCores: number | null;
	/**
	 * On Windows, CPU % / 100 as a share of all the host's processors (docker/cli
	 * `calculateCPUPercentWindows`); cores are this × the measured machine's processors.
	 */
	cpuShareOfProcessors: number | null;
	/**
	 * MEM USAGE: resident memory without the page cache, close to the working set (on Windows,
	 * PRIV WORKING SET: the private working set).
	 */
	memoryMiB: number;
	memoryLimitMiB: number | null;
	pids: number | null;
}

/** One row of `docker image ls`. */
export interface ImageSize {
	repository: string;
	tag: string | null;
	id: string | null;
	/** Unpacked size on disk (SIZE, or DISK USAGE in Docker 29's listing). */
	diskMiB: number;
	/** Compressed content size, when the listing gives it (Docker 29's CONTENT SIZE). */
	contentMiB: number | null;
}

/** One layer of `docker history`, top (newest) first as Docker prints them. */
export interface HistoryLayer {
	id: string | null;
	createdBy: string;
	/** Unpacked size; 0 for metadata-only steps (ENV, CMD, …). */
	diskMiB: number;
	comment: string | null;
}

/** One row of `kubectl top pods` (or `--containers`). */
export interface PodUsage {
	namespace: string | null;
	pod: string;
	container: string | null;
	cpuCores: number;
	memoryMiB: number;
}

export type Measurement =
	| { kind: 'docker-stats'; rows: ContainerStat[] }
	| { kind: 'docker-images'; rows: ImageSize[] }
	| { kind: 'docker-history'; layers: HistoryLayer[]; totalDiskMiB: number }
	| { kind: 'kubectl-top'; rows: PodUsage[] };

export type MeasurementKind = Measurement['kind'];

export type MeasurementResult =
	{ ok: true; measurement: Measurement; notes: ImportNote[] } | { ok: false; error: ImportError };
