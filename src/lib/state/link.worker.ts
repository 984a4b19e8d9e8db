/// <reference lib="webworker" />
/**
 * Encodes a large state's link off the page's thread: packing, JSON and compression of a
 * 10,000-group scenario take a tenth of a second or more, which would otherwise hold up the
 * next click.
 */
import { encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.onmessage = (e: MessageEvent<{ id: number; state: SharedState }>) => {
	const { id, state } = e.data;
	worker.postMessage({ id, link: encodeLink(state) });
};
