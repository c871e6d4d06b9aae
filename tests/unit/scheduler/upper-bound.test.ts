import { describe, expect, it } from 'vitest';
import { finish, prepare } from '../../../src/lib/domain/scheduler/heuristic';
import { priorityGreedy } from '../../../src/lib/domain/scheduler/greedy';
import { startLpWorker } from '../../../src/lib/domain/scheduler/lp-worker';
import { startUpperBound } from '../../../src/lib/domain/scheduler/upper-bound';
import { oddCycle, pairs, slot } from './fixtures';

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
			{ deadline: Date.now() + 60_000, solver: 'choose' }
		);
		if ('error' in job) throw new Error(job.error);
		const outcome = await job.result(Date.now() + 60_000);
		expect(outcome.answer?.status).toBe('optimal');
		const dual = outcome.answer?.dual;
		expect(dual && Math.abs(dual[0])).toBeCloseTo(2, 6);
	});
});

describe('startUpperBound', () => {
	it('proves the LP bound with HiGHS in a worker while this thread stays free', async () => {
		const m = prepare(oddCycle);
		const bound = await startUpperBound(m, {
			useSolver: true,
			deadline: Date.now() + 60_000,
			pdhg: false
		});
		expect(bound.concurrent).toBe(true);
		// Five people in a cycle, one slot: the LP puts 1/2 on each meeting (weight 2 each).
		const proven = await bound.finish(0, Date.now() + 1_000);
		expect(proven.upperBound).toBe(5);
		expect(proven.stats).toMatchObject({
			method: 'lp-per-slot',
			lpSolver: 'highs',
			highsStatus: 'optimal'
		});
	});

	it('certifies with PDHG on this thread and leaves HiGHS unstarted', async () => {
		const m = prepare(oddCycle);
		const bound = await startUpperBound(m, { useSolver: true, deadline: Date.now() + 60_000 });
		expect(bound.pdhg).not.toBeNull();
		expect(bound.concurrent).toBe(false);
		// The greedy schedules 4 of the LP's 5: a bound of 5 certifies it within 25 %.
		const proven = await bound.finish(4, Date.now() + 1_000, 5);
		expect(proven.upperBound).toBe(5);
		expect(proven.stats).toMatchObject({ method: 'lp-per-slot', lpSolver: 'pdhg', lpExact: true });
		expect(proven.stats.lpIterations).toBeGreaterThan(0);
		expect(bound.concurrent).toBe(false);
	});

	it('falls back to the subgradient bound without the solver', async () => {
		const m = prepare(oddCycle);
		const bound = await startUpperBound(m, { useSolver: false, deadline: Date.now() + 60_000 });
		expect(bound.concurrent).toBe(false);
		const proven = await bound.finish(4, Date.now() + 1_000);
		expect(proven.upperBound).toBeGreaterThanOrEqual(4);
		expect(proven.stats.method).toBe('lagrangian');
	});
});

describe('bound that follows the slots', () => {
	it('does not add up tables across a day where nobody can use them (day LP 2, optimum 1)', async () => {
		const instance = {
			slots: [slot('s1', 0, 1), slot('s2', 1, 1)],
			participants: [
				{ id: 'p1', available: ['s1'] },
				{ id: 'p2', available: ['s1'] },
				{ id: 'p3', available: ['s1'] },
				{ id: 'p4', available: ['s1'] }
			],
			requests: pairs(['p1', 'p2'], ['p3', 'p4'])
		};
		const bound = await startUpperBound(prepare(instance), {
			useSolver: true,
			deadline: Date.now() + 60_000
		});
		const proven = await bound.finish(0, Date.now() + 1_000);
		expect(proven.upperBound).toBe(1);
		expect(proven.stats.lpExact).toBe(true);
	});

	it('is reported as proven, never lifted to the schedule weight', () => {
		const m = prepare(oddCycle);
		const state = priorityGreedy(m);
		const result = finish(state, { upperBound: 1, started: Date.now(), gapDeadline: Date.now() });
		expect(result.stats.scheduledWeight).toBe(4);
		// A wrong bound must show, so that tests comparing bound and weight can fail.
		expect(result.stats.upperBound).toBe(1);
		expect(result.stats.optimal).toBe(false);
	});
});
