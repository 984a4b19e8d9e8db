/**
 * The one entry point for files and pasted text: decode safely, parse YAML within limits, tell a
 * compose file from Kubernetes manifests, and read it. Never throws; every failure is an
 * ImportError with a message for a person.
 */
import { readCompose, type ComposeOptions } from './compose';
import { readManifests } from './manifest';
import { isObj } from './objects';
import type { ImportLimits, ImportResult } from './types';
import { decodeInput, DEFAULT_LIMITS, loadYaml, type YamlDocument } from './yamlText';

export interface ReadOptions extends ComposeOptions {
	limits?: Partial<ImportLimits>;
}

export type StackKind = 'compose' | 'kubernetes' | null;

/** Which reader a parsed stream is for. */
export function detectKind(documents: readonly YamlDocument[]): StackKind {
	const values = documents.map((d) => d.value).filter(isObj);
	if (
		values.some(
			(v) =>
				typeof v.kind === 'string' && (typeof v.apiVersion === 'string' || Array.isArray(v.items))
		)
	)
		return 'kubernetes';
	if (values.some((v) => isObj(v.services))) return 'compose';
	return null;
}

const UNKNOWN =
	'This is neither a compose file (it has no “services:”) nor a Kubernetes manifest (no “apiVersion:” and “kind:”).';

export function readStack(
	input: string | Uint8Array | ArrayBuffer,
	options: ReadOptions = {}
): ImportResult {
	const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits };
	try {
		const decoded = decodeInput(input, limits);
		if (!decoded.ok) return decoded;
		const yaml = loadYaml(decoded.text, limits);
		if (!yaml.ok) return yaml;
		const kind = detectKind(yaml.documents);
		if (kind === null) return { ok: false, error: { code: 'unknown-format', message: UNKNOWN } };
		if (kind === 'kubernetes') {
			const r = readManifests(yaml.documents, limits);
			if (r.ok) r.stack.notes.unshift(...yaml.notes);
			return r;
		}
		const composeDocs = yaml.documents.filter((d) => isObj(d.value) && isObj(d.value.services));
		const r = readCompose(composeDocs[0]!.value, limits, options);
		if (r.ok) {
			r.stack.notes.unshift(...yaml.notes);
			if (yaml.documents.length > 1)
				r.stack.notes.push({
					level: 'warning',
					topic: 'left-out',
					message:
						'This input holds more than one YAML document; only the first compose file in it was read.'
				});
		}
		return r;
	} catch {
		return {
			ok: false,
			error: {
				code: 'internal',
				message: 'Something went wrong while reading this input; nothing was changed.'
			}
		};
	}
}
