/** `kubectl top pods` (with `-A` / `--all-namespaces` and `--containers`). */
import { cpuCores, memoryMiB } from '../quantity';
import type { Cells, Column } from './table';
import { outOfRange } from './units';
import type { PodUsage } from './types';

export const TOP_COLUMNS: Column[] = [
	{ header: 'NAMESPACE', cell: 'word' },
	{ header: 'POD', cell: 'word' },
	{ header: 'NAME', cell: 'word' },
	{ header: 'CPU(cores)', cell: 'word' },
	{ header: 'MEMORY(bytes)', cell: 'word' }
];

export function usageFromCells(c: Cells): PodUsage | string {
	const cpu = cpuCores(c['CPU(cores)']);
	const mem = memoryMiB(c['MEMORY(bytes)']);
	const withContainers = c['POD'] !== undefined;
	const pod = withContainers ? c['POD'] : c['NAME'];
	if (!pod) return 'a row names no pod';
	if (!cpu.ok || !mem.ok) return `${pod}: ${!cpu.ok ? cpu.reason : !mem.ok ? mem.reason : ''}`;
	const problem = outOfRange('memoryMiB', mem.value) ?? outOfRange('cpuCores', cpu.value);
	if (problem) return `${pod}: ${problem}`;
	return {
		namespace: c['NAMESPACE'] ?? null,
		pod,
		container: withContainers ? (c['NAME'] ?? null) : null,
		cpuCores: cpu.value,
		memoryMiB: mem.value
	};
}
