/** The ranges the model accepts. Values outside are clamped with an error note. */
export const INPUT_LIMITS = {
	cpuCores: { min: 1, max: 4096, default: 16, unit: 'cores', label: 'Host CPU cores' },
	memoryMiB: {
		min: 512,
		max: 64 * 1024 * 1024,
		default: 64 * 1024,
		unit: 'MiB',
		label: 'Host memory'
	},
	diskGiB: { min: 1, max: 1024 * 1024, default: 1000, unit: 'GiB', label: 'Host disk' },
	cpuOvercommit: { min: 1, max: 100, default: 4, unit: '×', label: 'CPU overcommit' },
	networkMbps: { min: 1, max: 400_000, default: 1000, unit: 'Mbit/s', label: 'Network speed' },
	count: { min: 0, max: 1_000_000_000, default: 1, unit: 'instances', label: 'Instance count' },
	vcpus: { min: 1, max: 768, default: 1, unit: 'vCPUs', label: 'vCPUs' },
	groupMemoryMiB: { min: 16, max: 24 * 1024 * 1024, default: 1024, unit: 'MiB', label: 'Memory' },
	demandCores: { min: 0, max: 768, default: 0.02, unit: 'cores', label: 'CPU demand' },
	maxPods: { min: 1, max: 1000, default: 110, unit: 'pods', label: 'Max pods per node' },
	utilityVmMemoryMiB: {
		min: 512,
		max: 64 * 1024 * 1024,
		default: 8192,
		unit: 'MiB',
		label: 'Hidden Linux VM memory limit'
	},
	groups: { min: 0, max: 10_000, default: 0, unit: 'groups', label: 'Groups' },
	ownWorkloads: { min: 0, max: 100, default: 0, unit: 'workloads', label: 'Own workloads' },
	ownLayers: { min: 0, max: 20, default: 0, unit: 'layers', label: 'Own layers' },
	layerMiB: { min: 0, max: 1024 * 1024, default: 10, unit: 'MiB', label: 'Layer size' },
	workingSetMiB: {
		min: 0,
		max: 24 * 1024 * 1024,
		default: 64,
		unit: 'MiB',
		label: 'Working set'
	},
	ioShare: { min: 0, max: 1, default: 0.5, unit: '', label: 'Share of work that is I/O' },
	appStartMs: { min: 0, max: 3_600_000, default: 500, unit: 'ms', label: 'App start' }
} as const;

export type LimitName = keyof typeof INPUT_LIMITS;
