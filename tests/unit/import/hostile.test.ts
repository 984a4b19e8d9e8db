/**
 * Hostile and mistaken input: YAML bombs, huge, binary, deeply nested and enormous inputs. Each
 * must come back as a clear message (never the library's own) without hanging.
 */
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import { decodeInput, DEFAULT_LIMITS, depthOf, loadYaml } from '$lib/import/yamlText';

const LIBRARY_WORDS =
	/resource exhaustion attack|Maximum call stack|YAMLParseError|at line \d+, column/;

function errorOf(input: string | Uint8Array) {
	const r = readStack(input);
	if (r.ok) throw new Error('expected the input to be refused');
	expect(r.error.message).not.toMatch(LIBRARY_WORDS);
	return r.error;
}

const billionLaughs = `services:
  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

describe('hostile YAML', () => {
	it('refuses a billion-laughs alias bomb', () => {
		const e = errorOf(billionLaughs);
		expect(e.code).toBe('alias-bomb');
		expect(e.message).toContain('billion laughs');
	});

	it('still reads ordinary anchors and merge keys', () => {
		const r = readStack(`x-base: &base { image: nginx, mem_limit: 64m }
services:
  a: { <<: *base }
  b: { <<: *base, mem_limit: 128m }
`);
		expect(r.ok && r.stack.items.map((i) => i.resources.memoryLimitMiB)).toEqual([64, 128]);
	});

	it('refuses deep flow nesting', () => {
		const depth = 5000;
		const e = errorOf(`services: ${'['.repeat(depth)}${']'.repeat(depth)}`);
		expect(e.code).toBe('too-deep');
	});

	it('refuses deep block nesting past the depth limit', () => {
		const lines = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
		const e = errorOf(`services:\n${lines.replace(/^/gm, '  ')} x\n`);
		expect(e.code).toBe('too-deep');
		expect(e.message).toContain(`${DEFAULT_LIMITS.maxDepth} levels`);
	});

	it('depthOf stops early on a deep or cyclic value', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(depthOf(cyclic, 10)).toBe(1);
		let deep: unknown = 0;
		for (let i = 0; i < 10_000; i++) deep = [deep];
		expect(depthOf(deep, 50)).toBe(51);
	});
});

describe('size, binary and empty input', () => {
	it('refuses a 50 MB input before parsing it', () => {
		const big = 'a'.repeat(50 * 1024 * 1024);
		const e = errorOf(big);
		expect(e.code).toBe('too-large');
		expect(e.message).toContain('50 MiB');
		expect(e.message).toContain('2 MiB');
	});

	it('refuses 50 MB of bytes too', () => {
		expect(errorOf(new Uint8Array(50 * 1024 * 1024)).code).toBe('too-large');
	});

	it.each([
		[[0x50, 0x4b, 0x03, 0x04, 1, 2, 3], 'a ZIP archive'],
		[[0x1f, 0x8b, 8, 0], 'a gzip archive'],
		[[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'a PNG image'],
		[[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
		[[0xc3, 0x28, 0x41], 'not UTF-8'],
		[[0x41, 0x00, 0x42], 'a binary file']
	])('names binary bytes %j as %s', (bytes, what) => {
		const e = errorOf(new Uint8Array(bytes));
		expect(e.code).toBe('binary');
		expect(e.message).toContain(what);
	});

	it('refuses text full of control characters', () => {
		const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 31)).join('');
		expect(errorOf(noise).code).toBe('binary');
	});

	it('refuses empty input', () => {
		expect(errorOf('  \n\n ').code).toBe('empty');
	});

	it('reads a UTF-8 file with a byte-order mark and CRLF line ends', () => {
		const text = '\uFEFFservices:\r\n  web:\r\n    image: nginx\r\n';
		const bytes = new TextEncoder().encode(text);
		const r = readStack(bytes);
		expect(r.ok && r.stack.items[0]!.image).toBe('nginx');
	});

	it('decodeInput unifies line ends', () => {
		const d = decodeInput('a\r\nb\rc');
		expect(d.ok && d.text).toBe('a\nb\nc');
	});
});

describe('not YAML, or not a stack', () => {
	it('says why text is not YAML, with a line', () => {
		const e = errorOf('services:\n  web:\n\timage: nginx\n');
		expect(e.code).toBe('not-yaml');
		expect(e.message).toMatch(/line \d+/);
	});

	it.each([
		['a: [unclosed', 'A list opened with “[” is not closed with “]” (line 1).'],
		['a: {b: 1', 'A map opened with “{” is not closed with “}” (line 1).'],
		['a: "open', 'A closing quote or bracket is missing (line 1).'],
		['a:\n\tb: 1', 'A tab is used for indentation; YAML indents with spaces (line 2).']
	])(
		'%j: one capitalised sentence that says why, never repeating the heading “This is not valid YAML”',
		(text, message) => {
			const e = errorOf(text);
			expect(e.code).toBe('not-yaml');
			expect(e.message).toBe(message);
		}
	);

	it('says when YAML is neither compose nor Kubernetes', () => {
		expect(errorOf('hello: world\n').code).toBe('unknown-format');
		expect(errorOf('just some words').code).toBe('unknown-format');
	});
});

// A ceiling for a busy 2-core machine (each takes under 2 s alone), not a speed goal: see npm run bench.
describe('enormous inputs are capped', { timeout: 60_000 }, () => {
	const pod = (i: number) =>
		`---\napiVersion: v1\nkind: Pod\nmetadata: { name: p${i} }\nspec: { containers: [{ name: c, image: nginx }] }\n`;

	it('reads the first 1,000 of 10,000 documents and says the rest were left out', () => {
		const text = Array.from({ length: 10_000 }, (_, i) => pod(i)).join('');
		expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxBytes);
		const r = readStack(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.stack.items).toHaveLength(DEFAULT_LIMITS.maxDocuments);
		expect(r.stack.notes[0]!.message).toContain('Only the first 1,000 documents were read');
	});

	it('reads the first 1,000 of a 10,000-item List and says so', () => {
		const items = Array.from(
			{ length: 10_000 },
			(_, i) => `- {apiVersion: v1, kind: ConfigMap, metadata: {name: c${i}}}`
		).join('\n');
		const text = `apiVersion: v1\nkind: List\nitems:\n${items}\n- {apiVersion: v1, kind: Pod, metadata: {name: late}, spec: {containers: [{name: c, image: nginx}]}}\n`;
		const e = errorOf(text);
		expect(e.code).toBe('nothing-to-run');
		expect(e.message).toContain('Only the first 1,000 objects of 10,001 objects were read');
	});

	it('caps a compose file with thousands of services', () => {
		const services = Array.from({ length: 3000 }, (_, i) => `  s${i}: { image: nginx }`).join('\n');
		const r = readStack(`services:\n${services}\n`);
		expect(r.ok && r.stack.items).toHaveLength(DEFAULT_LIMITS.maxObjects);
		expect(
			r.ok && r.stack.notes.some((n) => n.message.includes('Only the first 1,000 services'))
		).toBe(true);
	});

	it('loadYaml honours a smaller document cap', () => {
		const r = loadYaml('a: 1\n---\nb: 2\n---\nc: 3\n', { ...DEFAULT_LIMITS, maxDocuments: 2 });
		expect(r.ok && r.documents).toHaveLength(2);
		expect(r.ok && r.notes[0]!.topic).toBe('left-out');
	});
});
