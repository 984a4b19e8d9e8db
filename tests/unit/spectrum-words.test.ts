/**
 * The isolation spectrum's words against its own figures: on a Windows host, whose kernel each
 * entry uses and by which mechanisms; and the summary of cost against isolation, which must say
 * only what the entries' numbers show.
 */
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HOST,
	formatMiB,
	formatMs,
	HOST_OS_INFO,
	type Host,
	type Scenario,
	type WorkloadId
} from '$lib/model';
import { isolationSpectrum, spectrumSummary, type SpectrumEntry } from '$lib/model/reportSpectrum';
import { lessonById } from '$lib/teach/lessons';

const empty = (host: Host): Scenario => ({ version: 1, name: '', host, groups: [] });
const WINDOWS: Host = { ...DEFAULT_HOST, os: 'windows', hypervisor: 'hyperv' };
const MAC: Host = { ...DEFAULT_HOST, os: 'macos', hypervisor: 'apple-vz' };
const byId = (entries: SpectrumEntry[], id: string) => entries.find((e) => e.id === id)!;
/** Everything an entry says about its isolation, as one text. */
const said = (e: SpectrumEntry) => [e.kernelText, e.boundary, e.escape].join(' ');

describe('the spectrum on a host with no Linux kernel', () => {
	const win = isolationSpectrum(empty(WINDOWS), 'nginx');
	it('puts a Linux container and a gVisor sandbox in the WSL 2 VM, on its Linux kernel, never the Windows host’s', () => {
		for (const id of ['container', 'gvisor']) {
			const e = byId(win, id);
			expect(e.supported).toBe(true);
			expect(e.runsIn).toBe(HOST_OS_INFO.windows.utilityVmShortName);
			expect(e.kernelText).toContain(`Linux kernel of ${HOST_OS_INFO.windows.utilityVmName}`);
			expect(said(e)).not.toMatch(/host’s kernel|host’s shared kernel/);
		}
		// The VM brings its own kernel; it runs in no hidden VM.
		expect(byId(win, 'vm').runsIn).toBeUndefined();
	});
	it('says a process-isolated Windows container is kept apart by Windows’ own mechanisms', () => {
		const proc = byId(win, 'container-process');
		expect(proc.kernelText).toBe('shares the host’s Windows kernel');
		expect(proc.boundary).toMatch(/silo/);
		expect(proc.boundary).toMatch(/job object/);
		for (const linux of ['namespaces, cgroups', 'cgroups', 'seccomp'])
			expect(said(proc)).not.toContain(linux);
		expect(byId(win, 'container-hyperv').kernelText).toMatch(/own Windows kernel/);
	});
	it('does the same on a Mac, in Docker Desktop’s Linux VM', () => {
		const mac = isolationSpectrum(empty(MAC), 'nginx');
		expect(byId(mac, 'container').runsIn).toBe(HOST_OS_INFO.macos.utilityVmShortName);
		expect(byId(mac, 'container').kernelText).toContain(HOST_OS_INFO.macos.utilityVmName);
	});
	it('leaves a Linux host’s containers on the host’s own kernel', () => {
		const linux = isolationSpectrum(empty(DEFAULT_HOST), 'nginx');
		expect(linux.every((e) => e.runsIn === undefined)).toBe(true);
		expect(byId(linux, 'container').kernelText).toBe('shares the host’s kernel');
	});
});

/** Whether `of` rises at every step from a weaker wall to a stronger one. */
const risesEverywhere = (steps: SpectrumEntry[], of: (e: SpectrumEntry) => number) =>
	steps.every((e) => steps.every((w) => w.rank >= e.rank || of(w) <= of(e)));

describe('spectrumSummary: cost against isolation, from the same figures', () => {
	const cases: [string, Host, WorkloadId][] = [
		['the default host, nginx', DEFAULT_HOST, 'nginx'],
		['the default host, Java', DEFAULT_HOST, 'java-api'],
		['the default host, Redis', DEFAULT_HOST, 'redis'],
		['a cold image cache', { ...DEFAULT_HOST, imageCache: 'cold' }, 'nginx'],
		['a Windows host', WINDOWS, 'nginx'],
		['a Mac', MAC, 'python-api']
	];
	for (const [what, host, workload] of cases)
		it(`says memory and startup rise at every step only where they do: ${what}`, () => {
			const entries = isolationSpectrum(empty(host), workload);
			const steps = entries.filter((e) => e.supported && e.isolation === undefined);
			const summary = spectrumSummary(entries);
			const memory = summary.slice(0, summary.indexOf('Startup'));
			const startup = summary.slice(summary.indexOf('Startup'));
			expect(memory.startsWith('Memory rises at every step')).toBe(
				risesEverywhere(steps, (e) => e.memoryMiB)
			);
			expect(startup.startsWith('Startup rises at every step')).toBe(
				risesEverywhere(steps, (e) => e.readyMs)
			);
			// Every figure it quotes is one of the entries’ own.
			const figures = new Set(steps.flatMap((e) => [formatMiB(e.memoryMiB), formatMs(e.readyMs)]));
			for (const [, quoted] of summary.matchAll(/\(([^()]*?\d[^()]*?)\)/g))
				for (const part of quoted!.split(' to ')) expect(figures).toContain(part);
		});

	it('on the lesson’s table step, names the microVM as ready before the container', () => {
		const step = lessonById('spectrum')!.steps.find((s) => s.show === 'spectrumTable')!;
		const entries = isolationSpectrum(step.scenario, step.fitWorkload ?? 'nginx');
		const ready = (id: string) => byId(entries, id).readyMs;
		const summary = spectrumSummary(entries);
		// The figures this test rests on: the microVM is ready first, the container is not.
		expect(ready('microvm')).toBeLessThan(ready('container'));
		expect(summary).toContain('Startup does not rise at every step');
		expect(summary).toContain(
			`a microVM (${formatMs(ready('microvm'))}) is ready before a Kata pod (${formatMs(ready('kata'))})`
		);
		expect(summary).toContain(`before a container (${formatMs(ready('container'))}) too`);
		// No caption of the lesson claims what the figures must say.
		for (const s of lessonById('spectrum')!.steps)
			expect(s.caption).not.toMatch(/raises[^.]*(memory|startup)|tens of MiB/);
	});

	it('is empty when fewer than two kinds can run', () => {
		// ESXi has no kernel for containers and no Linux KVM: only the VM runs.
		const entries = isolationSpectrum(empty({ ...DEFAULT_HOST, hypervisor: 'esxi' }), 'nginx');
		expect(entries.filter((e) => e.supported && e.isolation === undefined).length).toBeLessThan(2);
		expect(spectrumSummary(entries)).toBe('');
	});
});
