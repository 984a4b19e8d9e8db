import { describe, expect, it } from 'vitest';
import { answersOf } from '../helpers/answers';
import {
	evaluate,
	HYPERVISOR_INFO,
	IMAGE_LAYERS,
	maxInstances,
	unsupportedReasonFor,
	WORKLOAD_IDS,
	placementOf,
	WORKLOADS,
	type Kind,
	type Report
} from '$lib/model';
import { decodeLink, encodeLink } from '$lib/scenario/link';
import { comparisonRows } from '$lib/teach/comparison';
import { guestOsMiB, pairWorkload, utilityVm } from '$lib/teach/figures';
import {
	LESSON_IDS,
	LESSONS,
	lessonById,
	TEACH_VIEWS,
	type Lesson,
	type LessonId
} from '$lib/teach/lessons';

const lesson = (id: LessonId): Lesson => lessonById(id)!;
const reportOf = (id: LessonId, step: number): Report =>
	evaluate(lesson(id).steps[step - 1]!.scenario);
const byKind = (r: Report, kind: Kind) => r.groups.find((g) => g.kind === kind)!;
const phasesOf = (r: Report, kind: Kind) => byKind(r, kind).startup.phases.map((p) => p.phase);

const ALL_STEPS = LESSONS.flatMap((l) =>
	l.steps.map((s, i) => [`${l.id} step ${i + 1}`, s] as const)
);

describe('the lessons', () => {
	it('are the lessons LESSON_IDS names, in teaching order, each with at least three steps', () => {
		expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
		for (const l of LESSONS) expect(l.steps.length).toBeGreaterThanOrEqual(3);
	});

	it('give every step of a lesson its own scenario name', () => {
		for (const l of LESSONS) {
			const names = l.steps.map((s) => s.scenario.name);
			expect(new Set(names).size).toBe(names.length);
		}
	});

	it.each(ALL_STEPS)('%s evaluates with no error notes and every group runs', (_name, step) => {
		const r = evaluate(step.scenario);
		expect(r.notes.filter((n) => n.level === 'error')).toEqual([]);
		for (const g of r.groups) expect(g.supported).toBe(true);
	});

	it.each(ALL_STEPS)('%s has a plain caption of one to three sentences', (_name, step) => {
		expect(step.caption).not.toMatch(/[<>{}]/);
		const sentences = step.caption.split(/(?<=[.!?])\s+(?=[A-Z“])/);
		expect(sentences.length).toBeGreaterThanOrEqual(1);
		expect(sentences.length).toBeLessThanOrEqual(3);
		expect(step.caption.length).toBeLessThan(400);
	});

	it.each(ALL_STEPS)('%s goes through a share link unchanged', (_name, step) => {
		const d = decodeLink(encodeLink({ scenario: step.scenario }));
		expect(d.ok && d.repairs).toEqual([]);
		expect(d.ok && d.state.scenario).toEqual(step.scenario);
	});

	it.each(ALL_STEPS)('%s names a known view and workload', (_name, step) => {
		if (step.show) expect(TEACH_VIEWS).toContain(step.show);
		if (step.fitWorkload) expect(WORKLOAD_IDS).toContain(step.fitWorkload);
	});
});

