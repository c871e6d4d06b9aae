import { describe, expect, it } from 'vitest';
import { niceTicks, spansYears } from '../../../src/lib/domain/chart-axis';

describe('dashboard chart axis', () => {
	it('ticks are evenly spaced round numbers that reach the highest value', () => {
		for (const max of [1, 3, 7, 13, 48, 99, 101, 740, 2501]) {
			const ticks = niceTicks(max);
			expect(ticks[0]).toBe(0);
			expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
			const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]));
			expect(steps.size, `ticks for ${max}: ${ticks}`).toBe(1);
			expect([...steps][0]).toBeGreaterThan(0);
			expect(ticks.length).toBeLessThanOrEqual(6);
		}
		// The old axis put 0, 4 and 7 for a highest bar of 7: steps of 4 and 3.
		expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
	});

	it('dates of two years need the year in their labels', () => {
		expect(spansYears(['2026-11-30', '2027-09-21'])).toBe(true);
		expect(spansYears(['2027-09-21', '2027-09-22'])).toBe(false);
	});
});
