import { deflateRawSync } from 'node:zlib';

/** A v1 link built here, the way the format is documented: JSON, raw deflate, base64url. */
export const v1Link = (state: unknown) =>
	`v1.${deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url')}`;
