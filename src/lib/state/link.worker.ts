/// <reference lib="webworker" />
/**
 * Encodes a large state's link off the page's thread: packing, JSON and compression of a
 * 10,000-group scenario take a tenth of a second or more, which would otherwise hold up the
 * next click. The page sends the state's file text (one string, not a copy of every object).
 */
import { encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';
import type { LinkRequest } from './linkEncoder';

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.onmessage = (e: MessageEvent<LinkRequest>) => {
	const { id } = e.data;
	let state: SharedState;
	if ('text' in e.data) {
		// The file text this version just wrote: its state is everything but the file's own keys.
		const { format: _f, version: _v, ...rest } = JSON.parse(e.data.text) as Record<string, unknown>;
		void _f;
		void _v;
		state = rest as unknown as SharedState;
	} else state = e.data.state;
	worker.postMessage({ id, link: encodeLink(state) });
};
