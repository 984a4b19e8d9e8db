/**
 * Every limit of a scenario and of the formats that carry it, defined once. The model clamps to
 * INPUT_LIMITS; the link, file and autosave readers refuse past FORMAT_LIMITS; and every writer
 * keeps inside the same numbers, so the app never writes what it cannot read back.
 * docs/scenario-format.md states each one; a test checks that it states these values.
 */

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
	requestMiB: {
		min: 0,
		max: 24 * 1024 * 1024,
		default: 0,
		unit: 'MiB',
		label: 'Memory request'
	},
	requestCores: { min: 0, max: 768, default: 0, unit: 'cores', label: 'CPU request' },
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

/** Lengths of text fields, in characters. Longer text is refused on reading and cut on writing. */
export const TEXT_LIMITS = {
	/** A group's id, unique in its scenario. */
	groupId: 64,
	/** A scenario's name. */
	name: 200,
	/** A group's label. */
	label: 200,
	/** The caption of a teacher's own lesson step. */
	caption: 500,
	/** A lesson's id. */
	lessonId: 60,
	/** A word from a fixed list (kind, workload, host OS, …): anything longer is not one. */
	word: 60
} as const;

/** Limits of the state as a whole and of the formats that carry it. */
export const FORMAT_LIMITS = {
	/** Steps a teacher may add to a lesson. */
	lessonSteps: 100,
	/** Longest scenario file (and autosave) read, in characters of JSON text. */
	fileChars: 5_000_000,
	/** Longest link payload (the `s` parameter) read, in characters. */
	linkChars: 200_000,
	/** Most JSON a link may unpack to, in bytes. */
	linkJsonBytes: 5_000_000,
	/** Undo steps kept per side, in the page and in the autosave. */
	undoSteps: 200,
	/**
	 * Characters of undo history the autosave holds (nearest steps first): saving a 10,000-group
	 * scenario's history on every edit would take longer than the edit.
	 */
	undoChars: 1_000_000,
	/**
	 * Longest link offered for sharing without a warning, in characters of the whole address:
	 * many servers and chat tools refuse or cut addresses past about 8 KB.
	 */
	shareableUrlChars: 8000
} as const;