describe('lesson 1, two stacks', () => {
	it('step 1 runs the same app as a VM with a guest OS and a container without one, on a type-1 hypervisor', () => {
		const r = reportOf('stacks', 1);
		expect(HYPERVISOR_INFO[lesson('stacks').steps[0]!.scenario.host.hypervisor].type).toBe(1);
		expect(guestOsMiB(byKind(r, 'vm'))).toBeGreaterThan(0);
		expect(guestOsMiB(byKind(r, 'container'))).toBe(0);
		expect(byKind(r, 'vm').workload).toBe(byKind(r, 'container').workload);
	});
	it('step 1’s caption says why KVM is type 1, as the picture draws it: its host OS’s kernel is the hypervisor', () => {
		const s = lesson('stacks').steps[0]!;
		expect(s.scenario.host.hypervisor).toBe('kvm');
		expect(placementOf('kvm')).toBe('kernel');
		expect(s.caption).toMatch(/kernel itself becomes the hypervisor, so KVM is type 1/);
		// The stack the caption names is the one of the source texts.
		expect(s.caption).toContain('hardware → host OS → hypervisor → guest OS → bins/libs → app');
		expect(s.caption).toContain('hardware → host OS → engine → bins/libs → app');
		expect(evaluate(s.scenario).memory.hostLevel.hostOs).toBeGreaterThan(0);
	});
	it('step 2 runs VirtualBox, a type-2 hypervisor on a host OS, and says so', () => {
		const s = lesson('stacks').steps[1]!.scenario;
		expect(HYPERVISOR_INFO[s.host.hypervisor].type).toBe(2);
		expect(evaluate(s).memory.hostLevel.hostOs).toBeGreaterThan(0);
		expect(
			evaluate(s)
				.notes.map((n) => n.message)
				.join()
		).toMatch(/type-2/);
	});
	it('step 3 runs ESXi with no host OS, where a container has no kernel to share', () => {
		const s = lesson('stacks').steps[2]!.scenario;
		expect(HYPERVISOR_INFO[s.host.hypervisor].hostOses).toBeNull();
		expect(evaluate(s).memory.hostLevel.hostOs).toBe(0);
		expect(unsupportedReasonFor(s.host, { kind: 'container', workload: 'nginx' })).toMatch(/ESXi/);
	});
	it('step 4: the guest OS layer of ten VMs costs more than ten whole containers', () => {
		const r = reportOf('stacks', 4);
		const vm = byKind(r, 'vm');
		expect(vm.count).toBe(10);
		expect(guestOsMiB(vm) * vm.count).toBeGreaterThan(byKind(r, 'container').memory.totalMiB);
	});
});

describe('lesson 2, density', () => {
	it('steps 1 to 3 place 1, 10 and 50 of each kind', () => {
		for (const [step, n] of [
			[1, 1],
			[2, 10],
			[3, 50]
		] as const) {
			const r = reportOf('density', step);
			expect(byKind(r, 'vm').count).toBe(n);
			expect(byKind(r, 'container').count).toBe(n);
		}
	});
	it('step 1: the VM reserves memory it does not use; the container does not', () => {
		const r = reportOf('density', 1);
		expect(byKind(r, 'vm').memory.perInstance.idle).toBeGreaterThan(0);
		expect(byKind(r, 'container').memory.perInstance.idle).toBe(0);
	});
	it('step 2: ten VMs hold about a third of the memory; ten containers use less than one VM', () => {
		const r = reportOf('density', 2);
		const share = byKind(r, 'vm').memory.totalMiB / r.memory.capacityMiB;
		expect(share).toBeGreaterThan(0.25);
		expect(share).toBeLessThan(0.42);
		expect(byKind(r, 'container').memory.totalMiB).toBeLessThan(
			byKind(r, 'vm').memory.perInstanceMiB
		);
		expect(r.fits).toBe(true);
	});
	it('step 3: the VMs run out of memory before fifty; all fifty containers fit', () => {
		const r = reportOf('density', 3);
		expect(byKind(r, 'vm').fitCount).toBeLessThan(50);
		expect(byKind(r, 'container').fitCount).toBe(50);
		expect(r.limitedBy).toBe('memory');
		expect(r.shortage?.groupId).toBe(byKind(r, 'vm').id);
	});
	it('step 4: containers run out of CPU, where VMs of the same app run out of memory', () => {
		const s = lesson('density').steps[3]!.scenario;
		const r = evaluate(s);
		expect(r.fits).toBe(false);
		expect(r.limitedBy).toBe('cpuTime');
		expect(maxInstances(s.host, { kind: 'vm', workload: 'nginx' }).limitedBy).toBe('memory');
	});
});

