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
import type { LpFocus } from './lns';
import { Pdhg } from './pdhg';
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

/**
 * Above this many columns the exact LP is left to HiGHS alone: one PDHG iteration is two
 * passes over the columns, on the thread the heuristic needs.
 */
export const PDHG_COLUMN_LIMIT = 60_000;
/** Reduced profit above which a request counts as one the LP wants scheduled. */
const POSITIVE_PROFIT = 1e-3;
/** PDHG slices without a lower bound after which it gives its turns back to the heuristic. */
const PDHG_STALL_SLICES = 8;

/**
 * The exact LP solved by PDHG (pdhg.ts) on this thread, in slices between the heuristic's.
 * After each slice the Lagrangian function is evaluated at the current and the averaged row
 * duals; the lowest value so far is the bound, proven whatever PDHG's accuracy. On the
 * benchmark events (6,600-27,000 columns) it reached the LP optimum in 0.1-0.35 s, while
 * HiGHS's first solve in a process took 0.5-1 s more than that.
 */
export class PdhgBound {
	readonly solver: Pdhg;
	/** The lowest proven bound so far (rounded as roundBound does). */
	bound = Infinity;
	/** Milliseconds from `started` until `bound` was reached. */
	millis = 0;
	/** Prices of `bound`, the start for Lagrangian refinement. */
	best: Prices;
	private scratch: Prices;
	private stale = 0;

	constructor(
		private readonly m: Model,
		readonly choice: BoundChoice,
		private readonly started: number
	) {
		this.solver = new Pdhg(choice.rel);
		this.best = new Prices(m);
		this.scratch = new Prices(m);
	}

	/** Slices in a row that did not lower the bound. */
	get staleSlices(): number {
		return this.stale;
	}

	/** False once it stopped lowering the bound (converged, or as close as it gets). */
	get active(): boolean {
		return this.stale < PDHG_STALL_SLICES;
	}

	/**
	 * Runs rounds until `deadline`, re-proving the bound after each, or until the
	 * bound is at most `enough` (it then certifies the schedule). Returns the bound.
	 */
	slice(deadline: number, enough = -Infinity): number {
		const before = this.bound;
		do {
			this.solver.round();
			this.consider(this.solver.y);
			this.consider(this.solver.averageY);
		} while (Date.now() < deadline && this.bound > enough);
		this.stale = this.bound < before ? 0 : this.stale + 1;
		return this.bound;
	}

	/** Column values of the better of PDHG's iterate and average, to guide a greedy start. */
	primal(): Float64Array {
		return this.solver.candidate().x;
	}

