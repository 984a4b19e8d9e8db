/**
 * Take an image reference apart the way Docker does (distribution/reference): an optional
 * registry host (the first segment, when it has a dot or a port, or is `localhost`), a path, an
 * optional `:tag` after the last slash, and an optional `@digest`. A reference without a registry
 * is on `docker.io`, and a one-segment path there is an official image under `library/`.
 */
import type { ImageRef } from './types';

export const DEFAULT_REGISTRY = 'docker.io';

/** The parsed reference, or null when the text cannot be an image reference. */
export function parseImageRef(raw: string): ImageRef | null {
	const text = raw.trim();
	if (!text || /\s/.test(text) || text.length > 512) return null;
	let rest = text;
	let digest: string | null = null;
	const at = rest.indexOf('@');
	if (at >= 0) {
		digest = rest.slice(at + 1);
		rest = rest.slice(0, at);
		if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(digest)) return null;
	}
	let tag: string | null = null;
	const lastSlash = rest.lastIndexOf('/');
	const colon = rest.lastIndexOf(':');
	if (colon > lastSlash) {
		tag = rest.slice(colon + 1);
		rest = rest.slice(0, colon);
		if (!/^[\w][\w.-]{0,127}$/.test(tag)) return null;
	}
	const segments = rest.split('/');
	let registry = DEFAULT_REGISTRY;
	const first = segments[0]!;
	if (
		segments.length > 1 &&
		(first.includes('.') || first.includes(':') || first === 'localhost')
	) {
		registry = first.toLowerCase();
		segments.shift();
	}
	if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
		registry = DEFAULT_REGISTRY;
	}
	if (
		segments.length === 0 ||
		segments.some((s) => !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/i.test(s))
	)
		return null;
	if (registry === DEFAULT_REGISTRY && segments.length === 1) segments.unshift('library');
	const path = segments.join('/').toLowerCase();
	return { raw, registry, path, name: segments[segments.length - 1]!.toLowerCase(), tag, digest };
}
