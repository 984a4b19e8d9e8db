/// <reference lib="webworker" />
/**
 * Compresses a link's payload off the page's thread: a 10,000-group scenario takes a tenth of a
 * second to deflate, which would otherwise hold up the next click.
 */
import { deflateSync } from 'fflate';

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.onmessage = (
	e: MessageEvent<{ id: number; bytes: Uint8Array; dictionary?: Uint8Array }>
) => {
	const { id, bytes, dictionary } = e.data;
	const out = deflateSync(bytes, { level: 9, dictionary });
	worker.postMessage({ id, out }, [out.buffer]);
};