describe('lesson 3, image layers', () => {
	it('the Java image is alpine → JRE → app.jar → entrypoint, as in the source diagram', () => {
		expect(WORKLOADS['java-api'].layers.map((id) => IMAGE_LAYERS[id].name)).toEqual([
			'alpine:3 base',
			'eclipse-temurin:17-jre',
			'app.jar',
			'ENTRYPOINT java -jar app.jar'
		]);
	});
	it('step 2: ten containers store the image once, so their disk is far below ten single ones', () => {
		const one = byKind(reportOf('layers', 1), 'container').diskMiB.total;
		const ten = byKind(reportOf('layers', 2), 'container');
		expect(ten.count).toBe(10);
		expect(ten.diskMiB.total).toBeLessThan(2 * one);
	});
	it('step 3: ten VMs each carry a disk image of gigabytes; together far more than ten containers', () => {
		const r = reportOf('layers', 3);
		const vm = byKind(r, 'vm');
		expect(vm.count).toBe(10);
		expect(vm.diskMiB.perInstance).toBeGreaterThan(1024);
		expect(vm.diskMiB.total).toBeCloseTo(10 * vm.diskMiB.perInstance, 3);
		expect(vm.diskMiB.total).toBeGreaterThan(10 * byKind(r, 'container').diskMiB.total);
	});
	it('step 4: two images on the same alpine base store it once', () => {
		const s = lesson('layers').steps[3]!.scenario;
		const alone = s.groups.map((g) => evaluate({ ...s, groups: [g] }).disk.usedMiB);
		expect(WORKLOADS.hello.layers[0]).toBe(WORKLOADS['java-api'].layers[0]);
		expect(evaluate(s).disk.usedMiB).toBeLessThan(alone[0]! + alone[1]! - 1);
	});
});

describe('lesson 4, boot race', () => {
	it('every step races one VM, one microVM and one container of the workload it names', () => {
		for (const step of lesson('boot-race').steps) {
			expect(step.scenario.groups.map((g) => [g.kind, g.count, g.workload])).toEqual(
				(['vm', 'microvm', 'container'] as const).map((k) => [k, 1, step.fitWorkload])
			);
		}
	});
	it('step 1, warm cache: the microVM and the container are ready within a fraction of a second of each other, long before the VM', () => {
		const r = reportOf('boot-race', 1);
		const ms = (k: Kind) => byKind(r, k).startup.readyMs;
		expect(Math.max(ms('container'), ms('microvm'))).toBeLessThan(ms('vm') / 10);
		expect(Math.abs(ms('container') - ms('microvm'))).toBeLessThan(500);
		expect(phasesOf(r, 'vm')).toEqual(['firmware', 'bootloader', 'kernel', 'init', 'appStart']);
		expect(phasesOf(r, 'microvm')).not.toContain('firmware');
		expect(phasesOf(r, 'container')).toEqual(['sandbox', 'appStart']);
	});
	it('step 2, cold cache: the container pulls and unpacks first, and is slower than warm', () => {
		const warm = byKind(reportOf('boot-race', 1), 'container').startup.readyMs;
		const r = reportOf('boot-race', 2);
		expect(phasesOf(r, 'container')).toEqual(['imagePull', 'unpack', 'sandbox', 'appStart']);
		expect(byKind(r, 'container').startup.readyMs).toBeGreaterThan(warm);
		expect(byKind(r, 'container').startup.readyMs).toBeLessThan(byKind(r, 'vm').startup.readyMs);
	});
	it('step 3, Java cold: the container is ready after the microVM', () => {
		const r = reportOf('boot-race', 3);
		expect(byKind(r, 'container').startup.readyMs).toBeGreaterThan(
			byKind(r, 'microvm').startup.readyMs
		);
	});
	it('step 4, Java warm: the container and the microVM finish close together, the JVM’s start dominating; the VM is last', () => {
		const r = reportOf('boot-race', 4);
		const ms = (k: Kind) => byKind(r, k).startup.readyMs;
		expect(Math.abs(ms('container') - ms('microvm'))).toBeLessThan(500);
		expect(Math.max(ms('container'), ms('microvm'))).toBeLessThan(ms('vm'));
	});
});

