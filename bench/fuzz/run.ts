/**
 * `npm run fuzz`: 100,000 random and mutated link strings and scenario files against the decoder,
 * and 10,000 random valid scenarios against the model's invariants. Writes its counts into
 * docs/benchmarks.md (between the fuzz markers) and exits 1 on any failure.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { defaultScenario, evaluate, maxInstances, LAYERS, type Report } from '$lib/model';
import { fromFileJson, toFileJson } from '$lib/scenario/file';
import { toBase64url } from '$lib/scenario/base64url';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import { V2_DICTIONARY } from '$lib/scenario/pack';
import type { Decoded } from '$lib/scenario/shared';
import { scenarioArb } from '../../tests/unit/helpers/arbitraries';
import goldenV1 from '../../tests/unit/fixtures/links-v1.json' with { type: 'json' };
import goldenV2 from '../../tests/unit/fixtures/links-v2.json' with { type: 'json' };
import goldenV3 from '../../tests/unit/fixtures/links-v3.json' with { type: 'json' };

const DOC = 'docs/benchmarks.md';
const START = '<!-- fuzz:start -->';
const END = '<!-- fuzz:end -->';
const failures: string[] = [];
const fail = (what: string, input: unknown, why: string) => {
	if (failures.length < 20)
		failures.push(`${what}: ${why} — input ${JSON.stringify(input).slice(0, 200)}`);
};

/** Every number in a report is finite and not negative. */
function badNumber(value: unknown, path = 'report'): string | null {
	if (typeof value === 'number')
		return Number.isFinite(value) && value >= 0 ? null : `${path} = ${value}`;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const bad = badNumber(value[i], `${path}[${i}]`);
			if (bad) return bad;
		}
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			const bad = badNumber(v, `${path}.${k}`);
			if (bad) return bad;
		}
	}
	return null;
}

function checkDecoded(what: string, input: string, run: () => Decoded): 'ok' | 'error' {
	let d: Decoded;
	try {
		d = run();
	} catch (e) {
		fail(what, input, `threw ${(e as Error).message}`);
		return 'error';
	}
	if (!d.ok) {
		if (d.error.length < 10) fail(what, input, 'error message too short');
		return 'error';
	}
	const bad = badNumber(evaluate(d.state.scenario));
	if (bad) fail(what, input, `decoded scenario gives ${bad}`);
	return 'ok';
}

const mutate = (base: string) =>
	fc
		.array(
			fc.tuple(
				fc.nat({ max: base.length }),
				fc.constantFrom('replace', 'insert', 'delete', 'cut', 'swap'),
				fc.string({ minLength: 1, maxLength: 3, unit: 'binary' })
			),
			{ minLength: 1, maxLength: 8 }
		)
		.map((edits) =>
			edits.reduce((s, [at, op, text]) => {
				if (op === 'replace') return s.slice(0, at) + text + s.slice(at + text.length);
				if (op === 'insert') return s.slice(0, at) + text + s.slice(at);
				if (op === 'delete') return s.slice(0, at) + s.slice(at + text.length);
				if (op === 'swap') return s.slice(at) + s.slice(0, at);
				return s.slice(0, at);
			}, base)
		);

const time = <T>(fn: () => T): [T, number] => {
	const t0 = performance.now();
	const out = fn();
	return [out, performance.now() - t0];
};

const sample = <T>(arb: fc.Arbitrary<T>, n: number, seed: number): T[] =>
	fc.sample(arb, { numRuns: n, seed });
// Links of the current format (v3), and the published v1, v2 and v3 golden links, which keep reading.
const links = [
	...fc.sample(scenarioArb, { numRuns: 37, seed: 7 }).map((s) => encodeLink({ scenario: s })),
	...[goldenV1, goldenV2, goldenV3].flatMap((g) => g.cases.map((c) => c.link))
];
/** A v2 or v3 link whose packed payload is any JSON value: the unpacker meets every shape. */
const packedOf = (version: 2 | 3, value: unknown) =>
	`v${version}.${toBase64url(deflateSync(strToU8(JSON.stringify(value)), { dictionary: strToU8(V2_DICTIONARY) }))}`;
const files = fc
	.sample(scenarioArb, { numRuns: 40, seed: 8 })
	.map((s) => toFileJson({ scenario: s }));
const tally = { ok: 0, error: 0 };
const count = (r: 'ok' | 'error') => tally[r]++;

