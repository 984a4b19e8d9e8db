/** Which reader a dropped or chosen file goes to, and the size refusal before reading. */
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES } from '$lib/import/types';
import { ERROR_HEADING, inputKind, tooLargeMessage } from '$lib/workloads/importInput';

describe('inputKind', () => {
	it.each([
		['compose.yml', 'services:\n  web:', 'stack'],
		['deploy.YAML', 'apiVersion: v1', 'stack'],
		['mine.json', '{"format":"overhead-sandbox-scenario","version":1}', 'scenario'],
		['mine.json', '{"nope":1}', 'scenario'],
		['pods.json', '{\n  "apiVersion": "v1",\n  "kind": "List"', 'stack'],
		['compose.json', '{"services":{"web":{}}}', 'stack'],
		['picture.png', '\u0089PNG', 'stack'],
		['notes', 'services:', 'stack'],
		['export', '\uFEFF{"format":"overhead-sandbox-scenario"}', 'scenario']
	])('inputKind(%j, %j) is %s', (name, head, kind) => {
		expect(inputKind(name, head)).toBe(kind);
	});
});

describe('tooLargeMessage', () => {
	it('refuses a 50 MB file by its size, and lets a small one through', () => {
		expect(tooLargeMessage('big.yml', 50 * 1024 * 1024)).toBe(
			'“big.yml” is 50 MiB; the importer reads files up to 2 MiB. A compose file or manifest is usually a few KB — is this the right file?'
		);
		expect(tooLargeMessage('small.yml', 3000)).toBeNull();
	});
});

it('every import error code has a heading', () => {
	for (const code of IMPORT_ERROR_CODES) expect(ERROR_HEADING[code]).toMatch(/^[A-Z]/);
});
