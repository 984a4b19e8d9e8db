/** What runs where: a Windows app as a container needs a Windows kernel; hypervisors need their host OS. */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	LAYERS,
	unsupportedReasonFor,
	type GuestOsId,
	type Host,
	type Kind,
	type WorkloadId
} from '$lib/model';
import { evaluateOn, group, groupOf } from './helpers/model';

type Case = [
	name: string,
	host: Pick<Host, 'os' | 'hypervisor'>,
	kind: Kind,
	workload: WorkloadId,
	guestOs: GuestOsId | undefined,
	/** null = supported; otherwise words the reason must contain. */
	reason: RegExp | null
];

const linuxKvm = { os: 'linux', hypervisor: 'kvm' } as const;
const windowsHyperv = { os: 'windows', hypervisor: 'hyperv' } as const;
const macVbox = { os: 'macos', hypervisor: 'virtualbox' } as const;

const CASES: Case[] = [
	[
		'Windows app as a container on Linux',
		linuxKvm,
		'container',
		'windows-iis',
		undefined,
		/Windows kernel/
	],
	[
		'Windows app as a container on macOS',
		macVbox,
		'container',
		'windows-iis',
		undefined,
		/Windows kernel/
	],
	[
		'Windows app as a container on Windows',
		windowsHyperv,
		'container',
		'windows-iis',
		undefined,
		null
	],
	[
		'Windows app as a microVM on Linux',
		linuxKvm,
		'microvm',
		'windows-iis',
		undefined,
		/Linux guests|microVM/
	],
	['Windows app as a VM on Linux/KVM', linuxKvm, 'vm', 'windows-iis', undefined, null],
	['Windows app as a VM on Windows/Hyper-V', windowsHyperv, 'vm', 'windows-iis', undefined, null],
	['Linux app as a container on Linux', linuxKvm, 'container', 'nginx', undefined, null],
	['Linux app as a container on Windows', windowsHyperv, 'container', 'nginx', undefined, null],
	['Linux app as a container on macOS', macVbox, 'container', 'nginx', undefined, null],
	[
		'KVM on a Windows host',
		{ os: 'windows', hypervisor: 'kvm' },
		'vm',
		'nginx',
		undefined,
		/does not run on a Windows host/
	],
	[
		'KVM on a macOS host',
		{ os: 'macos', hypervisor: 'kvm' },
		'vm',
		'nginx',
		undefined,
		/does not run on a macOS host/
	],
	[
		'Hyper-V on a Linux host',
		{ os: 'linux', hypervisor: 'hyperv' },
		'vm',
		'nginx',
		undefined,
		/Hyper-V does not run on a Linux host/
	],
	['VirtualBox (type 2) on macOS', macVbox, 'vm', 'nginx', undefined, null],
	[
		'VirtualBox (type 2) on Linux',
		{ os: 'linux', hypervisor: 'virtualbox' },
		'vm',
		'nginx',
		undefined,
		null
	],
	[
		'VirtualBox (type 2) on Windows',
		{ os: 'windows', hypervisor: 'virtualbox' },
		'vm',
		'windows-iis',
		undefined,
		null
	],
	['ESXi VM (bare metal)', { os: 'linux', hypervisor: 'esxi' }, 'vm', 'nginx', undefined, null],
	['a microVM on Linux/KVM', linuxKvm, 'microvm', 'nginx', undefined, null],
	['a microVM on macOS', macVbox, 'microvm', 'nginx', undefined, /Linux host/],
	['a microVM on Windows', windowsHyperv, 'microvm', 'nginx', undefined, /Linux host/],
	[
		'a microVM on ESXi',
		{ os: 'linux', hypervisor: 'esxi' },
		'microvm',
		'nginx',
		undefined,
		/Linux host/
	],
	[
		'containers on ESXi',
		{ os: 'linux', hypervisor: 'esxi' },
		'container',
		'nginx',
		undefined,
		/ESXi/
	],
	[
		'a Windows guest OS for a Linux app',
		linuxKvm,
		'vm',
		'nginx',
		'windows-server-2022-core',
		/Linux app/
	],
	[
		'a Linux guest OS for a Windows app',
		linuxKvm,
		'vm',
		'windows-iis',
		'ubuntu-24.04',
		/Windows app/
	],
	['a Debian guest for nginx', linuxKvm, 'vm', 'nginx', 'debian-12', null],
	['an Alpine microVM guest for redis', linuxKvm, 'microvm', 'redis', 'alpine-3', null]
];

