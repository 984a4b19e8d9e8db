/** The isolation spectrum's rows and the spectrum comparison table, against the model. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, formatMiB, formatMs, KERNEL_LABEL, type Scenario } from '$lib/model';
import { isolationSpectrum } from '$lib/model/reportSpectrum';
import { spectrumTableRows } from '$lib/teach/comparison';
import { lessonById } from '$lib/teach/lessons';
import { entryLabel, spectrumRows, spectrumSources } from '$lib/teach/spectrum';

const empty = (host = DEFAULT_HOST): Scenario => ({ version: 1, name: '', host, groups: [] });

describe('spectrumRows(entries, focus)', () => {
	const entries = isolationSpectrum(empty(), 'nginx');
	it('draws every memory bar to one scale, the largest full', () => {
		const rows = spectrumRows(entries);
		const max = Math.max(...entries.map((e) => e.memoryMiB));
		for (const r of rows) expect(r.barPct).toBeCloseTo((100 * r.entry.memoryMiB) / max, 6);
		expect(Math.max(...rows.map((r) => r.barPct))).toBe(100);
		expect(rows.map((r) => r.memoryText)).toEqual(
			entries.map((e) => `${formatMiB(e.memoryMiB)} each`)
		);
		expect(rows.map((r) => r.readyText)).toEqual(
			entries.map((e) => `ready in ${formatMs(e.readyMs)}`)
		);
	});
	it('explains the focused entries in full, every one when no focus is given', () => {
		expect(
			spectrumRows(entries, ['kata', 'vm'])
				.filter((r) => r.focused)
				.map((r) => r.entry.id)
		).toEqual(['kata', 'vm']);
		expect(spectrumRows(entries).every((r) => r.focused)).toBe(true);
	});
	it('says an entry that cannot run here has no bar', () => {
		const mac = isolationSpectrum(
			empty({ ...DEFAULT_HOST, os: 'macos', hypervisor: 'apple-vz' }),
			'nginx'
		);
		const kata = spectrumRows(mac).find((r) => r.entry.id === 'kata')!;
		expect(kata).toMatchObject({ barPct: 0, memoryText: 'cannot run here', readyText: '' });
	});
	it('labels kinds by their presentation label and Windows containers by their own name', () => {
		const win = isolationSpectrum(
			empty({ ...DEFAULT_HOST, os: 'windows', hypervisor: 'hyperv' }),
			'nginx'
		);
		expect(win.map(entryLabel)).toContain('Windows container (Hyper-V)');
		expect(entryLabel(entries[0]!)).toBe('Container');
	});
	it('lists each source once, with the entries resting on it', () => {
		const sources = spectrumSources(entries);
		expect(new Set(sources.map((s) => s.title)).size).toBe(sources.length);
		for (const e of entries)
			for (const t of e.sources) expect(sources.find((s) => s.title === t)!.for).toContain(e.name);
	});
});

describe('spectrumTableRows: the seeds’ table across the spectrum', () => {
	it('has isolation, attack surface, overhead and boot time for every kind, from the model', () => {
		const entries = isolationSpectrum(empty(), 'redis');
		const rows = spectrumTableRows(entries);
		expect(rows.map((r) => r.aspect)).toEqual([
			'Isolation',
			'Attack surface',
			'Overhead',
			'Boot time'
		]);
		for (const r of rows) expect(r.cells.map((c) => c.entry)).toEqual(entries.map((e) => e.id));
		const [iso, attack, over, boot] = rows;
		entries.forEach((e, i) => {
			expect(iso!.cells[i]!.text.toLowerCase()).toBe(e.kernelText.toLowerCase());
			// On a Linux host every kind's kernel is the one its kind names.
			expect(e.kernelText).toBe(KERNEL_LABEL[e.kernel]);
			expect(attack!.cells[i]!.text).toBe(e.boundary.charAt(0).toUpperCase() + e.boundary.slice(1));
			expect(over!.cells[i]!.text).toBe(`${formatMiB(e.memoryMiB)} each`);
			expect(boot!.cells[i]!.text).toBe(`ready in ${formatMs(e.readyMs)}`);
		});
	});
});

describe('the isolation spectrum lesson', () => {
	const lesson = lessonById('spectrum')!;
	it('has three to five steps, each on the spectrum view or its table', () => {
		expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
		expect(lesson.steps.length).toBeLessThanOrEqual(5);
		for (const s of lesson.steps) expect(['spectrum', 'spectrumTable']).toContain(s.show);
	});
	it('focuses on entries the spectrum has on each step’s host', () => {
		for (const s of lesson.steps) {
			const ids = isolationSpectrum(s.scenario, s.fitWorkload ?? 'nginx').map((e) => e.id);
			for (const f of s.spectrumFocus ?? []) expect(ids).toContain(f);
		}
	});
	it('the Windows step: Hyper-V isolation costs more memory than process isolation', () => {
		const s = lesson.steps.at(-1)!;
		const e = isolationSpectrum(s.scenario, 'nginx');
		const mem = (id: string) => e.find((x) => x.id === id)!.memoryMiB;
		expect(mem('container-hyperv')).toBeGreaterThan(mem('container-process'));
	});
});
