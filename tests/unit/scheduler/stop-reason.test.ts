import { describe, expect, it } from 'vitest';
import {
	DEFAULT_GAP_TOLERANCE,
	schedule,
	validateResult
} from '../../../src/lib/domain/scheduler/index';
import { generateInstance } from '../../bench/scheduler-instances';
import { oddCycle } from './fixtures';

/** A small event like the benchmark's: varying tables and availability, caps, locks. */
const event = generateInstance({
	participants: 80,
	requests: 300,
	slots: 12,
	slotsPerDay: 6,
	tableRatio: 0.8,
	locks: 3,
	seed: 7,
	varying: true
});

describe('why a run stopped (stats.stopped)', () => {
	it('stops well before a long budget once the schedule is within the gap of its bound', async () => {
		const tolerance = 0.05;
		const budget = 60_000;
		const result = await schedule(event, { timeBudgetMs: budget, gapTolerance: tolerance });
		const { scheduledWeight, upperBound, stopped, millis } = result.stats;
		expect(validateResult(event, result)).toEqual([]);
		expect(['gap', 'optimal']).toContain(stopped);
		// The certificate itself: a proven bound the weight is within the tolerance of.
		expect(scheduledWeight).toBeGreaterThanOrEqual((1 - tolerance) * upperBound);
		expect(millis).toBeLessThan(budget / 2);
	}, 90_000);

	it('with tolerance 0 never reports "gap": only a proven optimum or the budget ends it', async () => {
		const result = await schedule(event, { timeBudgetMs: 1_500, gapTolerance: 0 });
		const { scheduledWeight, upperBound, stopped } = result.stats;
		expect(validateResult(event, result)).toEqual([]);
		if (stopped === 'optimal') expect(upperBound).toBe(scheduledWeight);
		else expect(['budget', 'exhausted']).toContain(stopped);
	}, 30_000);

	it('reports "optimal" when branch and bound closes a gap the LP leaves open', async () => {
		// LP bound 5, optimum 4: 4 is not within 0.2 % of 5, so HiGHS must prove 4.
		expect(DEFAULT_GAP_TOLERANCE).toBe(0.002);
		const result = await schedule(oddCycle);
		expect(result.stats).toMatchObject({
			scheduledWeight: 4,
			upperBound: 4,
			optimal: true,
			stopped: 'optimal'
		});
	});
});