/** A test name that reads like the call: evaluate(…) → supported, or unsupported: /reason/. */
const title = ([name, , , , , reason]: Case) =>
	`evaluate(${name}) → ${reason === null ? 'supported' : `unsupported: /${reason.source}/`}`;

describe('evaluate() decides what runs where', () => {
	for (const c of CASES) {
		const [, host, kind, workload, guestOs, reason] = c;
		it(title(c), () => {
			const g = group({ kind, workload });
			if (guestOs) g.guestOs = guestOs;
			const report = evaluateOn(host, g);
			const gr = groupOf(report);
			// The palette asks the same question before anything is placed.
			expect(unsupportedReasonFor({ ...DEFAULT_HOST, ...host }, g)).toBe(gr.reason);
			if (reason === null) {
				expect(gr.supported, gr.reason).toBe(true);
				expect(gr.reason).toBeUndefined();
				expect(gr.memory.perInstanceMiB).toBeGreaterThan(0);
				expect(report.notes.filter((n) => n.level === 'error')).toEqual([]);
			} else {
				expect(gr.supported).toBe(false);
				expect(gr.reason).toMatch(reason);
			}
		});
	}
});

describe('an unsupported group costs nothing and says why', () => {
	const unsupported = CASES.filter(([, , , , , reason]) => reason !== null);

	for (const c of unsupported) {
		const [, host, kind, workload, guestOs] = c;
		it(`${title(c)}: contributes nothing and adds an error note`, () => {
			const g = group({ kind, workload, count: 25 });
			if (guestOs) g.guestOs = guestOs;
			const report = evaluateOn(host, g);
			const empty = evaluateOn(host);
			const gr = groupOf(report);
			for (const layer of LAYERS) expect(gr.memory.perInstance[layer], layer).toBe(0);
			expect(gr.memory.totalMiB).toBe(0);
			expect(gr.diskMiB).toEqual({ perInstance: 0, total: 0 });
			expect(gr.startup).toEqual({
				phases: [],
				readyMs: 0,
				allReadyMs: 0,
				allReadyLimitedBy: 'none'
			});
			expect(gr.fitCount).toBe(0);
			// The host looks exactly as if the group were not there.
			expect(report.memory).toEqual(empty.memory);
			expect(report.disk).toEqual(empty.disk);
			expect(report.cpu).toEqual(empty.cpu);
			const errors = report.notes.filter((n) => n.level === 'error');
			expect(errors).toHaveLength(1);
			expect(errors[0]!.groupId).toBe('g1');
			expect(errors[0]!.message).toBe(gr.reason);
		});
	}

	it('evaluate(a supported and an unsupported group) counts only the supported one', () => {
		const both = evaluateOn(
			linuxKvm,
			group({ id: 'ok', kind: 'container', workload: 'nginx', count: 3 }),
			group({ id: 'bad', kind: 'container', workload: 'windows-iis', count: 3 })
		);
		const alone = evaluateOn(
			linuxKvm,
			group({ id: 'ok', kind: 'container', workload: 'nginx', count: 3 })
		);
		expect(both.memory.usedMiB).toBe(alone.memory.usedMiB);
		expect(groupOf(both, 'bad').supported).toBe(false);
		expect(both.notes.find((n) => n.level === 'error')?.groupId).toBe('bad');
	});

	it('evaluate(a Windows-app container on Linux) still fits: an unsupported group takes no room', () => {
		const r = evaluateOn(
			linuxKvm,
			group({ kind: 'container', workload: 'windows-iis', count: 10 })
		);
		expect(r.fits).toBe(true);
	});
});

describe('a type-2 hypervisor says what it costs', () => {
	it('evaluate(VM on VirtualBox) notes that a type-2 hypervisor runs on the host OS', () => {
		const r = evaluateOn(macVbox, group({ kind: 'vm', workload: 'nginx' }));
		expect(r.notes.some((n) => n.level === 'info' && /type-2/.test(n.message))).toBe(true);
	});

	it('evaluate(containers only, VirtualBox selected) says nothing about VirtualBox', () => {
		const r = evaluateOn(macVbox, group({ kind: 'container', workload: 'nginx' }));
		expect(r.notes.some((n) => /type-2/.test(n.message))).toBe(false);
	});

	it('evaluate(VM on KVM) has no type-2 note', () => {
		const r = evaluateOn(linuxKvm, group({ kind: 'vm', workload: 'nginx' }));
		expect(r.notes.some((n) => /type-2/.test(n.message))).toBe(false);
	});
});
