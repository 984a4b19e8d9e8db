/**
 * What the import worker is asked and answers. `handleImportRequest` is the whole of the
 * worker's work, kept apart from the `self.onmessage` wiring so it can be tested in Node.
 */
import { readStack, type ReadOptions } from './read';
import type { ImportResult } from './types';

export interface ImportRequest {
	id: number;
	input: string | ArrayBuffer;
	options?: ReadOptions;
}

export interface ImportResponse {
	id: number;
	result: ImportResult;
}

export function handleImportRequest(request: ImportRequest): ImportResponse {
	return { id: request.id, result: readStack(request.input, request.options) };
}
