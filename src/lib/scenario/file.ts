import { FORMAT_LIMITS } from '$lib/model/limits';
import { CURRENT_VERSION, migrate } from './migrate';
import { fromUnknown, type Decoded, type SharedState } from './shared';

/** The scenario file format (docs/scenario-format.md): readable JSON with a format tag and version. */
export const FILE_FORMAT = 'overhead-sandbox-scenario';

const MAX_MB = FORMAT_LIMITS.fileChars / 1_000_000;

/** The file's text: indented for people to read, or compact (`indent` 0) for the autosave. */
export function toFileJson(state: SharedState, indent = 2, extra: object = {}): string {
	return JSON.stringify(
		{ format: FILE_FORMAT, version: CURRENT_VERSION, ...state, ...extra },
		null,
		indent
	);
}

/**
 * The text Export JSON writes: indented when that fits the reader's limit, else compact; an error
 * when even that is too large (the app never writes a file it cannot read back).
 */
export function exportFileText(
	state: SharedState
): { ok: true; text: string } | { ok: false; error: string } {
	const pretty = toFileJson(state);
	if (fileFits(pretty)) return { ok: true, text: pretty };
	const compact = toFileJson(state, 0);
	if (fileFits(compact)) return { ok: true, text: compact };
	return {
		ok: false,
		error: `This work is too large for one file (${(compact.length / 1_000_000).toFixed(1)} MB; files are read up to ${MAX_MB} MB). Remove some groups or lesson steps of your own, then export again.`
	};
}

/** True when a file's text is within what fromFileJson reads. */
export const fileFits = (text: string): boolean => text.length <= FORMAT_LIMITS.fileChars;

/** The parsed file, checked for its format tag and version and migrated; or why not. */
export function parseFileJson(
	text: string
): { ok: true; data: unknown } | { ok: false; error: string } {
	if (!fileFits(text))
		return { ok: false, error: `the file is too large to be a scenario (over ${MAX_MB} MB)` };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'the file is not JSON, or it was cut off' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== FILE_FORMAT
	)
		return {
			ok: false,
			error: 'it is not an Overhead Sandbox scenario file (files made with Export JSON are)'
		};
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, error: 'the file has no valid “version”' };
	if (version > CURRENT_VERSION)
		return {
			ok: false,
			error: `it was saved by a newer version of Overhead Sandbox (format ${version}; this one reads up to ${CURRENT_VERSION}) — reload the page to get the newest version`
		};
	try {
		return { ok: true, data: migrate(data, version) };
	} catch (e) {
		return {
			ok: false,
			error: `the file could not be upgraded from format ${version}: ${(e as Error).message}`
		};
	}
}

/** Read a scenario file's text. Never throws. */
export function fromFileJson(text: string): Decoded {
	const parsed = parseFileJson(text);
	return parsed.ok ? fromUnknown(parsed.data) : parsed;
}
