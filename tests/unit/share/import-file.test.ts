/** A scenario file is refused by its size before it is read (issue 23, item 12). */
import { describe, expect, it } from 'vitest';
import { FORMAT_LIMITS } from '$lib/model/limits';
import { scenarioFileTooLarge } from '$lib/share/importFile';

describe('scenarioFileTooLarge', () => {
	it('refuses a 550 MB file by its size, naming it and the limit', () => {
		const said = scenarioFileTooLarge('huge.json', 550_000_000);
		expect(said).toContain('“huge.json” is 550 MB');
		expect(said).toContain(`${FORMAT_LIMITS.fileChars / 1_000_000} MB`);
	});
	it('lets a file within the limit be read', () => {
		expect(scenarioFileTooLarge('ok.json', FORMAT_LIMITS.fileChars)).toBeNull();
	});
});
