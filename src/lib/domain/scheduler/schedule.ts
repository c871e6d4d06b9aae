import { roundBound } from './bound';
import { guidedGreedy, priorityGreedy } from './greedy';
import { defaultBudgetMs, finish, prepare } from './heuristic';
import { Lns } from './lns';
import { preloadHighs, solveMilp } from './milp';
import type { Model } from './model';
import type { Assignment } from './state';
import type {
	BoundStats,
	SchedulerInstance,
	SchedulerLogEvent,
	SchedulerOptions,
	SchedulerProgress,
	SchedulerResult,
	StopReason
} from './types';
import { DEFAULT_GAP_TOLERANCE } from './types';
import { coarseColumnLimit, startUpperBound, type BoundJob } from './upper-bound';

/**
 * In 'auto' mode HiGHS branch-and-bound only runs on models this small: at about 16k
 * variables its root LP alone took 1.5-2 s here, which a 2 s budget cannot afford.
 */
const AUTO_MILP_VARIABLES = 6_000;
/** Heuristic slices between which the LP worker's answer is picked up. */
const SLICE_MS = 40;
/** The search's slices while PDHG works towards its first guided start. */
const EARLY_SLICE_MS = 15;
/** PDHG's slices until then. */
const EARLY_PDHG_SLICE_MS = 60;
/**
 * PDHG's column values guide a second start once a slice lowers its bound by less than this
 * share (it is then close to the LP optimum).
 */
const PDHG_GUIDE_STEP = 0.002;
/** ... or once its bound is within this share of the schedule. */
const PDHG_GUIDE_GAP = 0.01;
/**
 * PDHG's column values are an interior point of the LP's optimal face, not a vertex: its
 * guided start ranks requests by halves of a meeting (then by priority), not by thousandths,
 * which gave heavier starts on all four benchmark events (v500: 866 against 863).
 */
const PDHG_GUIDE_RESOLUTION = 2;

