/**
 * What a file or pasted text is, before anything parses it: a scenario file (Export JSON's), or
 * a stack to import (a compose file or Kubernetes manifests, YAML or JSON). Anything else goes to
 * the stack reader too, which says plainly what it is (binary, too large, empty…). Pure.
 */
import { formatBytes } from '$lib/import/format';
import { DEFAULT_LIMITS } from '$lib/import/input';
import type { ImportErrorCode } from '$lib/import/types';

export type InputKind = 'scenario' | 'stack';

const YAML_NAME = /\.ya?ml$/i;

/** Whether `name` with content starting `head` is a scenario file or a stack to import. */
export function inputKind(name: string, head: string): InputKind {
	if (YAML_NAME.test(name)) return 'stack';
	const start = head.replace(/^\uFEFF/, '').trimStart();
	if (!start.startsWith('{')) return /\.json$/i.test(name) ? 'scenario' : 'stack';
	// JSON: Kubernetes' `kubectl get -o json` output and compose files in JSON are stacks.
	if (/"format"\s*:\s*"overhead-sandbox/.test(start)) return 'scenario';
	if (/"apiVersion"\s*:|"services"\s*:/.test(start)) return 'stack';
	return 'scenario';
}

/** Refuse a file too large to read before reading it (a 50 MB file is never loaded). */
export function tooLargeMessage(name: string, bytes: number): string | null {
	if (bytes <= DEFAULT_LIMITS.maxBytes) return null;
	return `“${name}” is ${formatBytes(bytes)}; the importer reads files up to ${formatBytes(DEFAULT_LIMITS.maxBytes)}. A compose file or manifest is usually a few KB — is this the right file?`;
}

/** A short heading for each reason an input could not be read, above the reader's own sentence. */
export const ERROR_HEADING: Record<ImportErrorCode, string> = {
	empty: 'There is nothing to read',
	'too-large': 'The file is too large',
	binary: 'This is not a text file',
	'not-yaml': 'This is not valid YAML',
	'alias-bomb': 'This YAML expands without bound (a “YAML bomb”)',
	'too-deep': 'This YAML is nested too deeply',
	'unknown-format': 'This is not a compose file or a Kubernetes manifest',
	'nothing-to-run': 'Nothing in it would run',
	internal: 'The importer could not finish'
};
