import { FORMAT_LIMITS } from '$lib/model/limits';

const chars = (n: number) => n.toLocaleString('en-US');

/**
 * Why a link may not open where it is shared, or null when it is short enough: many servers
 * refuse addresses past about 8 KB (HTTP 431), and chat tools cut them.
 */
export function linkTooLong(url: string): string | null {
	const max = FORMAT_LIMITS.shareableUrlChars;
	if (url.length <= max) return null;
	if (!/[?&]s=/.test(url)) return `This scenario is too large to fit in a link at all.`;
	return `This link is ${chars(url.length)} characters long: many servers and chat tools refuse or cut links over ${chars(max)} characters, so it may not open.`;
}
