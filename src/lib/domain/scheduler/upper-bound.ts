import { lagrangianBound, Prices, roundBound } from './bound';
import { slotsByDay } from './gaps';
import {
	startLpWorker,
	type LpAnswer,
	type LpArrays,
	type LpJob,
	type LpOutcome
} from './lp-worker';
import { relaxationArrays, relaxationDuals } from './milp';
import type { Model } from './model';
import {
	blockColumns,
	buildRelaxation,
	coarseBlocks,
	exactBlocks,
	pricesFromRelaxation,
	type Blocks,
	type Relaxation
} from './relaxation';
import type { BoundStats, SchedulerLogEvent } from './types';

/**
 * Column limits of the LP that HiGHS solves within a scheduler budget on 2 busy cores
 * (measured: see docs/scheduler.md). Up to EXACT_COLUMN_LIMIT the exact LP (per slot, or
 * per block of interchangeable slots) is solved; above it, coarser blocks up to
 * COARSE_COLUMN_LIMIT, whose prices the Lagrangian steps then refine on the per-slot model.
 */
export const EXACT_COLUMN_LIMIT = 60_000;
const COARSE_COLUMN_LIMIT = 80_000;

/**
 * The coarse LP's column limit for a budget: 80k, or 3 columns per millisecond of budget on
 * long runs (PDLP solved the 100k-column LP of the 100,000-request event in 12 s under a load
 * average of 9, within that event's 40 s budget).
 */
export function coarseColumnLimit(budgetMs: number): number {
	return Math.max(COARSE_COLUMN_LIMIT, Math.round(3 * budgetMs));
}
/**
 * Dual simplex is exact and quick on small LPs; above this PDLP, which reached the same bound
 * 2-5x sooner on the benchmark events (simplex hit the time limit from 6,600 columns).
 */
const SIMPLEX_COLUMN_LIMIT = 2_000;

export interface BoundChoice {
	rel: Relaxation;
	blocks: Blocks;
	method: 'lp-per-slot' | 'lp-per-block';
}

/** The LP to solve: exact when it fits, else the finest coarse blocks that fit, else none. */
export function chooseRelaxation(
	m: Model,
	limits: { exact?: number; coarse?: number } = {}
): BoundChoice | { note: string } {
	const exactLimit = limits.exact ?? EXACT_COLUMN_LIMIT;
	const coarseLimit = limits.coarse ?? COARSE_COLUMN_LIMIT;
	const exact = exactBlocks(m);
	const exactCols = blockColumns(m, exact);
	let blocks: Blocks | null = exactCols <= exactLimit ? exact : null;
	if (!blocks) {
		const days = slotsByDay(m);
		const longest = Math.max(1, ...days.map((d) => d.length));
		// The finest blocks that fit: runs of 2, 3, ... slots of a day, then the whole event.
		for (const size of [...Array.from({ length: longest - 1 }, (_, i) => i + 2), Infinity]) {
			const coarse = coarseBlocks(m, days, size);
			if (blockColumns(m, coarse) <= coarseLimit) {
				blocks = coarse;
				break;
			}
		}
	}
	if (!blocks) {
		return {
			note: `LP too large (${exactCols} exact columns, limit ${exactLimit}; coarse limit ${coarseLimit})`
		};
	}
	const rel = buildRelaxation(m, blocks.blockOf, blocks.count);
	const method = blocks.exact && blocks.count === m.slotCount ? 'lp-per-slot' : 'lp-per-block';
	return { rel, blocks, method };
}

/** The LP's answer once it is in, with the bound it proves (re-evaluated in JavaScript). */
export interface LpResult {
	choice: BoundChoice;
	answer: LpAnswer;
	prices: Prices | null;
	/** The bound at the LP's prices; Infinity without duals. */
	bound: number;
	/** Milliseconds from the start of the bound until the answer arrived. */
	millis: number;
}

export interface BoundJob {
	/** True when HiGHS runs in a worker thread, alongside the heuristic on this one. */
	concurrent: boolean;
	/** True when the LP will be solved in this thread (no worker): HiGHS is needed here. */
	solvesHere: boolean;
	/** The LP result when it has already arrived (never waits); null before or without one. */
	poll(): Promise<LpResult | null>;
	/**
	 * The proven bound and how it was proven. `best` is the best known schedule weight (it
	 * steers the subgradient steps); refinement runs until `refineDeadline`, or until the bound
	 * is at most `enough` (one that already certifies the schedule within the gap tolerance).
	 */
	finish(
		best: number,
		refineDeadline: number,
		enough?: number
	): Promise<{ upperBound: number; stats: BoundStats }>;
}

const zeroCap = (m: Model) => lagrangianBound(m, 0, 0, { maxIter: 1 });

/**
 * Proven upper bound. The LP relaxation is solved by HiGHS (in a worker when possible); its
 * row duals are prices for the Lagrangian function of bound.ts, which is evaluated in
 * JavaScript, so neither HiGHS tolerances nor a time limit can make the bound wrong. When the
 * LP was not the exact per-slot one, or stopped early, subgradient steps refine the prices on
 * the per-slot model for the time that is left.
 */
