/// <reference lib="webworker" />
/**
 * The import worker: parses a dropped file or pasted text off the page's thread, so even a
 * large input never blocks scrolling or typing. Started by client.ts.
 */
import { handleImportRequest, type ImportRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ImportRequest>) => {
	scope.postMessage(handleImportRequest(event.data));
};
