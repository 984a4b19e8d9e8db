import { deflateSync } from 'fflate';
import { linkBytes, linkDeflateOptions, linkFromDeflated } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';

/** Past this much packed JSON, a link is compressed in a worker. */
const WORKER_BYTES = 32 * 1024;

/**
 * Encodes links for the address bar without holding up the page: a large state is compressed in
 * a worker (started on first need, one per page); a small one, or any where workers fail, here.
 */
export class LinkEncoder {
	#worker: Worker | null = null;
	#failed = false;
	#next = 0;
	#waiting = new Map<number, (out: Uint8Array | null) => void>();

	encode(state: SharedState): Promise<string> {
		const bytes = linkBytes(state);
		const options = linkDeflateOptions();
		const here = () => linkFromDeflated(deflateSync(bytes, options));
		const worker = bytes.length >= WORKER_BYTES ? this.#start() : null;
		if (!worker) return Promise.resolve(here());
		const id = ++this.#next;
		return new Promise((resolve) => {
			this.#waiting.set(id, (out) => resolve(out ? linkFromDeflated(out) : here()));
			worker.postMessage({ id, bytes, dictionary: options.dictionary });
		});
	}

	#start(): Worker | null {
		if (this.#worker || this.#failed) return this.#worker;
		try {
			const worker = new Worker(new URL('./deflate.worker.ts', import.meta.url), {
				type: 'module'
			});
			worker.onmessage = (e: MessageEvent<{ id: number; out: Uint8Array }>) => {
				this.#waiting.get(e.data.id)?.(e.data.out);
				this.#waiting.delete(e.data.id);
			};
			worker.onerror = () => this.#fail();
			this.#worker = worker;
		} catch {
			this.#fail();
		}
		return this.#worker;
	}

	/** The worker could not run: finish what waits here, and never try it again. */
	#fail(): void {
		this.#failed = true;
		this.#worker?.terminate();
		this.#worker = null;
		for (const done of this.#waiting.values()) done(null);
		this.#waiting.clear();
	}

	stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