export async function startUpperBound(
	m: Model,
	options: {
		useSolver: boolean;
		/** The LP (load included) must be done by then. */
		deadline: number;
		/** How long to wait for the worker's answer (defaults to `deadline` + 0.2 s). */
		workerDeadline?: number;
		onLog?: (event: SchedulerLogEvent) => void;
		limits?: { exact?: number; coarse?: number };
		/** False solves the LP in this thread (tests; runtimes without worker threads). */
		worker?: boolean;
	}
): Promise<BoundJob> {
	const started = Date.now();
	const log = options.onLog ?? (() => {});
	const subgradient = (best: number, refineDeadline: number, note?: string, enough?: number) => {
		const upperBound = lagrangianBound(m, best, Math.max(refineDeadline, Date.now() + 50), {
			maxIter: 2000,
			stopAt: enough
		});
		return { upperBound, stats: { method: 'lagrangian', start: 'zero', note } as BoundStats };
	};
	const none = (note?: string): BoundJob => ({
		concurrent: false,
		solvesHere: false,
		poll: async () => null,
		finish: async (best, refineDeadline, enough) => subgradient(best, refineDeadline, note, enough)
	});
	if (!options.useSolver) return none();
	const choice = chooseRelaxation(m, options.limits);
	if ('note' in choice) {
		log({ level: 'info', message: `Scheduler bound: ${choice.note}; Lagrangian steps only` });
		return none(choice.note);
	}
	if (choice.rel.numCols === 0) {
		// No request has a slot: nothing can be scheduled, and HiGHS has nothing to solve.
		const stats: BoundStats = {
			method: choice.method,
			highsStatus: 'empty',
			lpColumns: 0,
			lpBlocks: choice.blocks.count,
			lpExact: choice.blocks.exact
		};
		return {
			concurrent: false,
			solvesHere: false,
			poll: async () => null,
			finish: async () => ({ upperBound: 0, stats })
		};
	}
	const lp = relaxationArrays(choice.rel);
	const solver = choice.rel.numCols <= SIMPLEX_COLUMN_LIMIT ? 'choose' : 'pdlp';
	const job =
		options.worker === false
			? { error: 'LP worker not requested' }
			: await startLpWorker(lp, { deadline: options.deadline, solver });
	const waitUntil = options.workerDeadline ?? options.deadline + 200;
	let result: LpResult | null = null;
	const accept = (outcome: LpOutcome): LpResult | null => {
		if (!outcome.answer) return null;
		const answer = outcome.answer;
		const prices = answer.dual ? pricesFromRelaxation(m, choice.rel, answer.dual) : null;
		const bound = prices ? Math.min(zeroCap(m), roundBound(m, prices.evaluate())) : Infinity;
		return { choice, answer, prices, bound, millis: Date.now() - started };
	};
	let failure: string | undefined;
	const settle = (outcome: LpOutcome) => {
		if (outcome.error) failure = outcome.error;
		result ??= accept(outcome);
		return result;
	};
	let inThread: Promise<LpOutcome> | null = null;
	if ('error' in job && options.worker !== false) {
		log({ level: 'warn', message: `Scheduler bound: ${job.error}; solving the LP in this thread` });
	}
	const worker: LpJob | null = 'error' in job ? null : job;
	return {
		concurrent: worker !== null,
		solvesHere: worker === null,
		async poll() {
			if (result || !worker?.ready()) return result;
			return settle(await worker.result(Date.now()));
		},
		async finish(best, refineDeadline, enough) {
			if (!result && !failure) {
				if (worker) settle(await worker.result(waitUntil));
				else {
					// Loading and warming up the WebAssembly alone costs about half a second.
					const lpDeadline = Math.max(options.deadline, Date.now() + 600);
					inThread ??= relaxationDuals(lp, { deadline: lpDeadline, solver });
					settle(await inThread);
				}
			}
			return refine(m, result, failure, { best, refineDeadline, enough }, log);
		}
	};
}

function refine(
	m: Model,
	lp: LpResult | null,
	failure: string | undefined,
	goal: { best: number; refineDeadline: number; enough?: number },
	log: (event: SchedulerLogEvent) => void
): { upperBound: number; stats: BoundStats } {
	const { best, refineDeadline, enough } = goal;
	const deadline = Math.max(refineDeadline, Date.now() + 50);
	if (!lp || !lp.prices) {
		const note = failure ?? `HiGHS returned no duals (${lp?.answer.status ?? 'no answer'})`;
		log({ level: 'warn', message: `Scheduler bound: ${note}; Lagrangian steps from zero prices` });
		const upperBound = lagrangianBound(m, best, deadline, { maxIter: 2000, stopAt: enough });
		return {
			upperBound,
			stats: {
				method: 'lagrangian',
				start: 'zero',
				note,
				highsStatus: lp?.answer.status,
				lpMillis: lp?.millis
			}
		};
	}
	const { choice, answer } = lp;
	const stats: BoundStats = {
		method: choice.method,
		highsStatus: answer.status,
		lpColumns: choice.rel.numCols,
		lpBlocks: choice.blocks.count,
		lpExact: choice.blocks.exact,
		lpBound: lp.bound,
		lpMillis: lp.millis
	};
	if (answer.status !== 'optimal') {
		log({ level: 'info', message: `Scheduler bound: HiGHS LP stopped (${answer.status})` });
	}
	// The exact LP solved to optimality is the Lagrangian dual's value: steps cannot beat it.
	const canImprove = !choice.blocks.exact || answer.status !== 'optimal';
	const certifies = enough !== undefined && lp.bound <= enough;
	if (!canImprove || certifies || lp.bound <= best + 1e-9) return { upperBound: lp.bound, stats };
	const refined = Math.min(
		lp.bound,
		lagrangianBound(m, best, deadline, {
			maxIter: 5000,
			start: lp.prices ?? undefined,
			stopAt: enough
		})
	);
	if (refined < lp.bound)
		return { upperBound: refined, stats: { ...stats, method: 'lagrangian', start: choice.method } };
	return { upperBound: lp.bound, stats };
}

export type { LpArrays };
