import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prices } from '../../../src/lib/domain/scheduler/bound';
import { prepare } from '../../../src/lib/domain/scheduler/heuristic';
import { startUpperBound } from '../../../src/lib/domain/scheduler/upper-bound';
import { bruteForce, draft, perSlotLp, toInstance } from './random-instances';

/** How much above the per-slot LP the bound may be: float slack of the weak-duality sum. */
const TOLERANCE = 1e-6;

describe('upper bound on random instances (several slots a day, varying tables and availability)', () => {
	it('is never below the brute-force optimum, and never above the per-slot LP', async () => {
		await fc.assert(
			fc.asyncProperty(draft(10, 6, 9), async (d) => {
				const instance = toInstance(d);
				const m = prepare(instance);
				const job = await startUpperBound(m, {
					useSolver: true,
					deadline: Date.now() + 10_000,
					worker: false
				});
				const { upperBound, stats } = await job.finish(0, Date.now() + 200);
				expect(upperBound).toBeGreaterThanOrEqual(bruteForce(instance));
				expect(upperBound).toBeLessThanOrEqual((await perSlotLp(m)) * (1 + TOLERANCE) + TOLERANCE);
				expect(['lp-per-slot', 'lp-per-block']).toContain(stats.method);
				expect(stats.lpExact).toBe(true);
			}),
			{ numRuns: 60 }
		);
	}, 60_000);

	it('stays valid from coarse blocks refined by Lagrangian steps', async () => {
		await fc.assert(
			fc.asyncProperty(draft(10, 6, 9), async (d) => {
				const instance = toInstance(d);
				const m = prepare(instance);
				const job = await startUpperBound(m, {
					useSolver: true,
					deadline: Date.now() + 10_000,
					worker: false,
					// No exact LP allowed: blocks join slots whose tables or availability differ.
					limits: { exact: 0 }
				});
				const { upperBound, stats } = await job.finish(0, Date.now() + 100);
				expect(upperBound).toBeGreaterThanOrEqual(bruteForce(instance));
				expect(['lp-per-slot', 'lp-per-block', 'lagrangian']).toContain(stats.method);
			}),
			{ numRuns: 40 }
		);
	}, 60_000);

	it('any non-negative prices (a time-limited LP’s duals) give a valid bound', () => {
		fc.assert(
			fc.property(
				draft(8, 6, 9),
				fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 64, maxLength: 64 }),
				(d, noise) => {
					const instance = toInstance(d);
					const m = prepare(instance);
					const prices = new Prices(m);
					const pick = (i: number) => noise[i % noise.length];
					prices.mu.forEach((_, i) => (prices.mu[i] = pick(i)));
					prices.lambda.forEach((_, s) => (prices.lambda[s] = pick(s + 7)));
					prices.nu.forEach((_, p) => (prices.nu[p] = pick(p + 13)));
					expect(prices.evaluate()).toBeGreaterThanOrEqual(bruteForce(instance) - 1e-9);
				}
			),
			{ numRuns: 150 }
		);
	});
});