const [, linkMs] = time(() => {
	for (const [i, base] of [encodeLink({ scenario: defaultScenario() }), ...links].entries())
		for (const text of sample(mutate(base), 1000, 100 + i))
			count(checkDecoded('link (mutated)', text, () => decodeLink(text)));
	for (const text of sample(
		fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary', maxLength: 400 }),
			fc.string().map((s) => `v1.${s}`),
			fc.string().map((s) => `v2.${s}`),
			fc.string().map((s) => `v3.${s}`),
			fc.base64String().map((s) => `v1.${s.replace(/=+$/, '')}`)
		),
		6000,
		3
	))
		count(checkDecoded('link (random)', text, () => decodeLink(text)));
	for (const [i, value] of sample(fc.jsonValue({ maxDepth: 6 }), 3000, 4).entries()) {
		const version = i % 2 ? 3 : 2;
		const text = packedOf(version, value);
		count(checkDecoded(`link (v${version}, random JSON)`, text, () => decodeLink(text)));
	}
});
const linkTally = { ...tally };
tally.ok = tally.error = 0;
const [, fileMs] = time(() => {
	for (const [i, base] of files.entries())
		for (const text of sample(mutate(base), 1000, 200 + i))
			count(checkDecoded('file (mutated)', text, () => fromFileJson(text)));
	for (const [i, value] of sample(fc.jsonValue({ maxDepth: 6 }), 10_000, 5).entries()) {
		const text = JSON.stringify({
			format: 'overhead-sandbox-scenario',
			version: i % 2 ? 2 : 1,
			scenario: value
		});
		count(checkDecoded('file (random JSON)', text, () => fromFileJson(text)));
	}
});
const fileTally = { ...tally };

let scenarios = 0;
const [, modelMs] = time(() => {
	for (const s of sample(scenarioArb, 10_000, 11)) {
		scenarios++;
		let r: Report;
		try {
			r = evaluate(s);
		} catch (e) {
			fail('model', s, `threw ${(e as Error).message}`);
			continue;
		}
		const bad = badNumber(r);
		if (bad) fail('model', s, bad);
		const layerSum = LAYERS.reduce((sum, l) => sum + r.memory.byLayer[l], 0);
		if (Math.abs(layerSum - r.memory.usedMiB) > 1e-6 * Math.max(1, r.memory.usedMiB))
			fail('model', s, 'layers do not sum to used memory');
		const g = s.groups[0];
		if (g) {
			const d = maxInstances(s.host, g);
			if (d.count > 0 && d.count < 1e9) {
				const one = { ...s, groups: [{ ...g, count: d.count }] };
				const more = { ...s, groups: [{ ...g, count: d.count + 1 }] };
				if (!evaluate(one).fits || evaluate(more).fits)
					fail('model', s, `maxInstances ${d.count} disagrees with evaluate`);
			}
		}
	}
});

const linkTotal = linkTally.ok + linkTally.error;
const fileTotal = fileTally.ok + fileTally.error;
const section = [
	START,
	'## Fuzz (`npm run fuzz`)',
	'',
	`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}. Fixed seeds, so every run feeds the same inputs.`,
	'',
	'| input | count | decoded to a valid scenario | refused with a message | time |',
	'| --- | ---: | ---: | ---: | ---: |',
	`| share-link strings (mutated from 41 real links, and random) | ${linkTotal.toLocaleString('en-US')} | ${linkTally.ok.toLocaleString('en-US')} | ${linkTally.error.toLocaleString('en-US')} | ${(linkMs / 1000).toFixed(1)} s |`,
	`| scenario files (mutated from 40 real files, and random JSON) | ${fileTotal.toLocaleString('en-US')} | ${fileTally.ok.toLocaleString('en-US')} | ${fileTally.error.toLocaleString('en-US')} | ${(fileMs / 1000).toFixed(1)} s |`,
	`| random valid scenarios against the model's invariants | ${scenarios.toLocaleString('en-US')} | — | — | ${(modelMs / 1000).toFixed(1)} s |`,
	'',
	`Invariants checked: no throw escapes the decoder; every decoded scenario evaluates with every number finite and ≥ 0; layers sum to used memory; maxInstances() agrees with evaluate(). Failures: **${failures.length}**.`,
	...failures.map((f) => `- ${f}`),
	END
].join('\n');

const readDoc = () => {
	try {
		return readFileSync(DOC, 'utf8');
	} catch {
		return '# Benchmarks\n';
	}
};
let doc = readDoc();
const at = doc.indexOf(START);
doc =
	at >= 0
		? doc.slice(0, at) + section + doc.slice(doc.indexOf(END) + END.length)
		: `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(DOC, doc);
console.log(section.split('\n').slice(5, 10).join('\n'));
if (linkTotal + fileTotal < 100_000) failures.push(`only ${linkTotal + fileTotal} decoder inputs`);
if (failures.length) {
	console.error(`\n✖✖✖ FUZZ FAILED: ${failures.length} problem(s)\n${failures.join('\n')}`);
	process.exit(1);
}
console.log(
	`\n${(linkTotal + fileTotal).toLocaleString('en-US')} decoder inputs and ${scenarios.toLocaleString('en-US')} scenarios: no failure.`
);
