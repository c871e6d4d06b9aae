import { lagrangianBound, roundBound } from './bound';
import { slotsByDay } from './gaps';
import { startLpWorker } from './lp-worker';
import { relaxationArrays, relaxationDuals } from './milp';
import type { Model } from './model';
import { buildRelaxation, pricesFromRelaxation, slotBlocks, type Relaxation } from './relaxation';

/**
 * Day-level relaxation columns above which PDLP no longer fits the budget (about 5 s at 68k
 * columns on 2 cores); bigger events fall back to the subgradient bound alone.
 */
const RELAXATION_COLUMN_LIMIT = 400_000;
const SIMPLEX_COLUMN_LIMIT = 20_000;

export interface BoundJob {
	/** True when HiGHS runs in a worker thread, alongside the heuristic on this one. */
	concurrent: boolean;
	/** The proven bound; `best` is the best known schedule weight, which steers subgradients. */
	finish(best: number): Promise<number>;
}

/**
 * Proven upper bound. Subgradient steps from zero prices are cheap but converge slowly (they
 * stall near 2615 on the small benchmark event, whose LP bound is 2472); the LP relaxation
 * over whole days (one block per day) gives prices within a few tenths of a percent of the
 * exact LP bound on the benchmark events. Both are evaluated in JavaScript by weak duality,
 * so HiGHS tolerances cannot make the bound wrong.
 */
export async function startUpperBound(
	m: Model,
	options: { useSolver: boolean; deadline: number; workerDeadline?: number }
): Promise<BoundJob> {
	const { deadline } = options;
	const subgradient = (best: number) =>
		lagrangianBound(m, best, Math.max(deadline, Date.now() + 100), { maxIter: 2000 });
	if (!options.useSolver) return { concurrent: false, finish: async (best) => subgradient(best) };
	const { blockOf, count } = slotBlocks(m, slotsByDay(m), m.slotCount);
	const rel = buildRelaxation(m, blockOf, count);
	if (rel.numCols > RELAXATION_COLUMN_LIMIT) {
		return { concurrent: false, finish: async (best) => subgradient(best) };
	}
	const lp = relaxationArrays(rel);
	// Dual simplex is exact and quick on small LPs; PDLP was 2.5x faster at 68k columns.
	const solver = rel.numCols <= SIMPLEX_COLUMN_LIMIT ? 'choose' : 'pdlp';
	const seconds = (deadline - Date.now()) / 1000;
	const job = await startLpWorker(lp, { seconds, solver });
	const fromDuals = (best: number, dual: Float64Array | null) =>
		dual ? boundFromDuals(m, rel, dual) : subgradient(best);
	if (job)
		return {
			concurrent: true,
			finish: async (best) => fromDuals(best, await job.duals(options.workerDeadline ?? deadline))
		};
	return {
		concurrent: false,
		async finish(best) {
			const left = (deadline - Date.now()) / 1000;
			// Loading and warming up the WebAssembly alone costs about half a second.
			if (left < 0.6) return subgradient(best);
			return fromDuals(best, await relaxationDuals(lp, { seconds: left, solver }));
		}
	};
}

function boundFromDuals(m: Model, rel: Relaxation, dual: Float64Array): number {
	// Zero prices give the sum of all schedulable weights, a cap if the duals are poor.
	const zero = lagrangianBound(m, 0, 0, { maxIter: 1 });
	return Math.min(zero, roundBound(m, pricesFromRelaxation(m, rel, dual).evaluate()));
}
