/**
 * Importing the files people have: compose files and Kubernetes manifests (`readStack`, or
 * `readStackOffThread` to parse in a Web Worker), and pasted measurements (`readMeasurement`,
 * in `$lib/import/measure`, which does not load the YAML library). Load this module with a
 * dynamic `import()`: the YAML library then stays out of the page's main bundle.
 */
export { readStack, detectKind, type ReadOptions } from './read';
export { readStackOffThread, type WorkerFactory, type WorkerLike } from './client';
export { parseImageRef } from './imageRef';
export { catalogMatch, nearestBase } from './match';
export { parseQuantity, memoryMiB, cpuCores } from './quantity';
export { composeBytesMiB, composeCpus } from './composeValues';
export { DEFAULT_LIMITS } from './input';
export type * from './types';
