import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	schedule,
	scheduleHeuristic,
	validateResult
} from '../../../src/lib/domain/scheduler/index';
import { bruteForce, draft, toInstance } from './random-instances';

describe('scheduler properties on random instances', () => {
	it('heuristic results are valid, keep locks and stay under the upper bound', () => {
		fc.assert(
			fc.property(draft(8, 8, 20), (d) => {
				const instance = toInstance(d);
				const result = scheduleHeuristic(instance, { timeBudgetMs: 50 });
				expect(validateResult(instance, result)).toEqual([]);
				expect(result.stats.scheduledWeight).toBeLessThanOrEqual(result.stats.upperBound);
				for (const lock of instance.locked ?? []) expect(result.meetings).toContainEqual(lock);
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('auto mode results are valid and never claim optimality above the bound', async () => {
		await fc.assert(
			fc.asyncProperty(draft(6, 7, 14), async (d) => {
				const instance = toInstance(d);
				const result = await schedule(instance, { timeBudgetMs: 200 });
				expect(validateResult(instance, result)).toEqual([]);
				if (result.stats.optimal) {
					expect(result.stats.scheduledWeight).toBe(result.stats.upperBound);
				}
			}),
			{ numRuns: 40 }
		);
	}, 120_000);

	it('exact mode on tiny instances equals the brute-force optimum', async () => {
		await fc.assert(
			fc.asyncProperty(draft(3, 5, 6), async (d) => {
				const instance = toInstance(d);
				const result = await schedule(instance, { mode: 'exact' });
				const optimum = bruteForce(instance);
				expect(validateResult(instance, result)).toEqual([]);
				expect(result.stats.scheduledWeight).toBe(optimum);
				expect(result.stats.optimal).toBe(true);
				expect(result.stats.upperBound).toBe(optimum);
			}),
			{ numRuns: 40 }
		);
	}, 120_000);
});
