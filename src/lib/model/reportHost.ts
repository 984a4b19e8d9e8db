/**
 * The host's platform as the report names it (host OS, hypervisor, engine and where the hypervisor
 * sits), and the hidden Linux VM by part: what the views say about the host, read from the report
 * instead of the catalog.
 */
import { ENGINE_INFO, HOST_OS_INFO, HYPERVISOR_INFO, sumParts } from './catalog';
import { utilityVmLayers } from './memory';
import type {
	Host,
	Hypervisor,
	HypervisorPlacement,
	PlatformReport,
	UtilityVmParts
} from './types';

/** Hypervisors whose place is not told by their type alone. */
const PLACEMENT: Partial<Record<Hypervisor, HypervisorPlacement>> = {
	kvm: 'kernel',
	hyperv: 'partition'
};

export function placementOf(hypervisor: Hypervisor): HypervisorPlacement {
	const hv = HYPERVISOR_INFO[hypervisor];
	if (hv.type === 2) return 'hosted';
	if (hv.hostOses === null) return 'bare';
	return PLACEMENT[hypervisor] ?? 'partition';
}

/** The host's platform by name; `vmServices` = the hypervisor's services run (VMs are placed). */
export function platformReport(host: Host, vmServices: boolean): PlatformReport {
	const hv = HYPERVISOR_INFO[host.hypervisor];
	const services = sumParts(hv.hostServices);
	return {
		hostOsName: HOST_OS_INFO[host.os].name,
		hypervisorName: hv.name,
		hypervisorType: hv.type,
		placement: placementOf(host.hypervisor),
		engineName: ENGINE_INFO[host.engine].name,
		hypervisorServicesMiB: vmServices || hv.hostOses === null ? services : 0
	};
}

/**
 * What the hidden Linux VM that runs Linux containers would hold at idle on `host` with its engine,
 * by part, whether or not one runs there (a lesson asks what it would cost on a Mac).
 */
export function utilityVmParts(host: Host): UtilityVmParts {
	const l = utilityVmLayers(host);
	const engineMiB = sumParts(ENGINE_INFO[host.engine].daemons);
	return {
		vmmMiB: l.hypervisor,
		kernelMiB: l.guestKernel,
		servicesMiB: l.guestOs,
		engineMiB,
		totalMiB: l.hypervisor + l.guestKernel + l.guestOs + engineMiB
	};
}