interface Exact {
	state: Assignment;
	upperBound: number;
	stats: BoundStats;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Branch and bound warm-started from the heuristic; keeps whichever schedule is heavier. */
async function runMilp(
	m: Model,
	current: Exact,
	seconds: number,
	log: (e: SchedulerLogEvent) => void
): Promise<Exact> {
	const outcome = await solveMilp(m, { seconds, start: current.state });
	if ('error' in outcome) {
		log({ level: 'error', message: `Scheduler: ${outcome.error}; keeping the heuristic schedule` });
		return { ...current, stats: { ...current.stats, mipStatus: 'error', note: outcome.error } };
	}
	const mipBound = roundBound(m, outcome.bound);
	const better = outcome.state && outcome.state.weight > current.state.weight;
	const state = better && outcome.state ? outcome.state : current.state;
	const stats: BoundStats = { ...current.stats, mipStatus: outcome.status };
	if (mipBound < current.upperBound) {
		return { state, upperBound: mipBound, stats: { ...stats, method: 'mip' } };
	}
	return { state, upperBound: current.upperBound, stats };
}

/** How the search ended: it met the bound's target, ran to `end`, or had nothing left. */
type SearchEnd = 'target' | 'end' | 'exhausted';

/**
 * Greedy start and LNS in slices until `end`. When the LP's answer arrives, a second start
 * from its solution (guidedGreedy) joins, and both are improved in turn; the search stops
 * early once a schedule is certified by the LP's bound: weight >= (1 - tolerance) * bound
 * (with tolerance 0, only a schedule that meets the bound, which proves it optimal).
 */
async function improve(
	m: Model,
	bound: BoundJob,
	end: number,
	tolerance: number,
	report?: (p: SchedulerProgress) => void
): Promise<{ state: Assignment; ended: SearchEnd }> {
	report?.({ phase: 'greedy', fraction: 0 });
	const searches = [new Lns(priorityGreedy(m))];
	report?.({ phase: 'improve', fraction: 0.2 });
	let target = Infinity;
	let guided = false;
	let pdhgGuided = false;
	let guideIterations = 0;
	const pdhg = bound.pdhg;
	const done = new Set<Lns>();
	const best = () => searches.reduce((x, y) => (y.state.weight > x.state.weight ? y : x)).state;
	for (let turn = 0; Date.now() < end; turn++) {
		if (!guided) {
			const lp = await bound.poll();
			if (lp) {
				guided = true;
				target = Math.min(target, lp.bound);
				if (lp.answer.primal) {
					searches.push(new Lns(guidedGreedy(m, lp.choice.rel, lp.answer.primal)));
				}
			}
		}
		const pdhgTurn = !pdhgGuided || turn % (pdhg?.staleSlices ? 4 : 2) === 0;
		if (pdhg?.active && pdhgTurn && !certified(best().weight, target, tolerance)) {
			// The JavaScript LP takes turns with the search until it stops lowering the bound:
			// every turn at first, every other one once it guides a start, every fourth once a
			// slice did not lower the bound.
			const before = target;
			const enough = certifyingBound(best().weight, tolerance);
			target = Math.min(
				target,
				pdhg.slice(
					Math.min(end, Date.now() + (pdhgGuided ? SLICE_MS : EARLY_PDHG_SLICE_MS)),
					enough
				)
			);
			const close = target <= best().weight * (1 + PDHG_GUIDE_GAP);
			const iterations = pdhg.solver.iterations;
			if (!pdhgGuided && (close || target > before * (1 - PDHG_GUIDE_STEP))) {
				// Nearly converged: its column values guide a second start, as HiGHS's would, and
				// its prices point every search at the requests the LP wants scheduled.
				pdhgGuided = true;
				guideIterations = iterations;
				const focus = pdhg.focus();
				for (const search of searches) search.focusOn(focus);
				searches.push(
					new Lns(guidedGreedy(m, pdhg.choice.rel, pdhg.primal(), PDHG_GUIDE_RESOLUTION), focus)
				);
			} else if (pdhgGuided && iterations > guideIterations) {
				// Each later LP solution guides another start, which joins if it leads (PDHG's
				// iterates wander over the LP's optimal face: their roundings differ).
				guideIterations = iterations;
				const start = guidedGreedy(m, pdhg.choice.rel, pdhg.primal(), PDHG_GUIDE_RESOLUTION);
				if (start.weight > best().weight) searches.push(new Lns(start, pdhg.focus()));
			}
			// PDHG is as close as it gets and the schedule is not certified: HiGHS's vertex may
			// guide better, so it starts now (it was left out so far to keep the cores free).
			if (!pdhg.active && !certified(best().weight, target, tolerance)) bound.startHighs();
		}
		if (certified(best().weight, target, tolerance)) return { state: best(), ended: 'target' };
		const live = searches.filter((x) => !done.has(x));
		if (live.length === 0) {
			// Nothing left to try: only the LP's start could still help, so wait for it idly.
			if (guided || !bound.concurrent) return { state: best(), ended: 'exhausted' };
			await sleep(20);
			continue;
		}
		// The leading search gets two turns in three, the others share the third.
		const leader = live.reduce((x, y) => (y.state.weight >= x.state.weight ? y : x));
		const search = turn % 3 === 2 ? live[Math.floor(turn / 3) % live.length] : leader;
		// Until PDHG guides a start the search gets short turns: the LP's start is usually far
		// ahead of what the search finds from the greedy meanwhile.
		const slice = pdhg?.active && !pdhgGuided ? EARLY_SLICE_MS : SLICE_MS;
		if (!search.run(Math.min(end, Date.now() + slice))) done.add(search);
		await tick();
	}
	return { state: best(), ended: 'end' };
}

/** True when `weight` is proven within `tolerance` (relative) of the optimum by `bound`. */
function certified(weight: number, bound: number, tolerance: number): boolean {
	return weight >= (1 - tolerance) * bound - 1e-9 * Math.max(1, bound);
}

/** The bound at or below which `weight` is certified within `tolerance`. */
const certifyingBound = (weight: number, tolerance: number) =>
	tolerance < 1 ? weight / (1 - tolerance) + 1e-9 * Math.max(1, weight) : Infinity;

function stopReason(
	weight: number,
	upperBound: number,
	tolerance: number,
	ended: SearchEnd | 'milp-optimal' | 'milp-stopped'
): StopReason {
	if (Math.abs(upperBound - weight) <= 1e-6 * Math.max(1, weight)) return 'optimal';
	if (tolerance > 0 && certified(weight, upperBound, tolerance)) return 'gap';
	return ended === 'exhausted' ? 'exhausted' : 'budget';
}

/**
 * Full scheduler: heuristic start, proven bound, then HiGHS when the model is small enough
 * ('auto') or always ('exact', without a time limit unless timeBudgetMs is given). In 'auto'
 * mode the run stops as soon as the schedule is within `gapTolerance` of its proven bound.
 */
export async function schedule(
	instance: SchedulerInstance,
	options: SchedulerOptions = {}
): Promise<SchedulerResult> {
	const started = Date.now();
	const mode = options.mode ?? 'auto';
	const m = prepare(instance);
	const budget = options.timeBudgetMs ?? defaultBudgetMs(instance);
	const tolerance = Math.min(
		0.5,
		Math.max(0, options.gapTolerance ?? (mode === 'exact' ? 0 : DEFAULT_GAP_TOLERANCE))
	);
	const report = options.onProgress;
	const log = options.onLog ?? (() => {});
	const bound = await startUpperBound(m, {
		// 'exact' proves its bound by branch and bound: no LP worker to wait for.
		useSolver: mode === 'auto',
		// The LP (WebAssembly load included) must be back in time for the refinement. PDLP
		// checks its time limit coarsely (up to 0.9 s late on 65k columns), hence the margin.
		deadline: started + budget * 0.75,
		workerDeadline: started + budget * 0.9,
		limits: { coarse: coarseColumnLimit(budget) },
		onLog: log
	});
	const milp = mode === 'exact' || (mode === 'auto' && m.feasSlots.length <= AUTO_MILP_VARIABLES);
	// Only this thread's own HiGHS uses need it: compiling 3.5 MB of WebAssembly is not free.
	if (milp || bound.solvesHere) {
		preloadHighs((message) => log({ level: 'warn', message: `Scheduler: ${message}` }));
	}
	// With HiGHS on the other core the heuristic can use most of the budget itself.
	// It keeps going until the LP's answer is due, so that the LP-guided start gets its turn.
	const heuristicShare = bound.concurrent || bound.pdhg ? 0.88 : 0.45;
	const search = await improve(m, bound, started + budget * heuristicShare, tolerance, report);
	const { state } = search;
	report?.({ phase: 'bound', fraction: 0.5 });
	const proven = await bound.finish(
		state.weight,
		started + budget * 0.94,
		certifyingBound(state.weight, tolerance)
	);
	let best: Exact = { state, upperBound: proven.upperBound, stats: proven.stats };
	let ended: Parameters<typeof stopReason>[3] = search.ended;
	if (milp && !certified(state.weight, best.upperBound, mode === 'exact' ? 0 : tolerance)) {
		report?.({ phase: 'exact', fraction: 0.6 });
		const left = started + budget * 0.95 - Date.now();
		const exactSeconds = options.timeBudgetMs === undefined ? Infinity : left / 1000;
		best = await runMilp(m, best, mode === 'exact' ? exactSeconds : left / 1000, log);
		ended = best.stats.mipStatus === 'optimal' ? 'milp-optimal' : 'milp-stopped';
	}
	if (best.upperBound < best.state.weight) {
		// Cannot happen when the bound is proven; reported as is (never clamped) and logged.
		log({
			level: 'error',
			message: `Scheduler: bound ${best.upperBound} below schedule weight ${best.state.weight}`
		});
	}
	report?.({ phase: 'gaps', fraction: 0.9 });
	const result = finish(best.state, {
		upperBound: best.upperBound,
		started,
		gapDeadline: Math.max(Date.now() + 50, started + budget),
		stats: best.stats,
		stopped: stopReason(best.state.weight, best.upperBound, tolerance, ended)
	});
	report?.({ phase: 'done', fraction: 1 });
	return result;
}
