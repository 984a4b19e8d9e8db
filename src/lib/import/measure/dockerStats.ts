/** `docker stats --no-stream`, as a table or as `--format json` lines. */
import { SIZE_PATTERN, dockerSizeMiB, percent } from './units';
import type { Column, Cells } from './table';
import type { ContainerStat } from './types';

const PAIR = String.raw`(?:${SIZE_PATTERN}|--)\s*/\s*(?:${SIZE_PATTERN}|--)`;
const PCT = String.raw`\d+(?:\.\d+)?%|--`;

export const STATS_COLUMNS: Column[] = [
	{ header: 'CONTAINER ID', value: '[0-9a-f]{12,64}', json: 'ID' },
	{ header: 'CONTAINER', value: String.raw`\S+`, json: 'Container' },
	{ header: 'NAME', value: String.raw`\S+`, json: 'Name' },
	{ header: 'CPU %', value: PCT, json: 'CPUPerc' },
	{ header: 'MEM USAGE / LIMIT', value: PAIR, json: 'MemUsage' },
	{ header: 'MEM %', value: PCT, json: 'MemPerc' },
	{ header: 'NET I/O', value: PAIR, json: 'NetIO' },
	{ header: 'BLOCK I/O', value: PAIR, json: 'BlockIO' },
	{ header: 'PIDS', value: String.raw`\d+|--`, json: 'PIDs' }
];

export const STATS_JSON_KEYS = ['CPUPerc', 'MemUsage'];

/** A row, or a reason it cannot be used. */
export function statFromCells(c: Cells): ContainerStat | string {
	const name = c['NAME'] ?? c['CONTAINER'] ?? c['CONTAINER ID'];
	if (!name) return 'a row names no container';
	const cpu = percent(c['CPU %'] ?? '');
	const [usage, limit] = (c['MEM USAGE / LIMIT'] ?? '').split('/').map((s) => s.trim());
	const memory = usage ? dockerSizeMiB(usage) : null;
	if (cpu === null || memory === null) return `${name} shows no CPU or memory (is it stopped?)`;
	const pids = Number(c['PIDS']);
	return {
		name,
		id: c['CONTAINER ID'] ?? null,
		cpuCores: cpu / 100,
		memoryMiB: memory,
		memoryLimitMiB: limit ? dockerSizeMiB(limit) : null,
		pids: Number.isInteger(pids) ? pids : null
	};
}
