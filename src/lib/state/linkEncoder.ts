import { encodeLink } from '$lib/scenario/link';
import type { SharedState } from '$lib/scenario/shared';

/** What the link worker is sent: the state, or its file text (format, version, state). */
export type LinkRequest = { id: number; state: SharedState } | { id: number; text: string };

/** Past this many groups in all (both sides and a lesson's own steps), a link is encoded in a worker. */
const WORKER_GROUPS = 500;

const groupsIn = (s: SharedState): number =>
	s.scenario.groups.length +
	(s.compare?.groups.length ?? 0) +
	(s.lesson?.extra?.reduce((n, e) => n + e.scenario.groups.length, 0) ?? 0);

/**
 * Encodes links for the address bar without holding up the page: a large state is packed and
 * compressed in a worker (started on first need, one per page); a small one, or any where
 * workers fail, here.
 */
export class LinkEncoder {
	#worker: Worker | null = null;
	#failed = false;
	#next = 0;
	#waiting = new Map<number, (link: string | null) => void>();

	/**
	 * The state's link. A large state goes to the worker as its file text (`text()`, which the
	 * autosave has usually just made): a string is handed over whole, where the state itself
	 * would be copied object by object on the page's thread.
	 */
	encode(state: SharedState, text?: () => string): Promise<string> {
		const worker = groupsIn(state) >= WORKER_GROUPS ? this.#start() : null;
		if (!worker) return Promise.resolve(encodeLink(state));
		const id = ++this.#next;
		return new Promise((resolve) => {
			this.#waiting.set(id, (link) => resolve(link ?? encodeLink(state)));
			try {
				worker.postMessage(text ? { id, text: text() } : ({ id, state } satisfies LinkRequest));
			} catch {
				this.#fail();
			}
		});
	}

	#start(): Worker | null {
		if (this.#worker || this.#failed) return this.#worker;
		try {
			const worker = new Worker(new URL('./link.worker.ts', import.meta.url), { type: 'module' });
			worker.onmessage = (e: MessageEvent<{ id: number; link: string }>) => {
				this.#waiting.get(e.data.id)?.(e.data.link);
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
