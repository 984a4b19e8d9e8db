/** `kubectl top pods` (with `-A` / `--all-namespaces` and `--containers`). */
import { cpuCores, memoryMiB } from '../quantity';
import type { Cells, Column } from './table';
import type { PodUsage } from './types';

export const TOP_COLUMNS: Column[] = [
	{ header: 'NAMESPACE', value: String.raw`\S+` },
	{ header: 'POD', value: String.raw`\S+` },
	{ header: 'NAME', value: String.raw`\S+` },
	{ header: 'CPU(cores)', value: String.raw`\S+` },
	{ header: 'MEMORY(bytes)', value: String.raw`\S+` }
];

export function usageFromCells(c: Cells): PodUsage | string {
	const cpu = cpuCores(c['CPU(cores)']);
	const mem = memoryMiB(c['MEMORY(bytes)']);
	const withContainers = c['POD'] !== undefined;
	const pod = withContainers ? c['POD'] : c['NAME'];
	if (!pod) return 'a row names no pod';
	if (!cpu.ok || !mem.ok) return `${pod}: ${!cpu.ok ? cpu.reason : !mem.ok ? mem.reason : ''}`;
	return {
		namespace: c['NAMESPACE'] ?? null,
		pod,
		container: withContainers ? (c['NAME'] ?? null) : null,
		cpuCores: cpu.value,
		memoryMiB: mem.value
	};
}
