import type { Group } from '$lib/model';

/** Cards shown at once in a long group list. */
export const PAGE_SIZE = 60;

export interface GroupPage {
	/** The page shown, 0-based, kept inside the pages there are. */
	index: number;
	pages: number;
	/** Index in the scenario of the first group shown. */
	first: number;
	groups: readonly Group[];
}

/** The groups on page `index` of a list: pages of PAGE_SIZE, the last page when `index` is past the end. */
export function groupPage(groups: readonly Group[], index: number): GroupPage {
	const pages = Math.max(1, Math.ceil(groups.length / PAGE_SIZE));
	const i = Math.min(Math.max(0, Math.floor(index)), pages - 1);
	const first = i * PAGE_SIZE;
	return { index: i, pages, first, groups: groups.slice(first, first + PAGE_SIZE) };
}
