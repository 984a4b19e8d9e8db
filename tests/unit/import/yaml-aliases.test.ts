/**
 * Aliases are limited by what they expand to, not by how often they are used: a base shared by
 * hundreds of services reads, a billion-laughs file does not, and an alias with no anchor is
 * named as such (not as a bomb).
 */
import { describe, expect, it } from 'vitest';
import { readStack } from '$lib/import/read';
import { loadYaml } from '$lib/import/yamlText';

const sharedBase = (n: number) =>
	`x-base: &base\n  image: nginx:1.27\n  mem_limit: 64m\n  restart: always\nservices:\n${Array.from(
		{ length: n },
		(_, i) => `  s${i}:\n    <<: *base\n`
	).join('')}`;

const deployments = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: d${i} }
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources: ${i === 0 ? '&res ' : ''}${i === 0 ? '{ requests: { memory: 64Mi, cpu: 100m } }' : '*res'}
`
	).join('---\n');

describe('YAML aliases', () => {
	it('reads 300 services sharing one <<: *base anchor', () => {
		const r = readStack(sharedBase(300));
		if (!r.ok) throw new Error(r.error.message);
		expect(r.stack.items).toHaveLength(300);
		expect(r.stack.items.every((i) => i.resources.memoryLimitMiB === 64)).toBe(true);
	});

	it('reads 900 Deployments reusing one anchor within a document each', () => {
		// Anchors are per document in YAML: each document here defines and uses its own.
		const text = Array.from(
			{ length: 900 },
			(_, i) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: d${i} }
spec:
  template:
    spec:
      containers:
        - name: a
          image: nginx:1.27
          resources: &res { requests: { memory: 64Mi } }
        - name: b
          image: redis:7
          resources: *res
`
		).join('---\n');
		const r = readStack(text);
		if (!r.ok) throw new Error(r.error.message);
		expect(r.stack.items.length).toBeGreaterThanOrEqual(900);
	});

	it('names an undefined alias as such, with its line, and reads the other documents', () => {
		const r = loadYaml(`a: 1\n---\nservices:\n  web:\n    <<: *nope\n`);
		if (!r.ok) throw new Error(r.error.message);
		const said = r.notes.map((n) => n.message).join(' ');
		expect(said).toContain('*nope names no anchor');
		expect(said).toContain('line 5');
		expect(said).not.toContain('billion');
		expect(r.documents).toHaveLength(1);
		// Alone, the refusal is the same sentence, not the bomb's.
		const alone = readStack(`services:\n  web:\n    <<: *nope\n`);
		expect(!alone.ok && alone.error.code).toBe('not-yaml');
		expect(!alone.ok && alone.error.message).toContain('*nope');
	});

	it('refuses a billion-laughs file by its expansion', () => {
		const levels = 'abcdefghi'.split('');
		const lines = levels.map((l, i) =>
			i === 0
				? `${l}: &${l} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
				: `${l}: &${l} [${Array(9)
						.fill(`*${levels[i - 1]}`)
						.join(',')}]`
		);
		const r = readStack(lines.join('\n'));
		expect(!r.ok && r.error.code).toBe('alias-bomb');
	});

	it('counts a deployment stream with one document-level anchor as its expansion', () => {
		const r = readStack(deployments(3));
		// The anchor is in the first document only: the others' *res is undefined there.
		expect(r.ok).toBe(true);
		if (r.ok)
			expect(r.stack.notes.some((n) => n.message.includes('*res names no anchor'))).toBe(true);
	});
});

describe('a small file that multiplies', () => {
	it('a 6-level bomb (9^6 values from 300 bytes) is refused by its ratio, under the absolute cap', () => {
		const levels = 'abcdef'.split('');
		const lines = levels.map((l, i) =>
			i === 0
				? `${l}: &${l} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
				: `${l}: &${l} [${Array(9)
						.fill(`*${levels[i - 1]}`)
						.join(',')}]`
		);
		const r = readStack(`${lines.join('\n')}\nservices: *f\n`);
		expect(!r.ok && r.error.code).toBe('alias-bomb');
	});
});
