import { describe, expect, it, vi } from 'vitest';
import { prepare } from '../../../src/lib/domain/scheduler/heuristic';
import { schedule, validateResult } from '../../../src/lib/domain/scheduler/index';
import { startUpperBound } from '../../../src/lib/domain/scheduler/upper-bound';
import { oddCycle } from './fixtures';

// As in a runtime without worker threads (or a bundle where `highs` cannot be resolved).
vi.mock('node:worker_threads', () => ({
	Worker: class {
		constructor() {
			throw new Error('worker threads are not available here');
		}
	}
}));

describe('upper bound without worker threads', () => {
	it('solves the LP relaxation in this thread instead', async () => {
		const logged: string[] = [];
		const bound = await startUpperBound(prepare(oddCycle), {
			useSolver: true,
			deadline: Date.now() + 60_000,
			pdhg: false,
			onLog: (e) => logged.push(`${e.level}: ${e.message}`)
		});
		expect(bound.concurrent).toBe(false);
		const proven = await bound.finish(0, Date.now() + 1_000);
		expect(proven.upperBound).toBe(5);
		expect(proven.stats.method).toBe('lp-per-slot');
		// Why the worker was not used is logged, not swallowed.
		expect(logged.join('\n')).toMatch(/worker threads are not available here/);
	});

	it('still schedules and proves the optimum', async () => {
		const result = await schedule(oddCycle, { mode: 'exact' });
		expect(validateResult(oddCycle, result)).toEqual([]);
		expect(result.stats).toMatchObject({ scheduledWeight: 4, upperBound: 4, optimal: true });
	});
});
