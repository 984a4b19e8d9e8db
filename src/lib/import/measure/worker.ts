/// <reference lib="webworker" />
/**
 * The measurement worker: reads pasted command output off the page's thread, so a huge or hostile
 * paste never blocks typing or scrolling. Started by client.ts.
 */
import { readMeasurement } from './index';
import type { MeasureRequest } from './client';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<MeasureRequest>) => {
	const { id, text } = event.data;
	scope.postMessage({ id, result: readMeasurement(text) });
};
