/**
 * Read pasted measurements off the page's thread: a worker per paste, stopped when it answers,
 * when it takes longer than `timeoutMs`, or when the person cancels (`signal`). Where no Worker
 * exists (tests, old browsers) the same reader runs in place. Either way the answer is a
 * MeasurementResult, never a throw.
 */
import type { MeasurementResult } from './types';

export interface MeasureRequest {
	id: number;
	text: string;
}
export interface MeasureResponse {
	id: number;
	result: MeasurementResult;
}

/** The part of a Worker this client uses (tests pass a stand-in). */
export interface MeasureWorkerLike {
	postMessage(message: MeasureRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<MeasureResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

export const MEASURE_TIMEOUT_MS = 10_000;

export const startMeasureWorker = (): MeasureWorkerLike =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as MeasureWorkerLike;

const failure = (message: string): MeasurementResult => ({
	ok: false,
	error: { code: 'internal', message }
});

export const CANCELLED = 'Reading was cancelled; nothing was changed.';

export async function readMeasurementOffThread(
	text: string,
	opts: {
		signal?: AbortSignal;
		timeoutMs?: number;
		makeWorker?: (() => MeasureWorkerLike) | null;
	} = {}
): Promise<MeasurementResult> {
	const makeWorker =
		opts.makeWorker !== undefined
			? opts.makeWorker
			: typeof Worker === 'undefined'
				? null
				: startMeasureWorker;
	if (!makeWorker) {
		const { readMeasurement } = await import('./index');
		return readMeasurement(text);
	}
	if (opts.signal?.aborted) return failure(CANCELLED);
	let worker: MeasureWorkerLike;
	try {
		worker = makeWorker();
	} catch {
		const { readMeasurement } = await import('./index');
		return readMeasurement(text);
	}
	return new Promise<MeasurementResult>((resolve) => {
		const finish = (result: MeasurementResult) => {
			clearTimeout(timer);
			opts.signal?.removeEventListener('abort', onAbort);
			worker.terminate();
			resolve(result);
		};
		const onAbort = () => finish(failure(CANCELLED));
		const timer = setTimeout(
			() =>
				finish(
					failure(
						'Reading this paste took too long and was stopped; nothing was changed. Paste fewer lines.'
					)
				),
			opts.timeoutMs ?? MEASURE_TIMEOUT_MS
		);
		opts.signal?.addEventListener('abort', onAbort);
		worker.onmessage = (event) => {
			if (event.data.id === 1) finish(event.data.result);
		};
		worker.onerror = () => finish(failure('The reader stopped unexpectedly; nothing was changed.'));
		worker.postMessage({ id: 1, text });
	});
}