describe('lesson 5, where VMs win', () => {
	it('step 1: the Windows app runs as a VM on Linux, and as a container it is unsupported', () => {
		const s = lesson('vms-win').steps[0]!.scenario;
		expect(s.host.os).toBe('linux');
		expect(byKind(evaluate(s), 'vm').workload).toBe('windows-iis');
		expect(unsupportedReasonFor(s.host, { kind: 'container', workload: 'windows-iis' })).toMatch(
			/Windows kernel/
		);
	});
	it('step 2: on a Windows host the same app also runs as a container', () => {
		const s = lesson('vms-win').steps[1]!.scenario;
		expect(s.host.os).toBe('windows');
		expect(unsupportedReasonFor(s.host, { kind: 'container', workload: 'windows-iis' })).toBe(
			undefined
		);
		expect(byKind(evaluate(s), 'container').workload).toBe('windows-iis');
	});
	it('step 3: each VM carries its own kernel; the containers carry none', () => {
		const r = reportOf('vms-win', 3);
		expect(byKind(r, 'vm').memory.perInstance.guestKernel).toBeGreaterThan(0);
		expect(byKind(r, 'container').memory.perInstance.guestKernel).toBe(0);
	});
	it.each([
		[3, 'vm'],
		[4, 'container']
	] as const)('step %i shows the rows %s win, each one the caption names', (n, side) => {
		const step = lesson('vms-win').steps[n - 1]!;
		expect(step.rowsWonBy).toBe(side);
		const rows = comparisonRows(
			answersOf(step.scenario),
			pairWorkload(step.scenario, step.fitWorkload!)
		).filter((r) => r.wins === side);
		if (side === 'vm')
			expect(rows.map((r) => r.aspect.toLowerCase())).toEqual(
				['isolation', 'os support', 'security', 'attack surface'].filter((a) =>
					step.caption.toLowerCase().includes(a)
				)
			);
		// “The rows containers win are about cost, read here in this host’s live numbers.”
		else for (const r of rows) expect(r.container.live, r.id).toBeTruthy();
	});
	it('the last step runs VMs and containers together on one host', () => {
		const r = reportOf('vms-win', 4);
		expect(r.fits).toBe(true);
		expect(new Set(r.groups.map((g) => g.kind))).toEqual(new Set(['vm', 'container']));
	});
});

describe('lesson 6, Docker on a laptop', () => {
	const steps = () => lesson('laptop').steps;
	it('steps 1 to 3 run the same containers on Linux, macOS and Windows', () => {
		expect(
			steps()
				.slice(0, 3)
				.map((s) => s.scenario.host.os)
		).toEqual(['linux', 'macos', 'windows']);
		for (const s of steps().slice(1, 3))
			expect(s.scenario.groups).toEqual(steps()[0]!.scenario.groups);
	});
	it('on Linux there is no hidden VM', () => {
		const s = steps()[0]!.scenario;
		expect(utilityVm(evaluate(s)).present).toBe(false);
	});
	it.each([1, 2])('step %i (macOS, Windows) adds the hidden Linux VM and says so', (i) => {
		const s = steps()[i]!.scenario;
		const r = evaluate(s);
		const vm = utilityVm(r);
		expect(vm.present).toBe(true);
		expect(vm.kernelMiB).toBeGreaterThan(0);
		expect(vm.totalMiB).toBeGreaterThan(vm.kernelMiB + vm.servicesMiB);
		expect(
			r.notes.find((n) => n.level === 'info' && /no Linux kernel/.test(n.message))
		).toBeTruthy();
	});
	it('step 4: the container has no kernel of its own; it shares the hidden VM’s', () => {
		const s = steps()[3]!.scenario;
		const r = evaluate(s);
		expect(r.groups[0]!.memory.perInstance.guestKernel).toBe(0);
		expect(r.memory.hostLevel.guestKernel).toBe(utilityVm(r).kernelMiB);
		expect(utilityVm(r).kernelMiB).toBeGreaterThan(0);
	});
	it('step 4: the hidden VM costs many times the one container inside it', () => {
		const s = steps()[3]!.scenario;
		const r = evaluate(s);
		expect(utilityVm(r).totalMiB).toBeGreaterThan(10 * r.groups[0]!.memory.perInstanceMiB);
	});
});
