/** `docker image ls` / `docker images`: the classic listing, Docker 29's listing, and JSON lines. */
import { dockerSizeMiB, outOfRange } from './units';
import type { Cells, Column } from './table';
import type { ImageSize } from './types';

export const IMAGES_COLUMNS: Column[] = [
	{ header: 'REPOSITORY', cell: 'word', json: 'Repository' },
	{ header: 'TAG', cell: 'word', json: 'Tag' },
	{ header: 'DIGEST', cell: 'word', json: 'Digest' },
	{ header: 'IMAGE ID', cell: 'word', json: 'ID' },
	// go-units HumanDuration + " ago" (`2 weeks ago`, `About an hour ago`), or a timestamp.
	{ header: 'CREATED', cell: 'created', json: 'CreatedSince' },
	{ header: 'SIZE', cell: 'size', json: 'Size' }
];

/** Docker 29 lists `IMAGE ID DISK USAGE CONTENT SIZE EXTRA`, with `IMAGE` as `name:tag`. */
export const IMAGES_COLUMNS_29: Column[] = [
	{ header: 'IMAGE', cell: 'word' },
	{ header: 'ID', cell: 'word' },
	{ header: 'DISK USAGE', cell: 'size' },
	{ header: 'CONTENT SIZE', cell: 'size' },
	{ header: 'EXTRA', cell: 'word', optional: true }
];

export const IMAGES_JSON_KEYS = ['Repository', 'Size'];

const none = (s: string | undefined): string | null => (!s || s === '<none>' ? null : s);

export function imageFromCells(c: Cells): ImageSize | string {
	let repository = c['REPOSITORY'];
	let tag = none(c['TAG']);
	if (c['IMAGE'] !== undefined) {
		const image = c['IMAGE'];
		const colon = image.lastIndexOf(':');
		repository = colon > image.lastIndexOf('/') ? image.slice(0, colon) : image;
		tag = colon > image.lastIndexOf('/') ? image.slice(colon + 1) : null;
	}
	const disk = dockerSizeMiB(c['SIZE'] ?? c['DISK USAGE'] ?? '');
	if (!repository || disk === null) return 'it has no image name or size';
	const problem = outOfRange('imageMiB', disk);
	if (problem) return `${repository}: ${problem}`;
	const content = c['CONTENT SIZE'] ? dockerSizeMiB(c['CONTENT SIZE']) : null;
	return {
		repository,
		tag,
		id: none(c['IMAGE ID'] ?? c['ID']),
		diskMiB: disk,
		contentMiB: content
	};
}
