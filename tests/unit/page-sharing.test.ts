/**
 * Page sharing on VMs (issue 20 item 12) against VMware's own words: diverse guests share "less
 * than five percent", zero pages of untouched RAM are told apart from identical content, and
 * ESXi's 2 MB large pages are shared only once host memory is short.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, evaluate, type Group, type Host, type Report } from '$lib/model';
import { HYPERVISOR_INFO } from '$lib/model/catalog';
import { expectClose, scenarioOf } from './helpers/model';

/** Six different VMs: nginx/Ubuntu, redis/Debian, postgres/Alpine, IIS/Windows, Java/Debian, Python/Ubuntu. */
const diverse: Group[] = (
	[
		['nginx', 'ubuntu-24.04'],
		['redis', 'debian-12'],
		['postgres', 'alpine-3'],
		['windows-iis', 'windows-server-2022-core'],
		['java-api', 'debian-12'],
		['python-api', 'ubuntu-24.04']
	] as const
).map(([workload, guestOs], i) => ({ id: `g${i}`, kind: 'vm', workload, guestOs, count: 1 }));
const identical: Group[] = [
	{ id: 'g', kind: 'vm', workload: 'nginx', guestOs: 'ubuntu-24.04', count: 6 }
];

const vmMemory = (r: Report) => r.groups.reduce((s, g) => s + g.count * g.memory.perInstanceMiB, 0);
/** Saved in the content layers (kernel, OS services, libraries) and in untouched RAM. */
function saved(r: Report): { content: number; zero: number } {
	const of = (layers: ('guestKernel' | 'guestOs' | 'binsLibs' | 'idle')[]) =>
		r.groups.reduce(
			(s, g) =>
				s +
				layers.reduce(
					(t, l) => t + g.count * g.memory.perInstance[l] - g.memory.totalByLayer[l],
					0
				),
			0
		);
	return { content: of(['guestKernel', 'guestOs', 'binsLibs']), zero: of(['idle']) };
}
const shareNote = (r: Report) => r.notes.find((n) => /[Pp]age sharing/.test(n.message))?.message;

const esxi = (memoryMiB: number): Host => ({
	...DEFAULT_HOST,
	hypervisor: 'esxi',
	pageSharing: true,
	memoryMiB
});
/** Small enough that the six VMs, unshared, do not fit: ESXi breaks its large pages. */
const short = esxi(12 * 1024);
/** Large enough that they fit: ESXi keeps its large pages whole. */
const roomy = esxi(64 * 1024);

describe('vmware-memory-sharing: what sharing frees', () => {
	it('six diverse VMs share identical content worth less than five percent of their memory (was 57.7 % in all)', () => {
		const r = evaluate(scenarioOf(short, diverse));
		expect(saved(r).content / vmMemory(r)).toBeLessThan(0.05);
		expect(saved(r).content).toBeGreaterThan(0);
	});
	it('the zero pages of RAM the guests never touched are told apart from identical content', () => {
		const r = evaluate(scenarioOf(short, diverse));
		const { content, zero } = saved(r);
		expectClose(content + zero, r.memory.sharedSavedMiB, 1e-9);
		const note = shareNote(r)!;
		expect(note).toMatch(/identical content/);
		expect(note).toMatch(/zero pages/);
		expect(note).toContain(`${Math.round(content)} MiB of identical content`);
	});
	it('nearly identical VMs free more than thirty percent', () => {
		const r = evaluate(scenarioOf(esxi(4 * 1024), identical));
		expect(r.memory.sharedSavedMiB / vmMemory(r)).toBeGreaterThan(0.3);
	});
});

describe('vmware-tps-large-pages: ESXi backs guests with 2 MB pages', () => {
	it('is cited as 2 MB for ESXi only', () => {
		expect(HYPERVISOR_INFO.esxi.largePageMiB?.value).toBe(2);
		expect(HYPERVISOR_INFO.esxi.largePageMiB?.source).toBe('vmware-tps-large-pages');
		expect(HYPERVISOR_INFO.kvm.largePageMiB).toBeUndefined();
	});
	it('shares nothing while the guests fit, and says why', () => {
		const r = evaluate(scenarioOf(roomy, diverse));
		expect(r.memory.sharedSavedMiB).toBe(0);
		expect(shareNote(r)).toMatch(/large pages.*only when memory is short.*nothing is shared/);
	});
	it('breaks them and shares once the guests, unshared, would not fit', () => {
		const r = evaluate(scenarioOf(short, diverse));
		expect(r.memory.sharedSavedMiB).toBeGreaterThan(0);
		expect(shareNote(r)).toMatch(/large pages and breaks them/);
	});
	it('KSM on KVM merges small pages whether or not memory is short', () => {
		const kvm = { ...roomy, hypervisor: 'kvm' as const };
		expect(evaluate(scenarioOf(kvm, diverse)).memory.sharedSavedMiB).toBeGreaterThan(0);
	});
});
