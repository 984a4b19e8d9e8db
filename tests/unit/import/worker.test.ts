/**
 * The off-thread reader: the worker's handler, and the client's answers for a reply, a crash, a
 * worker that never answers, and no Worker at all. The browser's own Worker is stood in for by a
 * small object that runs the same handler.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStackOffThread, type WorkerLike } from '$lib/import/client';
import { handleImportRequest, type ImportRequest } from '$lib/import/workerProtocol';

const compose = readFileSync(new URL('./fixtures/shop-compose.yml', import.meta.url), 'utf8');

/** A stand-in Worker: answers with the real handler on the next microtask, or not at all. */
function fakeWorker(mode: 'answer' | 'crash' | 'silent') {
	const calls = { posted: [] as ImportRequest[], terminated: 0 };
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage(message) {
			calls.posted.push(message);
			queueMicrotask(() => {
				if (mode === 'answer')
					worker.onmessage?.({ data: handleImportRequest(message) } as MessageEvent);
				if (mode === 'crash') worker.onerror?.({} as ErrorEvent);
			});
		},
		terminate() {
			calls.terminated++;
		}
	};
	return { worker, calls };
}

afterEach(() => {
	vi.useRealTimers();
});

describe('handleImportRequest', () => {
	it('answers with the same id and the reader’s result', () => {
		const r = handleImportRequest({ id: 7, input: compose });
		expect(r.id).toBe(7);
		expect(r.result.ok && r.result.stack.items.length).toBe(5);
	});

	it('reads bytes as well as text', () => {
		const bytes = new TextEncoder().encode(compose);
		const r = handleImportRequest({ id: 1, input: bytes.buffer as ArrayBuffer });
		expect(r.result.ok).toBe(true);
	});
});

describe('readStackOffThread', () => {
	it('resolves with the worker’s answer and stops the worker', async () => {
		const { worker, calls } = fakeWorker('answer');
		const r = await readStackOffThread(compose, { profiles: ['debug'] }, () => worker);
		expect(r.ok && r.stack.items.map((i) => i.name)).toContain('adminer');
		expect(calls.posted[0]!.options).toEqual({ profiles: ['debug'] });
		expect(calls.terminated).toBe(1);
	});

	it('turns a worker crash into a clear message', async () => {
		const { worker, calls } = fakeWorker('crash');
		const r = await readStackOffThread(compose, {}, () => worker);
		expect(!r.ok && r.error.message).toBe(
			'The importer stopped unexpectedly; nothing was changed.'
		);
		expect(calls.terminated).toBe(1);
	});

	it('stops a worker that never answers', async () => {
		vi.useFakeTimers();
		const { worker, calls } = fakeWorker('silent');
		const pending = readStackOffThread(compose, {}, () => worker, 5000);
		await vi.advanceTimersByTimeAsync(5000);
		const r = await pending;
		expect(!r.ok && r.error.message).toContain('took too long');
		expect(calls.terminated).toBe(1);
	});

	it('reads in place where there is no Worker', async () => {
		const r = await readStackOffThread(compose, {}, null);
		expect(r.ok && r.stack.source).toBe('compose');
	});
});
