import { roundBound } from './bound';
import { defaultBudgetMs, finish, heuristicAssignment, prepare } from './heuristic';
import { preloadHighs, solveMilp } from './milp';
import type { Model } from './model';
import type { Assignment } from './state';
import type { SchedulerInstance, SchedulerOptions, SchedulerResult } from './types';
import { startUpperBound } from './upper-bound';

/**
 * In 'auto' mode HiGHS branch-and-bound only runs on models this small: at about 16k
 * variables its root LP alone took 1.5-2 s here, which a 2 s budget cannot afford.
 */
const AUTO_MILP_VARIABLES = 6_000;

interface Exact {
	state: Assignment;
	upperBound: number;
}

/** Branch and bound warm-started from the heuristic; keeps whichever schedule is heavier. */
async function runMilp(m: Model, current: Exact, seconds: number): Promise<Exact> {
	const outcome = await solveMilp(m, { seconds, start: current.state });
	if (!outcome) return current;
	const upperBound = Math.min(current.upperBound, roundBound(m, outcome.bound));
	const better = outcome.state && outcome.state.weight > current.state.weight;
	return { state: better && outcome.state ? outcome.state : current.state, upperBound };
}

/**
 * Full scheduler: heuristic start, proven bound, then HiGHS when the model is small enough
 * ('auto') or always ('exact', without a time limit unless timeBudgetMs is given).
 */
export async function schedule(
	instance: SchedulerInstance,
	options: SchedulerOptions = {}
): Promise<SchedulerResult> {
	const started = Date.now();
	const m = prepare(instance);
	const mode = options.mode ?? 'auto';
	const budget = options.timeBudgetMs ?? defaultBudgetMs(instance);
	const report = options.onProgress;
	const bound = await startUpperBound(m, {
		useSolver: mode !== 'heuristic',
		deadline: started + budget * 0.9,
		// A worker costs this thread nothing while it runs, so it may use nearly the whole budget.
		workerDeadline: started + budget * 0.95
	});
	const milp = mode === 'exact' || (mode === 'auto' && m.feasSlots.length <= AUTO_MILP_VARIABLES);
	// Only this thread's own HiGHS uses need it: compiling 3.5 MB of WebAssembly is not free.
	if (milp || (mode !== 'heuristic' && !bound.concurrent)) preloadHighs();
	// With HiGHS on the other core the heuristic can use most of the budget itself.
	const heuristicShare = bound.concurrent ? 0.8 : 0.45;
	const state = heuristicAssignment(m, started + budget * heuristicShare, report);
	report?.({ phase: 'bound', fraction: 0.5 });
	const upperBound = await bound.finish(state.weight);
	let best: Exact = { state, upperBound };
	if (milp && upperBound > state.weight) {
		report?.({ phase: 'exact', fraction: 0.6 });
		const left = started + budget * 0.9 - Date.now();
		const exactSeconds = options.timeBudgetMs === undefined ? Infinity : left / 1000;
		best = await runMilp(m, best, mode === 'exact' ? exactSeconds : left / 1000);
	}
	report?.({ phase: 'gaps', fraction: 0.9 });
	const result = finish(best.state, {
		upperBound: best.upperBound,
		started,
		gapDeadline: Math.max(Date.now() + 50, started + budget)
	});
	report?.({ phase: 'done', fraction: 1 });
	return result;
}