	/**
	 * Requests with a positive reduced profit at the bound's prices (the LP wants them
	 * scheduled), each with its most profitable slot: the search forces them in there first.
	 */
	focus(): LpFocus {
		const { m } = this;
		const { mu, lambda, nu } = this.best;
		const S = m.slotCount;
		const slot = new Int32Array(m.requestCount).fill(-1);
		for (let r = 0; r < m.requestCount; r++) {
			const a = m.reqA[r];
			const b = m.reqB[r];
			const base = m.weight[r] - nu[a] - nu[b];
			let best = POSITIVE_PROFIT;
			for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
				const s = m.feasSlots[k];
				const profit = base - mu[a * S + s] - mu[b * S + s] - lambda[s];
				if (profit > best) {
					best = profit;
					slot[r] = s;
				}
			}
		}
		return { slot };
	}

	private consider(dual: Float64Array): void {
		const { m, choice } = this;
		const value = Math.min(
			zeroCap(m),
			roundBound(m, pricesFromRelaxation(m, choice.rel, dual, this.scratch).evaluate())
		);
		if (value < this.bound) {
			this.bound = value;
			this.millis = Date.now() - this.started;
			[this.best, this.scratch] = [this.scratch, this.best];
		}
	}

	stats(highsStatus?: string): BoundStats {
		return {
			method: this.choice.method,
			lpSolver: 'pdhg',
			...(highsStatus ? { highsStatus } : {}),
			lpColumns: this.choice.rel.numCols,
			lpBlocks: this.choice.blocks.count,
			lpExact: this.choice.blocks.exact,
			lpBound: this.bound,
			lpMillis: this.millis,
			lpIterations: this.solver.iterations
		};
	}
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
	/** PDHG on the exact LP, for the caller to run in slices; null when not exact or too large. */
	pdhg: PdhgBound | null;
	/** True when the LP will be solved in this thread (no worker): HiGHS is needed here. */
	solvesHere: boolean;
	/** Starts HiGHS in its worker if it is not running yet (PDHG did not certify). */
	startHighs(): void;
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
		/** False leaves the exact LP to HiGHS alone (tests of the HiGHS path). */
		pdhg?: boolean;
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
		pdhg: null,
		solvesHere: false,
		startHighs: () => undefined,
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
			pdhg: null,
			solvesHere: false,
			startHighs: () => undefined,
			poll: async () => null,
			finish: async () => ({ upperBound: 0, stats })
		};
	}
	const lp = relaxationArrays(choice.rel);
	const solver = choice.rel.numCols <= SIMPLEX_COLUMN_LIMIT ? 'choose' : 'pdlp';
	const waitUntil = options.workerDeadline ?? options.deadline + 200;
	const pdhg =
		options.pdhg !== false && choice.blocks.exact && choice.rel.numCols <= PDHG_COLUMN_LIMIT
			? new PdhgBound(m, choice, started)
			: null;
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
	let worker: LpJob | null = null;
	let starting: Promise<void> | null = null;
	/** HiGHS in its worker: at once without PDHG, else only when PDHG cannot certify. */
	const startHighs = () =>
		(starting ??= (async () => {
			if (options.worker === false) return;
			const job = await startLpWorker(lp, { deadline: options.deadline, solver });
			if ('error' in job) {
				log({
					level: 'warn',
					message: `Scheduler bound: ${job.error}; solving the LP in this thread`
				});
			} else worker = job;
		})());
	if (!pdhg) await startHighs();
	let inThread: Promise<LpOutcome> | null = null;
	const certifiedByPdhg = (enough?: number) =>
		pdhg !== null && enough !== undefined && pdhg.bound <= enough;
	return {
		get concurrent() {
			return worker !== null;
		},
		pdhg,
		// Without PDHG and without a worker, HiGHS is needed on this thread.
		solvesHere: !pdhg && worker === null,
		startHighs: () => void startHighs(),
		async poll() {
			if (result || !worker?.ready()) return result;
			return settle(await worker.result(Date.now()));
		},
		async finish(best, refineDeadline, enough) {
			// Without a certifying target the caller wants the best bound there is: HiGHS too.
			if (pdhg && enough === undefined) await startHighs();
			// PDHG keeps this thread busy until it certifies, stalls, or HiGHS answers first (with
			// HiGHS on this thread instead, it goes straight to HiGHS).
			const running = () => (worker ? !worker.ready() : enough !== undefined);
			while (pdhg?.active && running() && !certifiedByPdhg(enough)) {
				if (Date.now() >= waitUntil || pdhg.bound <= best + 1e-9) break;
				pdhg.slice(Math.min(waitUntil, Date.now() + 50));
				await new Promise<void>((resolve) => setImmediate(resolve));
			}
			if (pdhg && (certifiedByPdhg(enough) || pdhg.bound <= best + 1e-9)) {
				// Certified (or proven optimal) without waiting for HiGHS.
				return { upperBound: pdhg.bound, stats: pdhg.stats(result?.answer.status) };
			}
			if (!result && !failure && (worker || !pdhg || enough === undefined)) {
				if (worker) settle(await worker.result(waitUntil));
				else {
					// Loading and warming up the WebAssembly alone costs about half a second.
					const lpDeadline = Math.max(options.deadline, Date.now() + 600);
					inThread ??= relaxationDuals(lp, { deadline: lpDeadline, solver });
					settle(await inThread);
				}
			}
			if (pdhg && pdhg.bound < (result?.bound ?? Infinity)) {
				// Its prices are the better start for the Lagrangian steps.
				const lpResult: LpResult = {
					choice,
					answer: { status: 'pdhg', dual: null, primal: null, loadMillis: 0, solveMillis: 0 },
					prices: pdhg.best,
					bound: pdhg.bound,
					millis: pdhg.millis
				};
				const base = pdhg.stats(result?.answer.status);
				return refine(m, lpResult, undefined, { best, refineDeadline, enough }, log, base);
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
	log: (event: SchedulerLogEvent) => void,
	/** The stats of an LP solved by PDHG (HiGHS's are built here). */
	solved?: BoundStats
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
	const stats: BoundStats = solved ?? {
		method: choice.method,
		lpSolver: 'highs',
		highsStatus: answer.status,
		lpColumns: choice.rel.numCols,
		lpBlocks: choice.blocks.count,
		lpExact: choice.blocks.exact,
		lpBound: lp.bound,
		lpMillis: lp.millis
	};
	if (!solved && answer.status !== 'optimal') {
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
