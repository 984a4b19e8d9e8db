import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	evaluate,
	formatMiB,
	HYPERVISOR_INFO,
	HYPERVISORS,
	WORKLOADS,
	placementOf,
	workloadIn,
	type Scenario
} from '$lib/model';
import { comparisonRows } from '$lib/teach/comparison';
import { answersOf } from '../helpers/answers';
import {
	hostInWords,
	imagesOn,
	pairWorkload,
	sampleOf,
	sharedLayers,
	utilityVm
} from '$lib/teach/figures';
import { lessonById } from '$lib/teach/lessons';

const stepOf = (id: string, n: number) => lessonById(id)!.steps[n - 1]!.scenario;

describe('utilityVm', () => {
	it('costs what the model’s own note says, on macOS and on Windows', () => {
		for (const n of [2, 3]) {
			const s = stepOf('laptop', n);
			const r = evaluate(s);
			const vm = utilityVm(r);
			const note = r.notes.find((x) => /no Linux kernel/.test(x.message))!;
			expect(note.message).toContain(`holds ${formatMiB(vm.totalMiB)} on its own`);
		}
	});
	it('is absent with VMs and no containers, even on a type-2 hypervisor', () => {
		const s = stepOf('stacks', 2);
		expect(utilityVm(evaluate({ ...s, groups: [s.groups[0]!] })).present).toBe(false);
	});
});

describe('sampleOf', () => {
	it('takes a live group when there is one', () => {
		const s = stepOf('stacks', 4);
		const got = sampleOf(answersOf(s), 'vm', 'nginx');
		expect(got.ok && got.sample.live && got.sample.group.count).toBe(10);
	});
	it('evaluates one instance alone on the same host when there is none', () => {
		const s = stepOf('stacks', 3);
		const vm = sampleOf(answersOf(s), 'container', 'nginx');
		expect(vm.ok).toBe(false);
		if (!vm.ok) expect(vm.reason).toMatch(/ESXi/);
		const ct = sampleOf(answersOf(stepOf('layers', 1)), 'vm', 'java-api');
		expect(ct.ok && !ct.sample.live && ct.sample.group.workload).toBe('java-api');
	});
});

describe('pairWorkload (one app on both sides of a comparison)', () => {
	it.each([
		['stacks', 1, 'nginx'],
		['vms-win', 1, 'windows-iis'],
		['vms-win', 2, 'windows-iis'],
		['vms-win', 4, 'nginx'],
		['laptop', 4, 'hello']
	] as const)('%s step %i compares %s', (id, n, w) => {
		expect(pairWorkload(stepOf(id, n), 'redis')).toBe(w);
	});
	it('falls back when nothing is placed', () => {
		expect(pairWorkload({ ...stepOf('stacks', 1), groups: [] }, 'redis')).toBe('redis');
	});
});

describe('imagesOn and sharedLayers', () => {
	it('find the two images of lesson 3’s last step and their one shared base', () => {
		const images = imagesOn(evaluate(stepOf('layers', 4)), 'nginx');
		expect(images).toEqual([
			{ workload: 'java-api', count: 10 },
			{ workload: 'hello', count: 10 }
		]);
		expect([...sharedLayers(evaluate(stepOf('layers', 4)), images)]).toEqual(['alpine-3']);
	});
	it('fall back to the given workload when no container runs', () => {
		expect(imagesOn(evaluate(stepOf('stacks', 3)), 'redis')).toEqual([
			{ workload: 'redis', count: 0 }
		]);
		expect(
			sharedLayers(evaluate(stepOf('stacks', 3)), [{ workload: 'redis', count: 0 }]).size
		).toBe(0);
	});
});

/** A person's own API on the stacks lesson's host, as a VM and as containers beside redis. */
const withOwn: Scenario = {
	...stepOf('stacks', 1),
	workloads: [
		{
			id: 'own-shop-api',
			name: 'Shop API',
			family: 'linux',
			base: 'redis',
			layers: [{ name: 'app code', compressedMiB: 42 }]
		}
	],
	groups: [
		{ id: 'g1', kind: 'vm', workload: 'own-shop-api', count: 1 },
		{ id: 'g2', kind: 'container', workload: 'own-shop-api', count: 4 },
		{ id: 'g3', kind: 'container', workload: 'redis', count: 2 }
	]
};

describe('own workloads in the teaching views', () => {
	it('pairWorkload compares an own workload placed as both kinds', () => {
		expect(pairWorkload(withOwn, 'nginx')).toBe('own-shop-api');
	});
	it('imagesOn lists an own image beside the catalog one it shares layers with', () => {
		const report = evaluate(withOwn);
		const images = imagesOn(report, 'nginx');
		expect(images).toEqual([
			{ workload: 'own-shop-api', count: 4 },
			{ workload: 'redis', count: 2 }
		]);
		expect(sharedLayers(report, images).size).toBeGreaterThan(0);
	});
	it('comparisonRows names the own workload and gives live figures for it', () => {
		const rows = comparisonRows(answersOf(withOwn), 'own-shop-api');
		const size = rows.find((r) => r.id === 'size')!;
		expect(size.vm.live).toBeDefined();
		expect(size.container.live).toBeDefined();
	});
	it('workloadIn keeps a known workload and falls back for one the scenario lacks', () => {
		expect(workloadIn(withOwn, 'own-shop-api')).toBe('own-shop-api');
		expect(workloadIn(withOwn, 'redis')).toBe('redis');
		expect(workloadIn({ ...withOwn, workloads: [] }, 'own-shop-api')).toBe('nginx');
		expect(workloadIn(withOwn, 'own-gone', 'hello')).toBe('hello');
		expect(workloadIn(withOwn, '__proto__')).toBe('nginx');
		expect(workloadIn(withOwn, 'toString')).toBe('nginx');
	});
});

