/**
 * Read a stack off the page's thread: start the import worker (Vite bundles it, with the YAML
 * library, as its own file), send it the input, and resolve with its answer. A worker that does
 * not answer within `timeoutMs` is stopped and the answer is an error, so the tab never waits
 * forever. Where no Worker exists (tests, old browsers) the same reader runs in place, loaded
 * with a dynamic import so the page's own bundle stays small either way.
 */
import type { ReadOptions } from './read';
import type { ImportResult } from './types';
import type { ImportRequest, ImportResponse } from './workerProtocol';

/** The part of a Worker this client uses (so tests can pass a stand-in). */
export interface WorkerLike {
	postMessage(message: ImportRequest, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerLike;

export const DEFAULT_TIMEOUT_MS = 30_000;

export function startImportWorker(): WorkerLike {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;
}

const failure = (message: string): ImportResult => ({
	ok: false,
	error: { code: 'internal', message }
});

export async function readStackOffThread(
	input: string | ArrayBuffer,
	options: ReadOptions = {},
	makeWorker: WorkerFactory | null = typeof Worker === 'undefined' ? null : startImportWorker,
	timeoutMs = DEFAULT_TIMEOUT_MS
): Promise<ImportResult> {
	if (!makeWorker) {
		const { readStack } = await import('./read');
		return readStack(input, options);
	}
	// One worker per input, so one request id is enough; the id guards against stray messages.
	const worker = makeWorker();
	const id = 1;
	return new Promise<ImportResult>((resolve) => {
		const finish = (result: ImportResult) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(result);
		};
		const timer = setTimeout(
			() =>
				finish(
					failure(
						'Reading this input took too long and was stopped; nothing was changed. Try a smaller file.'
					)
				),
			timeoutMs
		);
		worker.onmessage = (event) => {
			if (event.data.id === id) finish(event.data.result);
		};
		worker.onerror = () =>
			finish(failure('The importer stopped unexpectedly; nothing was changed.'));
		worker.postMessage({ id, input, options }, typeof input === 'string' ? [] : [input]);
	});
}
