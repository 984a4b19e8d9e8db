/**
 * `docker stats --no-stream` (Linux and Windows) and `podman stats --no-stream`, as tables or as
 * `--format json` lines.
 *
 * CPU %: on Linux, Docker's and Podman's 100 % is one core. On Windows, Docker's 100 % is all the
 * host's processors (docker/cli `calculateCPUPercentWindows`: intervals used ÷ (intervals ×
 * processors)), so a Windows row carries the share of the machine, and cores need its processor
 * count. Windows prints `PRIV WORKING SET` (the private working set) without a limit, `MEM %` or
 * `PIDS`; in JSON its `MemUsage` has no " / limit". A container that is not running shows `--`.
 */
import { dockerSizeMiB, outOfRange, percent } from './units';
import type { Column, Cells } from './table';
import type { ContainerStat } from './types';

const HEX_ID = /^[0-9a-f]{12,64}$/;
const PCT = /^(?:\d+(?:\.\d+)?%|--)$/;
const COUNT = /^(?:\d+|--)$/;

/** Docker on Linux (and a custom `--format table` with fewer columns). */
export const STATS_COLUMNS: Column[] = [
	{ header: 'CONTAINER ID', cell: 'word', test: HEX_ID, json: 'ID' },
	{ header: 'CONTAINER', cell: 'word', json: 'Container' },
	{ header: 'NAME', cell: 'word', json: 'Name' },
	{ header: 'CPU %', cell: 'word', test: PCT, json: 'CPUPerc' },
	{ header: 'MEM USAGE / LIMIT', cell: 'pair', json: 'MemUsage' },
	{ header: 'MEM %', cell: 'word', test: PCT, json: 'MemPerc' },
	{ header: 'NET I/O', cell: 'pair', json: 'NetIO' },
	{ header: 'BLOCK I/O', cell: 'pair', json: 'BlockIO' },
	{ header: 'PIDS', cell: 'word', test: COUNT, json: 'PIDs' }
];

/** Docker on Windows: `CONTAINER ID NAME CPU % PRIV WORKING SET NET I/O BLOCK I/O`. */
export const WINDOWS_STATS_COLUMNS: Column[] = [
	{ header: 'CONTAINER ID', cell: 'word', test: HEX_ID },
	{ header: 'CONTAINER', cell: 'word' },
	{ header: 'NAME', cell: 'word' },
	{ header: 'CPU %', cell: 'word', test: PCT },
	{ header: 'PRIV WORKING SET', cell: 'size' },
	{ header: 'NET I/O', cell: 'pair' },
	{ header: 'BLOCK I/O', cell: 'pair' }
];

/** Podman: `ID NAME CPU % MEM USAGE / LIMIT MEM % NET IO BLOCK IO PIDS CPU TIME AVG CPU %`. */
export const PODMAN_STATS_COLUMNS: Column[] = [
	{ header: 'ID', cell: 'word' },
	{ header: 'NAME', cell: 'word' },
	{ header: 'CPU %', cell: 'word', test: PCT },
	{ header: 'MEM USAGE / LIMIT', cell: 'pair' },
	{ header: 'MEM %', cell: 'word', test: PCT },
	{ header: 'NET IO', cell: 'pair' },
	{ header: 'BLOCK IO', cell: 'pair' },
	{ header: 'PIDS', cell: 'word', test: COUNT },
	{ header: 'CPU TIME', cell: 'word' },
	{ header: 'AVG CPU %', cell: 'word', test: PCT }
];

export const STATS_JSON_KEYS = ['CPUPerc', 'MemUsage'];

/** A row, or a reason it cannot be used. */
export function statFromCells(c: Cells): ContainerStat | string {
	const name = c['NAME'] ?? c['CONTAINER'] ?? c['CONTAINER ID'] ?? c['ID'];
	if (!name) return 'it names no container';
	const podman = c['NET IO'] !== undefined || c['AVG CPU %'] !== undefined || c['ID'] !== undefined;
	const windowsTable = c['PRIV WORKING SET'] !== undefined;
	const memText = c['PRIV WORKING SET'] ?? c['MEM USAGE / LIMIT'] ?? '';
	// In JSON, only Windows prints the memory without " / limit".
	const windows = windowsTable || (!podman && memText !== '' && !memText.includes('/'));
	const [usage, limit] = memText.split('/').map((s) => s.trim());
	const cpuText = c['CPU %'] ?? '';
	if (cpuText.trim() === '--' || usage === '--')
		return `${name} is not running (docker stats shows “--” for a stopped container), so it measured nothing`;
	const cpu = percent(cpuText);
	const memory = usage ? dockerSizeMiB(usage) : null;
	if (cpu === null) return `${name}: its CPU % “${cpuText}” is not a percentage`;
	if (memory === null) return `${name}: its memory “${usage ?? ''}” is not a size`;
	const memoryProblem = outOfRange('memoryMiB', memory);
	if (memoryProblem) return `${name}: ${memoryProblem}`;
	if (!windows) {
		const cpuProblem = outOfRange('cpuCores', cpu / 100);
		if (cpuProblem) return `${name}: ${cpuProblem}`;
	} else if (cpu > 100)
		return `${name}: CPU ${cpuText} is more than all of a Windows host’s processors`;
	const pids = Number(c['PIDS']);
	return {
		name,
		id: c['CONTAINER ID'] ?? c['ID'] ?? null,
		engine: podman ? 'podman' : windows ? 'docker-windows' : 'docker',
		cpuCores: windows ? null : cpu / 100,
		cpuShareOfProcessors: windows ? cpu / 100 : null,
		memoryMiB: memory,
		memoryLimitMiB: !windows && limit ? dockerSizeMiB(limit) : null,
		pids: Number.isInteger(pids) ? pids : null
	};
}
