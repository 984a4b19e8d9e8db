/**
 * `npm run fuzz`: 100,000 random and mutated link strings and scenario files against the decoder,
 * 10,000 random valid scenarios against the model's invariants, and 20,000 mutated pastes and
 * manifests against the measurement and import readers (with each reader's time per KB from 1 KB
 * to its cap). Writes its counts into
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
import { readMeasurement, MAX_MEASUREMENT_BYTES } from '$lib/import/measure';
import { readStack } from '$lib/import/read';
import { DEFAULT_LIMITS } from '$lib/import/input';
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

// The import and measurement readers: mutated real outputs and manifests, and random text.
const MEASURE_SEEDS = [
	`CONTAINER ID   NAME   CPU %   MEM USAGE / LIMIT   MEM %   NET I/O   BLOCK I/O   PIDS\n3f2a9c1b7d4e   web   0.02%   7.527MiB / 128MiB   5.88%   1.2MB / 3.4MB   0B / 12.3kB   3`,
	`CONTAINER ID   NAME   CPU %   PRIV WORKING SET   NET I/O   BLOCK I/O\n3f2a9c1b7d4e   iis   12.50%   96.5MiB   1.2MB / 3.4MB   12MB / 4.1MB`,
	`ID  NAME  CPU %  MEM USAGE / LIMIT  MEM %  NET IO  BLOCK IO  PIDS  CPU TIME  AVG CPU %\na1b2c3d4e5f6  web  1.00%  52.43MB / 16.68GB  0.31%  1.2kB / 3.4kB  0B / 0B  3  1.234s  0.52%`,
	`{"CPUPerc":"1.00%","MemUsage":"10MiB / 1GiB","Name":"a","ID":"abc"}`,
	`REPOSITORY   TAG   IMAGE ID   CREATED   SIZE\nnginx   1.27   abc123   2 weeks ago   192MB`,
	`IMAGE   CREATED   CREATED BY   SIZE   COMMENT\nsha256:ab   2 days ago   /bin/sh -c apt-get install   12.3MB   buildkit`,
	`NAMESPACE   NAME   CPU(cores)   MEMORY(bytes)\ndefault   web-1   5m   10Mi`
];
const STACK_SEEDS = ['shop-compose.yml', 'three-tier.yaml', 'list.yaml'].map((f) =>
	readFileSync(new URL(`../../tests/unit/import/fixtures/${f}`, import.meta.url), 'utf8')
);
const mutateText = (text: string, edits: [number, string][]) => {
	let out = text;
	for (const [at, piece] of edits) {
		const i = at % (out.length + 1);
		out = out.slice(0, i) + piece + out.slice(i + (piece.length % 3));
	}
	return out;
};
const editArb = fc.array(
	fc.tuple(
		fc.nat(),
		fc.oneof(
			fc.string({ maxLength: 8 }),
			fc.constantFrom(' ago', '9'.repeat(400), '--', ' / ', '\n', '*x', '&x ', '<<: *x', '{', '"')
		)
	),
	{ maxLength: 6 }
);
const readerTally = { measureOk: 0, measureRefused: 0, stackOk: 0, stackRefused: 0 };
let slowest = 0;
const [, readerMs] = time(() => {
	for (const [i, edits] of sample(editArb, 20_000, 7).entries()) {
		const measure = i % 4 !== 3;
		const seeds = measure ? MEASURE_SEEDS : STACK_SEEDS;
		const text = mutateText(seeds[i % seeds.length]!, edits);
		const t0 = performance.now();
		try {
			if (measure) {
				const r = readMeasurement(text);
				if (r.ok) {
					readerTally.measureOk++;
					const bad = badNumber(r.measurement, 'measurement');
					if (bad) fail('measurement', text, bad);
				} else {
					readerTally.measureRefused++;
					if (r.error.message.length < 10) fail('measurement', text, 'message too short');
				}
			} else {
				const r = readStack(text);
				if (r.ok) readerTally.stackOk++;
				else {
					readerTally.stackRefused++;
					if (r.error.message.length < 10) fail('import', text, 'message too short');
				}
			}
		} catch (e) {
			fail(measure ? 'measurement' : 'import', text, `threw ${(e as Error).message}`);
		}
		slowest = Math.max(slowest, performance.now() - t0);
	}
});

/** Time per KB of each reader on generated input from 1 KB to its cap: flat when linear. */
const perKb: [string, number[]][] = [];
const SIZES_KB = [1, 16, 256];
for (const [label, seed, cap, read] of [
	['docker stats', MEASURE_SEEDS[0]!, MAX_MEASUREMENT_BYTES, readMeasurement],
	['docker image ls', MEASURE_SEEDS[4]!, MAX_MEASUREMENT_BYTES, readMeasurement],
	['docker history', MEASURE_SEEDS[5]!, MAX_MEASUREMENT_BYTES, readMeasurement],
	['kubectl top pods', MEASURE_SEEDS[6]!, MAX_MEASUREMENT_BYTES, readMeasurement],
	['YAML (compose)', STACK_SEEDS[0]!, DEFAULT_LIMITS.maxBytes, (t: string) => readStack(t)]
] as const) {
	const [header, ...rows] = seed.split('\n');
	const hostile = ` ${'ago 1.5 kB 12MB / '.repeat(40)}`;
	const sizes = [...SIZES_KB.map((k) => k * 1024), Math.floor(cap * 0.95)];
	const times = sizes.map((bytes) => {
		let text: string;
		if (label.startsWith('YAML')) {
			const services = seed.slice(seed.indexOf('services:'));
			text = seed;
			for (let n = 0; text.length < bytes; n++)
				text += services.replace('services:', '').replace(/^ {2}(\w)/gm, `  $1${n}`);
			text = text.slice(0, bytes);
		} else {
			text = header!;
			while (text.length < bytes) text += `\n${rows[0]}${text.length % 3 === 0 ? hostile : ''}`;
			text = text.slice(0, bytes);
		}
		read(text);
		const t0 = performance.now();
		read(text);
		return (performance.now() - t0) / (bytes / 1024);
	});
	perKb.push([label, times]);
}

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
	`| pasted measurements (mutated docker/podman stats, image ls, history, kubectl top) | ${(readerTally.measureOk + readerTally.measureRefused).toLocaleString('en-US')} | ${readerTally.measureOk.toLocaleString('en-US')} read | ${readerTally.measureRefused.toLocaleString('en-US')} | ${(readerMs / 1000).toFixed(1)} s (both rows) |`,
	`| compose files and manifests (mutated fixtures) | ${(readerTally.stackOk + readerTally.stackRefused).toLocaleString('en-US')} | ${readerTally.stackOk.toLocaleString('en-US')} read | ${readerTally.stackRefused.toLocaleString('en-US')} | slowest input ${slowest.toFixed(0)} ms |`,
	'',
	'Readers, time per KB on generated input (hostile runs of “ago”, sizes and slashes in every third row), from 1 KB to the cap: flat means linear.',
	'',
	`| reader | ${[...SIZES_KB.map((k) => `${k} KB`), 'cap'].join(' | ')} |`,
	`| --- | ${[...SIZES_KB, 0].map(() => '---:').join(' | ')} |`,
	...perKb.map(
		([label, t]) => `| ${label} | ${t.map((ms) => `${ms.toFixed(3)} ms`).join(' | ')} |`
	),
	'',
	`Invariants checked: no throw escapes the decoder or a reader, every refusal has a message, every measured number is finite and ≥ 0; every decoded scenario evaluates with every number finite and ≥ 0; layers sum to used memory; maxInstances() agrees with evaluate(). Failures: **${failures.length}**.`,
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
if (slowest > 1000) failures.push(`a reader took ${slowest.toFixed(0)} ms on one input`);
if (failures.length) {
	console.error(`\n✖✖✖ FUZZ FAILED: ${failures.length} problem(s)\n${failures.join('\n')}`);
	process.exit(1);
}
console.log(
	`\n${(linkTotal + fileTotal).toLocaleString('en-US')} decoder inputs and ${scenarios.toLocaleString('en-US')} scenarios: no failure.`
);
