/**
 * The import report's arithmetic-free helpers: the same reason said once with every service it
 * applies to (not eleven times), the row cap, and the words for where a figure came from. Pure.
 */
import type { FigureSource } from '$lib/import/stackPlan';

/** Rows the report lists before it says "and N more". */
export const ROW_CAP = 100;

/** Where a modelled figure came from, as its tag says it. */
export const SOURCE_LABEL: Record<FigureSource, string> = {
	request: 'request',
	limit: 'limit',
	heap: 'heap',
	catalog: 'catalog',
	guess: 'guess'
};

/**
 * Reasons grouped by their text, in the order first seen, each with the items it applies to
 * (an empty item name is a note about the whole file, listed without a name).
 */
export function groupReasons(
	entries: readonly (readonly [item: string, texts: readonly string[]])[]
): { text: string; items: string[] }[] {
	const byText = new Map<string, string[]>();
	for (const [item, texts] of entries)
		for (const text of texts) {
			const items = byText.get(text) ?? [];
			if (item && !items.includes(item)) items.push(item);
			byText.set(text, items);
		}
	return [...byText].map(([text, items]) => ({ text, items }));
}
