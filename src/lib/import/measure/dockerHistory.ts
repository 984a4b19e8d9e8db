/** `docker history IMAGE`: per-layer size and the step that made it, as a table or JSON lines. */
import { dockerSizeMiB, outOfRange } from './units';
import type { Cells, Column } from './table';
import type { HistoryLayer } from './types';

export const HISTORY_COLUMNS: Column[] = [
	{ header: 'IMAGE', cell: 'word', json: 'ID' },
	{ header: 'CREATED', cell: 'created', json: 'CreatedSince' },
	// Greedy: a step may contain anything, even a size; the last size on the line is the layer's.
	{ header: 'CREATED BY', cell: 'text', greedy: true, json: 'CreatedBy' },
	{ header: 'SIZE', cell: 'size', json: 'Size' },
	{ header: 'COMMENT', cell: 'text', json: 'Comment', optional: true }
];

export const HISTORY_JSON_KEYS = ['CreatedBy', 'Size'];

export function layerFromCells(c: Cells): HistoryLayer | string {
	const size = dockerSizeMiB(c['SIZE'] ?? '');
	if (size === null) return `its size “${c['SIZE'] ?? ''}” is not a size`;
	const id = c['IMAGE'];
	return {
		id: !id || id === '<missing>' ? null : id,
		createdBy: (c['CREATED BY'] ?? '').replace(/^\/bin\/sh -c (#\(nop\)\s*)?/, '').trim(),
		diskMiB: size,
		comment: c['COMMENT'] ? c['COMMENT'] : null
	};
}

/** The image's total, or why it is out of the editor's range. */
export const historyTotalProblem = (totalMiB: number): string | null =>
	outOfRange('imageMiB', totalMiB);
