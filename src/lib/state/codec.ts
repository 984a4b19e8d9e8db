/**
 * Everything that reads and writes a person's work in a format — links (fflate), scenario files,
 * the autosave, the schema that checks them (valibot) — as one chunk. The page loads it through
 * codecLoader.ts only when there is a link or an autosave to read, or on the first write.
 */
export { decodeLink, encodeLink } from '$lib/scenario/link';
export { exportFileText, fromFileJson } from '$lib/scenario/file';
export { fromUnknown, readBackScenario } from '$lib/scenario/shared';
export { openFrom } from './open';
export { readSaved, SavedWriter } from './persistence';
export { LinkEncoder } from './linkEncoder';
