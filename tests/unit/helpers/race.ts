/** The boot race as the unit tests run it: the classic three lanes from the model, and hosts to run them on. */
import {
	DEFAULT_HOST,
	evaluate,
	kindTable,
	type Host,
	type WorkloadId,
	type WorkloadRef
} from '$lib/model';
import { raceLanes as lanesOf, type Lane } from '$lib/teach/bootRace';

/** The classic race of a VM, a microVM and a container on `host`, from the model's kindTable. */
export const raceLanes = (host: Host, w: WorkloadRef) =>
	lanesOf(kindTable({ version: 1, name: 't', host, groups: [] }, w), [
		'vm',
		'microvm',
		'container'
	]);

/** The model's readyMs for one instance of `kind` on `host` (with an image cache for containers). */
export function modelReadyMs(host: Host, workload: WorkloadId, lane: Lane): number {
	const r = evaluate({
		version: 1,
		name: 't',
		host: lane.cache ? { ...host, imageCache: lane.cache } : host,
		groups: [{ id: 'g', kind: lane.kind, workload, count: 1 }]
	});
	return r.groups[0]!.startup.readyMs;
}

export const HOSTS: [string, Host][] = [
	['Linux/KVM, warm cache', DEFAULT_HOST],
	['Linux/KVM, cold cache, 50 Mbit/s', { ...DEFAULT_HOST, imageCache: 'cold', networkMbps: 50 }],
	['Windows/Hyper-V', { ...DEFAULT_HOST, os: 'windows', hypervisor: 'hyperv' }],
	['macOS/VirtualBox', { ...DEFAULT_HOST, os: 'macos', hypervisor: 'virtualbox' }]
];
