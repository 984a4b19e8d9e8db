/** `docker history IMAGE`: per-layer size and the step that made it, as a table or JSON lines. */
import { CREATED } from './dockerImages';
import { SIZE_PATTERN, dockerSizeMiB } from './units';
import type { Cells, Column } from './table';
import type { HistoryLayer } from './types';

export const HISTORY_COLUMNS: Column[] = [
	{ header: 'IMAGE', value: String.raw`\S+`, json: 'ID' },
	{ header: 'CREATED', value: CREATED, json: 'CreatedSince' },
	// Greedy: a step may contain anything, even a size; the last size on the line is the layer's.
	{ header: 'CREATED BY', value: '.*', json: 'CreatedBy' },
	{ header: 'SIZE', value: SIZE_PATTERN, json: 'Size' },
	{ header: 'COMMENT', value: '.*', json: 'Comment', optional: true }
];

export const HISTORY_JSON_KEYS = ['CreatedBy', 'Size'];

export function layerFromCells(c: Cells): HistoryLayer | string {
	const size = dockerSizeMiB(c['SIZE'] ?? '');
	if (size === null) return 'a row has no size';
	const id = c['IMAGE'];
	return {
		id: !id || id === '<missing>' ? null : id,
		createdBy: (c['CREATED BY'] ?? '').replace(/^\/bin\/sh -c (#\(nop\)\s*)?/, '').trim(),
		diskMiB: size,
		comment: c['COMMENT'] ? c['COMMENT'] : null
	};
}
