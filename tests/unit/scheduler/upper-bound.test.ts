import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/lib/domain/scheduler/heuristic';
import { startLpWorker } from '../../../src/lib/domain/scheduler/lp-worker';
import { startUpperBound } from '../../../src/lib/domain/scheduler/upper-bound';
import { oddCycle } from './fixtures';

describe('LP worker', () => {
	it('solves an LP in a worker thread and returns its row duals', async () => {
		// max x1 + 2 x2 subject to x1 + x2 <= 1/2: the row's dual is 2 (its sign is HiGHS's).
		const job = await startLpWorker(
			{
				numCols: 2,
				numRows: 1,
				colCost: Float64Array.of(1, 2),
				colLower: new Float64Array(2),
				colUpper: Float64Array.of(1, 1),
				rowUpper: Float64Array.of(0.5),
				starts: Int32Array.of(0, 1, 2),
				indices: Int32Array.of(0, 0)
			},
			{ seconds: 60, solver: 'choose' }
		);
		expect(job).not.toBeNull();
		const dual = await job?.duals(Date.now() + 60_000);
		expect(dual && Math.abs(dual[0])).toBeCloseTo(2, 6);
	});
});

describe('startUpperBound', () => {
	it('proves the LP bound with HiGHS in a worker while this thread stays free', async () => {
		const m = prepare(oddCycle);
		const bound = await startUpperBound(m, {
			useSolver: true,
			deadline: Date.now() + 60_000
		});
		expect(bound.concurrent).toBe(true);
		// Five people in a cycle, one slot: the LP puts 1/2 on each meeting (weight 2 each).
		expect(await bound.finish(0)).toBe(5);
	});

	it('falls back to the subgradient bound without the solver', async () => {
		const m = prepare(oddCycle);
		const bound = await startUpperBound(m, { useSolver: false, deadline: Date.now() + 60_000 });
		expect(bound.concurrent).toBe(false);
		expect(await bound.finish(4)).toBeGreaterThanOrEqual(4);
	});
});
