/** `docker image ls` / `docker images`: the classic listing, Docker 29's listing, and JSON lines. */
import { SIZE_PATTERN, dockerSizeMiB } from './units';
import type { Cells, Column } from './table';
import type { ImageSize } from './types';

/** go-units HumanDuration + " ago" (`2 weeks ago`, `About an hour ago`), or a timestamp. */
export const CREATED = String.raw`.+? ago|\d{4}-\d\d-\d\d[T ]\S+(?: [+-]\d{4} \S+)?|N/A`;

export const IMAGES_COLUMNS: Column[] = [
	{ header: 'REPOSITORY', value: String.raw`\S+`, json: 'Repository' },
	{ header: 'TAG', value: String.raw`\S+`, json: 'Tag' },
	{ header: 'DIGEST', value: String.raw`\S+`, json: 'Digest' },
	{ header: 'IMAGE ID', value: String.raw`\S+`, json: 'ID' },
	{ header: 'CREATED', value: CREATED, json: 'CreatedSince' },
	{ header: 'SIZE', value: SIZE_PATTERN, json: 'Size' }
];

/** Docker 29 lists `IMAGE ID DISK USAGE CONTENT SIZE EXTRA`, with `IMAGE` as `name:tag`. */
export const IMAGES_COLUMNS_29: Column[] = [
	{ header: 'IMAGE', value: String.raw`\S+` },
	{ header: 'ID', value: String.raw`\S+` },
	{ header: 'DISK USAGE', value: SIZE_PATTERN },
	{ header: 'CONTENT SIZE', value: SIZE_PATTERN },
	{ header: 'EXTRA', value: String.raw`\S*`, optional: true }
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
	if (!repository || disk === null) return 'a row has no image name or size';
	const content = c['CONTENT SIZE'] ? dockerSizeMiB(c['CONTENT SIZE']) : null;
	return {
		repository,
		tag,
		id: none(c['IMAGE ID'] ?? c['ID']),
		diskMiB: disk,
		contentMiB: content
	};
}
