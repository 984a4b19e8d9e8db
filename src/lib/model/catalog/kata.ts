import { cited, estimate, type Part } from './cited';
import { KVM_IO_OVERHEAD_PCT } from './felter';

/**
 * Kata Containers: each pod in a lightweight VM, its containers inside it. The default
 * RuntimeClass (kata, on QEMU) as kata-deploy ships it.
 */
const OVERHEAD_MIB = 160;
const KERNEL_MIB = 40;
const AGENT_MIB = 10;

export const KATA = {
	/** kata-deploy's RuntimeClass overhead for kata-qemu: what Kubernetes adds to each pod. */
	podOverheadMiB: cited(
		OVERHEAD_MIB,
		'MiB',
		'kata-deploy-runtimeclasses',
		'kata-qemu’s podFixed overhead; kata-clh and kata-fc declare 130 Mi, the confidential snp/tdx classes 2 Gi. Users measured 150–200 MB per sandbox (kata-1375) and about 300 Mi on OpenShift; AKS Pod Sandboxing adds 600 Mi to a 512 Mi pod VM.'
	),
	/** The overhead split by layer (estimates that add up to the declared overhead). */
	guestKernelMiB: estimate(
		KERNEL_MIB,
		'MiB',
		'The Kata guest kernel, minimal but with virtio-fs and the agent’s needs; no published figure.'
	),
	agentMiB: estimate(
		AGENT_MIB,
		'MiB',
		'kata-agent and the guest’s init inside the pod VM; no published figure.'
	),
	vmmAndShimMiB: estimate(
		OVERHEAD_MIB - KERNEL_MIB - AGENT_MIB,
		'MiB',
		'The rest of the declared overhead: QEMU, virtiofsd and containerd-shim-kata-v2 on the host.',
		'kata-deploy-runtimeclasses'
	),
	podOverheadCores: cited(
		0.25,
		'cores',
		'kata-deploy-runtimeclasses',
		'250m of CPU reserved per pod by the RuntimeClass (a scheduling reservation, not average use).'
	),
	/** Idle CPU per sandbox from one user's report: 30–50 % of 96 cores for 1,000–1,500 sandboxes. */
	idleCores: estimate(
		((0.3 * 96) / 1500 + (0.5 * 96) / 1000) / 2,
		'cores',
		'The middle of 0.019–0.048 cores per idle Kata sandbox: 1,000–1,500 idle busybox sandboxes kept 30–50 % of 96 cores busy, shim, proxy and agent included.',
		'kata-1375'
	),
	setup: [
		{
			label: 'containerd-shim-kata-v2 starts the VMM',
			value: estimate(
				100,
				'ms',
				'The shim, virtiofsd and QEMU start on the host; no published figure.'
			)
		}
	] as Part[],
	bootMs: cited(
		500,
		'ms',
		'kata-boot-summary',
		'About 0.5 s for the pod VM with QEMU to boot its kernel and agent (about 125 ms with Firecracker), seen in a summary.'
	),
	createPerSecond: estimate(
		5,
		'count',
		'Each pod VM is created and booted by its own shim; no published rate.'
	),
	containerCreateMs: estimate(
		50,
		'ms',
		'The agent creates the container inside the VM from the shared image; no published figure.'
	),
	cpuOverheadPct: estimate(
		2.3,
		'percent',
		'The same hardware virtualisation as KVM, whose CPU-bound cost Felter et al. measured at 2.3 %.',
		'felter-2015'
	),
	ioOverheadPct: estimate(
		KVM_IO_OVERHEAD_PCT.value,
		'percent',
		'virtio-net and virtio-fs through QEMU: taken equal to KVM’s measured cost per I/O.',
		'felter-2015'
	)
};
