import { PHASE_LABEL } from '$lib/charts/color';
import {
	formatCores,
	formatCount,
	formatMiB,
	formatMs,
	KIND_LABEL,
	type Kind,
	type KindFigures
} from '$lib/model';

/** A predict-then-reveal question whose answer is read from the live scenario. */
export interface PredictQuestion {
	id: string;
	prompt: string;
	/** What the guess is counted in, for the input's label. */
	unit: string;
	answer: number;
	/** The whole answer in words, its unit included, as the sandbox shows it ("59 VMs", "150 MiB more"). */
	answerText: string;
	/** Why the answer is what it is (the model's own sentence). */
	reason: string;
}

/**
 * Questions about one workload as every kind on the host (the answers' per-kind table, the same figures
 * the "what fits" panel shows), named `name`.
 */
export function predictQuestions(kinds: readonly KindFigures[], name: string): PredictQuestion[] {
	const of = (kind: Kind) => kinds.find((k) => k.kind === kind)!;
	const fit = (kind: Kind, unit: string) => {
		const d = of(kind).density;
		return {
			unit,
			answer: d.count,
			answerText: `${formatCount(d.count)} ${unit}`,
			reason: d.reason
		};
	};
	const vm = of('vm');
	/** The CPU load a count assumes: part of the question, since the answer depends on it. */
	const load = (kind: Kind) => {
		const l = of(kind).density.load;
		return l.chosen
			? ` Each serves the load you set: ${formatCores(l.appCores)} of CPU on average.`
			: ` Each serves an assumed light load of ${formatCores(l.appCores)} of CPU on average (the catalog’s, not one you chose).`;
	};
	return [
		{
			id: 'fit-containers',
			prompt: `How many ${name} containers fit on this host when it is empty?${load('container')}`,
			...fit('container', 'containers')
		},
		{
			id: 'fit-vms',
			prompt: `How many ${name} VMs fit on this host when it is empty?${load('vm')}`,
			...fit('vm', 'VMs')
		},
		{
			id: 'boot-vm',
			prompt: `How many seconds until one ${name} VM is ready on this host?`,
			unit: 'seconds',
			...(vm.supported
				? {
						answer: Math.round(vm.startup.readyMs / 100) / 10,
						answerText: formatMs(vm.startup.readyMs),
						reason: `Phases: ${vm.startup.phases.map((p) => `${PHASE_LABEL[p.phase].toLowerCase()} ${formatMs(p.ms)}`).join(', ')}.`
					}
				: { answer: 0, answerText: 'never', reason: vm.reason ?? '' })
		},
		spectrumQuestion(of('container'), of('kata'), of('gvisor'), name)
	];
}

/**
 * The isolation spectrum's price: how much more memory one instance takes with a kernel of its own
 * in a lightweight VM (a Kata pod) than sharing the host's kernel (a container). The answer and
 * its reason are the model's one-instance figures.
 */
export function spectrumQuestion(
	container: KindFigures,
	kata: KindFigures,
	gvisor: KindFigures,
	name: string
): PredictQuestion {
	const prompt = `Up the isolation spectrum: how many MiB more does one ${name} ${KIND_LABEL.kata} take than one plain ${KIND_LABEL.container} on this host?`;
	const base = { id: 'spectrum-memory', prompt, unit: 'MiB' };
	const cannot = [container, kata].find((k) => !k.supported);
	if (cannot)
		return { ...base, answer: 0, answerText: 'cannot compare here', reason: cannot.reason ?? '' };
	const more = Math.max(0, kata.perInstanceMiB - container.perInstanceMiB);
	const between = gvisor.supported
		? ` In between, a ${KIND_LABEL.gvisor} (a user-space kernel) takes ${formatMiB(gvisor.perInstanceMiB)}.`
		: '';
	return {
		...base,
		answer: Math.round(more),
		answerText: `${formatMiB(more)} more`,
		reason: `A ${KIND_LABEL.container} shares the host’s kernel: ${formatMiB(container.perInstanceMiB)}. A ${KIND_LABEL.kata} boots its own kernel in a lightweight VM: ${formatMiB(kata.perInstanceMiB)}.${between}`
	};
}

export type Closeness = 'exact' | 'close' | 'off';

/** How a guess compares with the answer: within 10 % is spot on, within 25 % close. */
export function judge(guess: number, answer: number): { closeness: Closeness; words: string } {
	if (answer === 0)
		return guess === 0
			? { closeness: 'exact', words: 'Spot on.' }
			: { closeness: 'off', words: 'None fit at all.' };
	const ratio = guess / answer;
	const off = Math.abs(ratio - 1);
	const pct = Math.round(off * 100);
	if (off <= 0.1)
		return {
			closeness: 'exact',
			words: pct === 0 ? 'Exactly right.' : `Spot on: within ${pct} %.`
		};
	const side = ratio > 1 ? 'too high' : 'too low';
	if (off <= 0.25) return { closeness: 'close', words: `Close: ${pct} % ${side}.` };
	const times = ratio > 1 ? ratio : 1 / ratio;
	return {
		closeness: 'off',
		words: times >= 2 ? `About ${formatCount(Math.round(times))} × ${side}.` : `${pct} % ${side}.`
	};
}

export interface Choice {
	id: string;
	text: string;
	correct: boolean;
	explanation: string;
}

/** The classic question of the source texts, with an explanation for every answer. */
export const CLASSIC = {
	prompt: 'What is the main advantage of containers over virtual machines?',
	choices: [
		{
			id: 'light',
			text: 'They are lighter and start faster, so many more fit on one host.',
			correct: true,
			explanation:
				'Right. Containers share the host’s kernel and carry no guest OS: no kernel and services to hold in memory, no OS to boot, no disk image of gigabytes.'
		},
		{
			id: 'isolation',
			text: 'They isolate applications more strongly than VMs.',
			correct: false,
			explanation:
				'No — that is where VMs win. A VM has its own kernel behind the hypervisor’s hardware-level boundary; containers share one kernel, isolated by namespaces and cgroups, so a kernel flaw can reach them all.'
		},
		{
			id: 'any-os',
			text: 'They can run any operating system, such as a Windows app on a Linux host.',
			correct: false,
			explanation:
				'No — a container runs only what the host’s kernel runs. A Windows app needs a Windows host for containers; on a Linux host, a VM with its own kernel.'
		},
		{
			id: 'no-os',
			text: 'They need no operating system at all.',
			correct: false,
			explanation:
				'No — they run on the host OS through an engine (Docker, containerd, Podman), without a guest OS of their own; on macOS and Windows, inside a hidden Linux VM.'
		}
	] satisfies Choice[]
};

/** The browser keeps the score, and only the score. */
export const QUIZ_KEY = 'overhead-sandbox:quiz';

export interface Score {
	answered: number;
	points: number;
}

export function loadScore(): Score {
	try {
		const data = JSON.parse(localStorage.getItem(QUIZ_KEY) ?? 'null') as Partial<Score> | null;
		const n = (x: unknown) =>
			typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0;
		const answered = n(data?.answered);
		return { answered, points: Math.min(answered, n(data?.points)) };
	} catch {
		return { answered: 0, points: 0 };
	}
}

/** Save the score; in private mode or with storage blocked it is simply not kept. */
export function saveScore(score: Score): void {
	try {
		localStorage.setItem(QUIZ_KEY, JSON.stringify(score));
	} catch {
		// Storage refused: the score lasts until the page closes.
	}
}
