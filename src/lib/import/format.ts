/**
 * Numbers in notes, formatted for people: 512 MiB, 1.5 GiB, 0.25 cores, 3 replicas. The import
 * folder keeps its own small formatter so it depends on the model for ids and types only.
 */
const FORMATTERS = [0, 1, 2, 3].map(
	(digits) =>
		new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
);
const number = (n: number, digits: 0 | 1 | 2 | 3): string => FORMATTERS[digits]!.format(n);

export function formatMiB(mib: number): string {
	const abs = Math.abs(mib);
	if (abs >= 1024 * 1024) return `${number(mib / (1024 * 1024), 1)} TiB`;
	if (abs >= 1024) return `${number(mib / 1024, 1)} GiB`;
	if (abs >= 10 || abs === 0) return `${number(mib, 0)} MiB`;
	if (abs >= 0.1) return `${number(mib, 1)} MiB`;
	return `${number(mib, 3)} MiB`;
}

export function formatCores(cores: number): string {
	return `${number(cores, cores >= 10 ? 1 : 3)} ${cores === 1 ? 'core' : 'cores'}`;
}

export function formatCount(n: number, one: string, many = `${one}s`): string {
	return `${number(n, 0)} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 * 1024 ? `${number(bytes, 0)} bytes` : formatMiB(bytes / 1024 / 1024);
}

/** “a, b and c” */
export function listing(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
