import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { CURRENT_VERSION, migrate } from './migrate';
import { fromUnknown, type Decoded, type SharedState } from './shared';

/**
 * Share links: `v1.` then the state as JSON, deflated and base64url-encoded. The version prefix
 * names the format, so every link ever made can be migrated and read.
 */

/** Longest payload we try to read; a real 10,000-group scenario is far below this. */
const MAX_LINK_CHARS = 200_000;
const MAX_JSON_BYTES = 5_000_000;

export function encodeLink(state: SharedState): string {
	const json = JSON.stringify(state);
	return `v${CURRENT_VERSION}.${toBase64url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** Read a link's `s` parameter. Never throws: a broken link gives a reason a person can act on. */
export function decodeLink(text: string): Decoded {
	if (text.length > MAX_LINK_CHARS)
		return { ok: false, error: 'the link is far too long to be a scenario' };
	const m = /^v(\d{1,6})\.(.*)$/s.exec(text.trim());
	if (!m)
		return {
			ok: false,
			error: 'the link does not start with a version such as “v1.”, so it was not made by this app'
		};
	const version = Number(m[1]);
	if (version > CURRENT_VERSION)
		return {
			ok: false,
			error: `the link was made by a newer version of Overhead Sandbox (format ${version}); this one reads formats up to ${CURRENT_VERSION}`
		};
	if (version < 1) return { ok: false, error: `format ${version} never existed` };
	let json: string;
	try {
		const bytes = inflateSync(fromBase64url(m[2]!), { out: undefined });
		if (bytes.length > MAX_JSON_BYTES)
			return { ok: false, error: 'the link unpacks to far more data than a scenario holds' };
		json = strFromU8(bytes);
	} catch {
		return {
			ok: false,
			error: 'the link is damaged or incomplete — perhaps it was cut off when it was copied'
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, error: 'the link is damaged: its contents are not readable' };
	}
	try {
		return fromUnknown(migrate(data, version));
	} catch (e) {
		return {
			ok: false,
			error: `the link could not be upgraded from format ${version}: ${(e as Error).message}`
		};
	}
}
