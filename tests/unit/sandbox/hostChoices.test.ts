/** Which hypervisors the host controls offer, from the model's own hostOses. */
import { describe, expect, it } from 'vitest';
import { HOST_OS_INFO, HOST_OSES, HYPERVISOR_INFO, HYPERVISORS, type HostOs } from '$lib/model';
import {
	BARE_METAL,
	chooseOs,
	hypervisorLabel,
	hypervisorsFor,
	sensibleHypervisor
} from '$lib/sandbox/hostChoices';

const name = (os: HostOs) => HOST_OS_INFO[os].name;

describe('hypervisorsFor(os)', () => {
	it.each(HOST_OSES)('hypervisorsFor(%s) = exactly those whose hostOses include it', (os) => {
		const offered = hypervisorsFor(HYPERVISOR_INFO, os);
		expect(offered.length).toBeGreaterThan(0);
		for (const hv of HYPERVISORS)
			expect(offered.includes(hv)).toBe(HYPERVISOR_INFO[hv].hostOses?.includes(os) ?? false);
	});

	it('ESXi is never offered on macOS, Windows or Linux: only as bare metal', () => {
		for (const os of HOST_OSES) expect(hypervisorsFor(HYPERVISOR_INFO, os)).not.toContain('esxi');
		expect(hypervisorsFor(HYPERVISOR_INFO, BARE_METAL)).toEqual(['esxi']);
	});

	it.each([
		['linux', 'kvm'],
		['windows', 'hyperv'],
		['macos', 'apple-vz'],
		[BARE_METAL, 'esxi']
	] as const)('sensibleHypervisor(%s) = %s', (os, hv) => {
		expect(sensibleHypervisor(HYPERVISOR_INFO, os)).toBe(hv);
	});
});

describe('chooseOs(host, choice)', () => {
	it('Linux + KVM → Windows switches to Hyper-V in one patch, and says why', () => {
		const c = chooseOs(HYPERVISOR_INFO, { os: 'linux', hypervisor: 'kvm' }, 'windows', name);
		expect(c.patch).toEqual({ os: 'windows', hypervisor: 'hyperv' });
		expect(c.message).toBe(
			`${HYPERVISOR_INFO.kvm.name} does not run on Windows: the hypervisor is now ${HYPERVISOR_INFO.hyperv.name}.`
		);
	});

	it('VirtualBox keeps running when the OS changes: no switch, no message', () => {
		const c = chooseOs(HYPERVISOR_INFO, { os: 'linux', hypervisor: 'virtualbox' }, 'macos', name);
		expect(c).toEqual({ patch: { os: 'macos' }, message: '' });
	});

	it('bare metal picks ESXi and keeps the OS value; leaving it picks the new OS’s hypervisor', () => {
		const toEsxi = chooseOs(HYPERVISOR_INFO, { os: 'linux', hypervisor: 'kvm' }, BARE_METAL, name);
		expect(toEsxi.patch).toEqual({ os: 'linux', hypervisor: 'esxi' });
		const back = chooseOs(HYPERVISOR_INFO, { os: 'linux', hypervisor: 'esxi' }, 'macos', name);
		expect(back.patch).toEqual({ os: 'macos', hypervisor: 'apple-vz' });
		expect(back.message).toContain('runs on bare metal in place of a host OS');
	});

	it('hypervisorLabel names the type: “ESXi — type 1 (bare metal)”', () => {
		expect(hypervisorLabel(HYPERVISOR_INFO, 'esxi')).toBe('ESXi — type 1 (bare metal)');
		expect(hypervisorLabel(HYPERVISOR_INFO, 'kvm')).toBe('KVM — type 1');
		expect(hypervisorLabel(HYPERVISOR_INFO, 'vmware-fusion')).toBe(
			'VMware Fusion — type 2 (hosted)'
		);
	});
});
