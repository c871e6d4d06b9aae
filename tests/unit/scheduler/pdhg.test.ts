import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/lib/domain/scheduler/heuristic';
import { schedule, validateResult } from '../../../src/lib/domain/scheduler/index';
import { chooseRelaxation, PdhgBound } from '../../../src/lib/domain/scheduler/upper-bound';
import { VARYING_SHAPES, generateInstance } from '../../bench/scheduler-instances';
import { cachedOptimum } from '../../bench/scheduler-optima';
import { bruteForce, draft, perSlotLp, toInstance } from './random-instances';

/** How far above the per-slot LP PDHG's bound may stay after its iterations here. */
const PDHG_TOLERANCE = 1e-3;

describe('PDHG bound on random instances (several slots a day, varying tables and availability)', () => {
	it('is never below the brute-force optimum, and converges to the per-slot LP', async () => {
		await fc.assert(
			fc.asyncProperty(draft(10, 6, 9), async (d) => {
				const instance = toInstance(d);
				const m = prepare(instance);
				const choice = chooseRelaxation(m);
				if ('note' in choice || choice.rel.numCols === 0) return;
				const optimum = bruteForce(instance);
				const lp = await perSlotLp(m);
				const pdhg = new PdhgBound(m, choice, Date.now());
				// No clamp anywhere: every intermediate bound must already be valid.
				while (pdhg.solver.iterations < 20_000 && pdhg.bound > lp * (1 + PDHG_TOLERANCE)) {
					pdhg.slice(0);
					expect(pdhg.bound).toBeGreaterThanOrEqual(optimum);
				}
				expect(pdhg.bound).toBeLessThanOrEqual(lp * (1 + PDHG_TOLERANCE) + 1e-9);
			}),
			{ numRuns: 80 }
		);
	}, 60_000);
});

describe('schedule with PDHG', () => {
	it('certifies a 500-request event within the gap tolerance without HiGHS', async () => {
		const instance = generateInstance(VARYING_SHAPES.v500);
		const { optimum } = cachedOptimum('v500', instance);
		const result = await schedule(instance);
		expect(validateResult(instance, result)).toEqual([]);
		const { scheduledWeight, upperBound, bound, stopped } = result.stats;
		expect(bound).toMatchObject({ method: 'lp-per-slot', lpSolver: 'pdhg', lpExact: true });
		expect(['gap', 'optimal']).toContain(stopped);
		// The bound is proven (at least the optimum HiGHS proved) and tight.
		expect(upperBound).toBeGreaterThanOrEqual(optimum);
		expect(upperBound).toBeLessThanOrEqual(optimum * 1.01);
		expect(scheduledWeight).toBeGreaterThanOrEqual(0.998 * optimum);
	}, 30_000);
});
