/**
 * Turn whatever a person dropped or pasted into text, safely: refuse inputs that are too large or
 * binary before anything parses them, drop a byte-order mark and unify line ends. No YAML here,
 * so the measurement parsers can use it without loading the YAML library.
 */
import { formatBytes } from './format';
import type { ImportError, ImportLimits } from './types';

export const DEFAULT_LIMITS: ImportLimits = {
	maxBytes: 2 * 1024 * 1024,
	maxDocuments: 1000,
	maxObjects: 1000,
	maxExpandedNodes: 2_000_000,
	maxDepth: 100
};

export type TextResult = { ok: true; text: string } | { ok: false; error: ImportError };

const MAGIC: [bytes: number[], what: string][] = [
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
	[[0x1f, 0x8b], 'a gzip archive'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF binary)']
];

const binaryError = (what = 'a binary file'): ImportError => ({
	code: 'binary',
	message: `This looks like ${what}, not text. Drop or paste a compose file or a Kubernetes manifest (YAML), or command output.`
});

const tooLarge = (size: number, max: number): ImportError => ({
	code: 'too-large',
	message: `This input is ${formatBytes(size)}; the importer reads up to ${formatBytes(max)}. A compose file or manifest is usually a few KB — is this the right file?`
});

/** Control characters other than tab, newline and carriage return, and the replacement character. */
const isOdd = (code: number): boolean =>
	(code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd;

function looksBinary(text: string): boolean {
	const sample = text.slice(0, 8192);
	if (sample.includes('\u0000')) return true;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) if (isOdd(sample.charCodeAt(i))) odd++;
	return odd > Math.max(2, sample.length / 100);
}

/** Text from a string or bytes, with size and binary checks, a BOM removed and line ends unified. */
export function decodeInput(
	input: string | Uint8Array | ArrayBuffer,
	limits: ImportLimits = DEFAULT_LIMITS
): TextResult {
	let text: string;
	if (typeof input === 'string') {
		if (input.length > limits.maxBytes)
			return { ok: false, error: tooLarge(input.length, limits.maxBytes) };
		text = input;
	} else {
		const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
		if (bytes.byteLength > limits.maxBytes)
			return { ok: false, error: tooLarge(bytes.byteLength, limits.maxBytes) };
		const magic = MAGIC.find(([m]) => m.every((b, i) => bytes[i] === b));
		if (magic) return { ok: false, error: binaryError(magic[1]) };
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return { ok: false, error: binaryError('a binary file or text that is not UTF-8') };
		}
	}
	if (looksBinary(text)) return { ok: false, error: binaryError() };
	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '')
		return { ok: false, error: { code: 'empty', message: 'The input is empty.' } };
	return { ok: true, text };
}
