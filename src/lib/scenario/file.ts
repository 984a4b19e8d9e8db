import { CURRENT_VERSION, migrate } from './migrate';
import { fromUnknown, type Decoded, type SharedState } from './shared';

/** The scenario file format (docs/scenario-format.md): readable JSON with a format tag and version. */
export const FILE_FORMAT = 'overhead-sandbox-scenario';
const MAX_FILE_BYTES = 5_000_000;

export function toFileJson(state: SharedState): string {
	return JSON.stringify({ format: FILE_FORMAT, version: CURRENT_VERSION, ...state }, null, 2);
}

/** Read a scenario file's text. Never throws. */
export function fromFileJson(text: string): Decoded {
	if (text.length > MAX_FILE_BYTES)
		return { ok: false, error: 'the file is too large to be a scenario (over 5 MB)' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'the file is not JSON' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== FILE_FORMAT
	)
		return {
			ok: false,
			error: `the file is not an Overhead Sandbox scenario (it has no "format": "${FILE_FORMAT}")`
		};
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, error: 'the file has no valid "version"' };
	if (version > CURRENT_VERSION)
		return {
			ok: false,
			error: `the file was saved by a newer version of Overhead Sandbox (format ${version}); this one reads formats up to ${CURRENT_VERSION}`
		};
	try {
		return fromUnknown(migrate(data, version));
	} catch (e) {
		return {
			ok: false,
			error: `the file could not be upgraded from format ${version}: ${(e as Error).message}`
		};
	}
}
