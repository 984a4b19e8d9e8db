import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { FORMAT_LIMITS } from '$lib/model/limits';
import { fromBase64url, toBase64url } from './base64url';
import { migrate } from './migrate';
import { pack, unpack, V2_DICTIONARY } from './pack';
import { fromUnknown, type Decoded, type SharedState } from './shared';

/**
 * Share links: `v<k>.` then the state, deflated and base64url-encoded. The prefix names the
 * link format, so every link ever made can be read: each format says how its payload unpacks
 * and which version of the state (docs/scenario-format.md) it then holds, which the state's
 * migrations bring up to date.
 */
interface LinkFormat {
	/** The version of the state (the file format's `version`) the payload unpacks to. */
	stateVersion: number;
	dictionary?: Uint8Array;
	/** The JSON value read from the payload, turned into the state's JSON. */
	unpack: (json: unknown) => unknown;
}

const LINK_FORMATS: Record<number, LinkFormat> = {
	/** v1: the state as JSON. */
	1: { stateVersion: 1, unpack: (json) => json },
	/** v2: the same state packed shorter (pack.ts), deflated with a preset dictionary. */
	2: { stateVersion: 1, dictionary: strToU8(V2_DICTIONARY), unpack }
};

/** The format new links are written in. */
export const LINK_VERSION = 2;

/** The state as a link in the current format (a worker may do this: see state/linkEncoder.ts). */
export function encodeLink(state: SharedState): string {
	const bytes = strToU8(JSON.stringify(pack(state as unknown as Record<string, unknown>)));
	const { dictionary } = LINK_FORMATS[LINK_VERSION]!;
	return `v${LINK_VERSION}.${toBase64url(deflateSync(bytes, { level: 9, dictionary }))}`;
}

/**
 * The link's text as pasted: spaces around it and the punctuation of a sentence after it
 * ("…see ?s=v2.abc)." ) are not part of a link, whose payload is letters, digits, - and _ only.
 */
const tidy = (text: string) => text.trim().replace(/[^A-Za-z0-9_-]+$/, '');

/** Read a link's `s` parameter. Never throws: a broken link gives a reason a person can act on. */
export function decodeLink(text: string): Decoded {
	if (text.length > FORMAT_LIMITS.linkChars)
		return {
			ok: false,
			error: `the link is far too long to be a scenario (over ${FORMAT_LIMITS.linkChars.toLocaleString('en-US')} characters)`
		};
	const m = /^v(\d{1,6})\.(.*)$/s.exec(tidy(text));
	if (!m)
		return {
			ok: false,
			error:
				'the link does not start with a version such as “v2.”, so it was not made by this app or was cut at the start'
		};
	const version = Number(m[1]);
	if (version > LINK_VERSION)
		return {
			ok: false,
			error: `the link was made by a newer version of Overhead Sandbox (link format ${version}; this one reads up to ${LINK_VERSION}) — reload the page to get the newest version`
		};
	const format = LINK_FORMATS[version];
	if (!format) return { ok: false, error: `link format ${version} never existed` };
	let json: string;
	try {
		const bytes = inflateSync(fromBase64url(m[2]!), { dictionary: format.dictionary });
		if (bytes.length > FORMAT_LIMITS.linkJsonBytes)
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
		data = format.unpack(JSON.parse(json));
	} catch {
		return {
			ok: false,
			error: 'the link is damaged or incomplete — perhaps it was cut off when it was copied'
		};
	}
	try {
		return fromUnknown(migrate(data, format.stateVersion));
	} catch (e) {
		return {
			ok: false,
			error: `the link could not be upgraded from format ${version}: ${(e as Error).message}`
		};
	}
}
