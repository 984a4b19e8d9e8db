import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	formatCores,
	kindTable,
	maxInstances,
	WORKLOAD_IDS,
	type Host,
	type WorkloadRef
} from '$lib/model';
import { CLASSIC, judge, predictQuestions as questionsOf } from '$lib/teach/quiz';

/** The questions about `w` on an empty `host`, from the model's kindTable as the quiz reads it. */
const predictQuestions = (host: Host, w: WorkloadRef) =>
	questionsOf(kindTable({ version: 1, name: '', host, groups: [] }, w), String(w));

describe('predictQuestions read the live host', () => {
	it.each(WORKLOAD_IDS)('for %s, the fit answers are maxInstances() on the same host', (w) => {
		const host = { ...DEFAULT_HOST, memoryMiB: 48 * 1024 };
		const [cts, vms, boot] = predictQuestions(host, w);
		expect(cts!.answer).toBe(maxInstances(host, { kind: 'container', workload: w }).count);
		expect(cts!.reason).toBe(maxInstances(host, { kind: 'container', workload: w }).reason);
		expect(vms!.answer).toBe(maxInstances(host, { kind: 'vm', workload: w }).count);
		const vm = evaluate({
			version: 1,
			name: '',
			host,
			groups: [{ id: 'v', kind: 'vm', workload: w, count: 1 }]
		}).groups[0]!;
		expect(boot!.answer).toBeCloseTo(vm.startup.readyMs / 1000, 1);
	});

	it('a count that depends on CPU time states the load it assumes, and a chosen load as chosen', () => {
		// nginx containers on the default host run out of CPU time: the answer hangs on the load.
		const d = maxInstances(DEFAULT_HOST, { kind: 'container', workload: 'nginx' });
		expect(d.limitedBy).toBe('cpuTime');
		const [cts] = predictQuestions(DEFAULT_HOST, 'nginx');
		expect(cts!.prompt).toContain(`an assumed light load of ${formatCores(d.load.appCores)}`);
		const chosen = questionsOf(
			kindTable(
				{
					version: 1,
					name: '',
					host: DEFAULT_HOST,
					groups: [{ id: 'c', kind: 'container', workload: 'nginx', count: 1, demandCores: 0.5 }]
				},
				'nginx'
			),
			'nginx'
		);
		expect(chosen[0]!.prompt).toContain('the load you set: 0.5 cores');
		expect(chosen[0]!.answer).toBeLessThan(cts!.answer);
	});

	it.each(WORKLOAD_IDS)(
		'for %s, the spectrum question is a Kata pod’s memory above a container’s, one instance each',
		(w) => {
			const q = predictQuestions(DEFAULT_HOST, w).find((x) => x.id === 'spectrum-memory')!;
			const one = (kind: 'kata' | 'container') =>
				evaluate({
					version: 1,
					name: '',
					host: DEFAULT_HOST,
					groups: [{ id: 'g', kind, workload: w, count: 1 }]
				}).groups[0]!;
			const kata = one('kata');
			const ct = one('container');
			if (kata.supported && ct.supported) {
				expect(q.answer).toBe(Math.round(kata.memory.perInstanceMiB - ct.memory.perInstanceMiB));
				expect(q.answer).toBeGreaterThan(0);
			} else {
				expect(q.answer).toBe(0);
				expect(q.reason).toBe((ct.supported ? kata : ct).reason);
			}
		}
	);

	it.each(WORKLOAD_IDS)(
		'for %s, each answer in words names its unit once ("59 VMs", "150 MiB more", never "MiB more MiB")',
		(w) => {
			for (const q of predictQuestions(DEFAULT_HOST, w)) {
				const units = q.answerText.match(/\b(containers|VMs|MiB|GiB|KiB|ms|s|min)\b/g) ?? [];
				if (q.answer === 0 && !/^0 /.test(q.answerText)) continue; // "never", "cannot compare here"
				expect(units, `${q.id}: “${q.answerText}”`).toHaveLength(1);
			}
		}
	);

	it('a Windows app as a container on Linux: none fit, and the reason says why', () => {
		const [cts] = predictQuestions(DEFAULT_HOST, 'windows-iis');
		expect(cts!.answer).toBe(0);
		expect(cts!.reason).toMatch(/Windows kernel/);
	});
});

describe('judge(guess, answer)', () => {
	it.each([
		[56, 56, 'exact', /Exactly right/],
		[60, 56, 'exact', /within 7 %/],
		[50, 56, 'close', /11 % too low/],
		[70, 56, 'close', /25 % too high/],
		[100, 783, 'off', /About 8 × too low/],
		[300, 56, 'off', /About 5 × too high/],
		[80, 56, 'off', /43 % too high/],
		[0, 0, 'exact', /Spot on/],
		[3, 0, 'off', /None fit/]
	])('judge(%d, %d) is %s', (guess, answer, closeness, words) => {
		const v = judge(guess, answer);
		expect(v.closeness).toBe(closeness);
		expect(v.words).toMatch(words);
	});
});

describe('the classic question', () => {
	it('asks the source text’s question, with one right answer and an explanation for every choice', () => {
		expect(CLASSIC.prompt).toBe('What is the main advantage of containers over virtual machines?');
		expect(CLASSIC.choices.filter((c) => c.correct).map((c) => c.id)).toEqual(['light']);
		for (const c of CLASSIC.choices) expect(c.explanation.length).toBeGreaterThan(40);
	});
	it('explains that stronger isolation is where VMs win', () => {
		const isolation = CLASSIC.choices.find((c) => c.id === 'isolation')!;
		expect(isolation.correct).toBe(false);
		expect(isolation.explanation).toMatch(/where VMs win/);
	});
	it('gives the right answer’s reason: a shared host kernel and no guest OS', () => {
		expect(CLASSIC.choices.find((c) => c.correct)!.explanation).toMatch(
			/share the host’s kernel and carry no guest OS/
		);
	});
});
