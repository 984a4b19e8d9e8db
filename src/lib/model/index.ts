/** The resource model's public surface. Pure TypeScript: no DOM, no framework. */
export * from './types';
export { evaluate } from './evaluate';
export { maxInstances } from './density';
export { kindTable, type KindFigures, type KindStartup } from './kindTable';
export { isCatalogWorkload, workloadIn } from './workloadBook';
export { KIND_MODULES } from './kinds';
export type { Isolation as IsolationBoundary } from './kinds';
export { unpackedMiB } from './disk';
export { unsupportedReasonFor } from './support';
// explain() is imported from '$lib/model/explain' where it is used (the dialog, loaded on first
// use), so the main route does not carry the explanations' code.
export type { Explanation, ExplainTarget, ExplanationInput, NodeFigureId } from './explain';
export { sanitize, ModelInputError } from './validate';
export { defaultScenario, DEFAULT_HOST } from './defaults';
export { INPUT_LIMITS } from './limits';
export {
	formatMiB,
	formatMs,
	formatCores,
	formatVcpus,
	formatCount,
	formatPercent,
	formatRatio,
	formatQuantity,
	ordinal
} from './format';
export {
	KERNEL_LABEL,
	LAYER_LABEL,
	PHASE_LABEL,
	RESOURCE_LABEL,
	START_LIMIT_LABEL,
	capitalise
} from './labels';
export { KIND_LABEL, KIND_PLURAL, groupName, templateName, workloadNameIn } from './names';
// SOURCES (the citations' texts) is imported from '$lib/model/catalog/sources' where it is read.
export type { Source, SourceId } from './catalog/sources';
export { WORKLOADS, IMAGE_LAYERS, type LayerId, type Workload } from './catalog/workloads';
export { GUEST_OSES, type GuestOs } from './catalog/guestOs';
export { HOST_OS_INFO, HYPERVISOR_INFO, ENGINE_INFO, NETWORK_MODES } from './catalog';
export { kindName } from './resolve';
export { utilityVmParts, placementOf } from './reportHost';
// isolationSpectrum() is imported from '$lib/model/reportSpectrum' where it is used (a lesson's view,
// loaded on first use): it names its sources, so it carries the explanations' code.
export type { Cited } from './catalog/cited';
// What a person may choose for a host or a group, with labels: the views' selects read these.
export * from './choices';
