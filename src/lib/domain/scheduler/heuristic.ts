import { lagrangianBound } from './bound';
import { countIdleGaps, reduceIdleGaps, slotsByDay } from './gaps';
import { firstFree, priorityGreedy } from './greedy';
import { largeNeighbourhoodSearch } from './lns';
import { buildModel, type Model } from './model';
import { parseInstance } from './parse';
import { toResult } from './result';
import type { Assignment } from './state';
import type {
	BoundStats,
	SchedulerInstance,
	SchedulerProgress,
	SchedulerResult,
	StopReason
} from './types';

/**
 * Default soft budget: 5 s up to 2,500 requests, 2 ms a request up to 5,000 (10 s: the LP
 * that proves the bound and guides the search needs that on 2 busy cores, where HiGHS's first,
 * not yet optimised solve alone took 2-4 s), then 0.55 ms a request up to 40 s. Runs stop
 * earlier once the schedule is within the gap tolerance of its proven bound.
 */
export function defaultBudgetMs(instance: SchedulerInstance): number {
	const n = instance.requests.length;
	if (n <= 5_000) return Math.max(5_000, 2 * n);
	return Math.min(40_000, Math.max(10_000, n * 0.55));
}

/** Validates (the typed input may still come from untrusted JSON) and indexes the instance. */
export function prepare(instance: SchedulerInstance): Model {
	return buildModel(parseInstance(instance));
}

/**
 * Greedy start, then large-neighbourhood search until `deadline`. The systematic ejection-chain
 * passes that used to come first are left out: with the same time, LNS straight after the
 * greedy did better on both benchmark events measured (300 people: 2461 vs 2452 of optimum
 * 2469 in the default budget; 5,000 people: 41392 vs 41382 in 11 s), because the deep chain
 * passes spend their time on requests that cannot move. LNS still uses the chains for repairs.
 */
export function heuristicAssignment(
	m: Model,
	deadline: number,
	onProgress?: (p: SchedulerProgress) => void
): Assignment {
	onProgress?.({ phase: 'greedy', fraction: 0 });
	const state = priorityGreedy(m);
	onProgress?.({ phase: 'improve', fraction: 0.2 });
	largeNeighbourhoodSearch(state, deadline);
	return state;
}

/**
 * Gap post-pass, table numbers and stats: the common tail of every mode. The bound is
 * reported as proven, never lifted to the schedule's weight: a bound below the weight is a
 * bug that the tests must see.
 */
export function finish(
	state: Assignment,
	bound: {
		upperBound: number;
		started: number;
		gapDeadline: number;
		stats?: BoundStats;
		stopped?: StopReason;
	}
): SchedulerResult {
	const days = slotsByDay(state.model);
	reduceIdleGaps(state, days, bound.gapDeadline);
	const weight = state.weight;
	const { upperBound } = bound;
	return toResult(state, {
		upperBound,
		optimal: Math.abs(upperBound - weight) <= 1e-6 * Math.max(1, weight),
		idleGaps: countIdleGaps(state, days),
		millis: Date.now() - bound.started,
		...(bound.stats ? { bound: bound.stats } : {}),
		...(bound.stopped ? { stopped: bound.stopped } : {})
	});
}

/** Fast synchronous schedule without the MILP solver, for previews and the largest events. */
export function scheduleHeuristic(
	instance: SchedulerInstance,
	options: { timeBudgetMs?: number } = {}
): SchedulerResult {
	const started = Date.now();
	const m = prepare(instance);
	const budget = options.timeBudgetMs ?? defaultBudgetMs(instance);
	const state = heuristicAssignment(m, started + budget * 0.7);
	const upperBound = lagrangianBound(m, state.weight, Date.now() + budget * 0.2);
	const stats: BoundStats = { method: 'lagrangian', start: 'zero' };
	const stopped: StopReason = upperBound <= state.weight ? 'optimal' : 'budget';
	return finish(state, { upperBound, started, gapDeadline: started + budget, stats, stopped });
}

/** The comparison baseline: arrival order, earliest slot where both are free. */
export function firstFreeBaseline(instance: SchedulerInstance): SchedulerResult {
	const started = Date.now();
	const m = prepare(instance);
	const state = firstFree(m);
	const days = slotsByDay(m);
	const upperBound = lagrangianBound(m, state.weight, started, { maxIter: 1 });
	return toResult(state, {
		upperBound,
		optimal: upperBound === state.weight,
		idleGaps: countIdleGaps(state, days),
		millis: Date.now() - started
	});
}