describe('comparisonRows', () => {
	const s = stepOf('vms-win', 3);
	const r = evaluate(s);
	const rows = comparisonRows(answersOf(s), 'nginx');
	const row = (id: string) => rows.find((x) => x.id === id)!;
	const vm = r.groups.find((g) => g.kind === 'vm')!;
	const ct = r.groups.find((g) => g.kind === 'container')!;

	it('has the nine rows of the source tables, in order', () => {
		expect(rows.map((x) => x.aspect)).toEqual([
			'Isolation',
			'Size',
			'Boot time',
			'Overhead',
			'OS support',
			'Security',
			'Attack surface',
			'Portability',
			'Management'
		]);
	});
	it('ties size, overhead and management to the live report', () => {
		expect(row('size').vm.live).toContain(formatMiB(vm.diskMiB.perInstance));
		expect(row('size').container.live).toContain(formatMiB(ct.diskMiB.perInstance));
		expect(row('overhead').vm.live).toContain(formatMiB(vm.memory.perInstanceMiB));
		expect(row('overhead').vm.live).toContain(formatMiB(vm.memory.perInstance.hypervisor));
		expect(row('management').vm.live).toBe('4 VMs on this host: 4 guest OSes to patch');
		expect(row('isolation').container.live).toBe('4 containers on this host: one kernel');
	});
	it('says whose VMs it counts, so two steps of the lesson never seem to disagree about one app', () => {
		// Step 3 has 4 nginx VMs, step 4 two IIS VMs beside nginx containers: each count is the host’s.
		const [three, four] = [stepOf('vms-win', 3), stepOf('vms-win', 4)];
		const vms = (s: typeof three) =>
			s.groups.filter((g) => g.kind === 'vm').reduce((n, g) => n + g.count, 0);
		const live = (s: typeof three, id: string) =>
			comparisonRows(answersOf(s), 'nginx').find((x) => x.id === id)!.vm.live;
		expect(live(three, 'isolation')).toBe(
			`${vms(three)} VMs on this host: ${vms(three)} separate kernels`
		);
		expect(live(four, 'management')).toBe(
			`${vms(four)} VMs on this host: ${vms(four)} guest OSes to patch`
		);
	});
	it('reads OS support from the model’s check on the current host', () => {
		expect(row('os').container.live).toMatch(/refused on Linux/);
		const w = stepOf('vms-win', 2);
		expect(
			comparisonRows(answersOf(w), 'windows-iis').find((x) => x.id === 'os')!.container.live
		).toMatch(/runs on Windows/);
	});
	it('says isolation, security and attack surface favour VMs; size, boot and overhead containers', () => {
		const wins = Object.fromEntries(rows.map((x) => [x.id, x.wins]));
		expect(wins).toMatchObject({
			isolation: 'vm',
			security: 'vm',
			attack: 'vm',
			size: 'container',
			boot: 'container',
			overhead: 'container'
		});
		expect(WORKLOADS.nginx.family).toBe('linux');
	});
});

describe('placementOf (where the stacks picture draws a hypervisor)', () => {
	it.each([
		['kvm', 'kernel'],
		['esxi', 'bare'],
		['hyperv', 'partition'],
		['virtualbox', 'hosted']
	] as const)('%s sits %s', (hv, placement) => {
		expect(placementOf(hv)).toBe(placement);
	});
	it.each(HYPERVISORS)('%s: the place agrees with its type and whether it has a host OS', (hv) => {
		const info = HYPERVISOR_INFO[hv];
		const placement = placementOf(hv);
		expect(placement === 'hosted').toBe(info.type === 2);
		expect(placement === 'bare').toBe(info.type === 1 && info.hostOses === null);
	});
});

describe('hostInWords (the host the quiz asks about)', () => {
	it.each([
		[DEFAULT_HOST, '16 cores · 64 GiB memory · 1,000 GiB disk · Linux, KVM (QEMU), Docker Engine'],
		[
			stepOf('laptop', 2).host,
			'8 cores · 16 GiB memory · 512 GiB disk · macOS, Oracle VirtualBox, Docker Engine'
		],
		[{ ...DEFAULT_HOST, cpuCores: 1 }, /^1 core · /]
	])('%#: %s', (host, words) => {
		const report = evaluate({ version: 1, name: '', host, groups: [] });
		if (typeof words === 'string') expect(hostInWords(host, report)).toBe(words);
		else expect(hostInWords(host, report)).toMatch(words);
	});
});
