import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate } from '$lib/model';

describe('evaluate(defaultScenario())', () => {
	it('fits and reports one group per scenario group', () => {
		const report = evaluate(defaultScenario());
		expect(report.fits).toBe(true);
		expect(report.groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
	});
});
