import type { Highs, ModelData } from 'highs';
import { statusName, type LpArrays, type LpOptions, type LpOutcome } from './lp-worker';
import { buildMilp } from './milp-model';
import type { Model } from './model';
import type { Relaxation } from './relaxation';
import { Assignment } from './state';

export interface MilpOutcome {
	/** Integer solution as a valid assignment, or null when HiGHS found none in time. */
	state: Assignment | null;
	/** Proven bound on the optimum (the MIP dual bound). */
	bound: number;
	/** HiGHS model status in words ('optimal', 'time-limit', ...). */
	status: string;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

let runtime: Promise<Highs> | null = null;

/** One runtime is reused; after a WebAssembly crash it is dropped so the next call reloads. */
function loadHighs(): Promise<Highs> {
	runtime ??= import('highs').then((mod) => mod.default());
	return runtime;
}

function modelData(highs: Highs, arrays: LpArrays, relax: boolean): ModelData {
	const { objectiveSense, variableType } = highs.constants;
	return {
		numCols: arrays.numCols,
		numRows: arrays.numRows,
		sense: objectiveSense.maximize,
		colCost: arrays.colCost,
		colLower: arrays.colLower,
		colUpper: arrays.colUpper,
		rowLower: new Float64Array(arrays.numRows).fill(-highs.infinity),
		rowUpper: arrays.rowUpper,
		matrix: {
			format: 'csc',
			numRows: arrays.numRows,
			numCols: arrays.numCols,
			starts: arrays.starts,
			indices: arrays.indices,
			values: new Float64Array(arrays.indices.length).fill(1)
		},
		integrality: relax ? undefined : new Int32Array(arrays.numCols).fill(variableType.integer)
	};
}

/** Starts compiling the WebAssembly early: V8 compiles it off-thread while the heuristic runs. */
export function preloadHighs(onError?: (message: string) => void): void {
	loadHighs().catch((err) => {
		runtime = null;
		onError?.(`HiGHS did not load: ${describe(err)}`);
	});
}

function startVector(m: Model, start: Assignment): Float64Array {
	const x = new Float64Array(m.feasSlots.length);
	for (let r = 0; r < m.requestCount; r++) {
		const s = start.slotOf[r];
		if (s < 0) continue;
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) if (m.feasSlots[k] === s) x[k] = 1;
	}
	return x;
}

/** Maps x back to slots, re-checking every constraint so a tolerance slip cannot leak out. */
function toAssignment(m: Model, x: Float64Array): Assignment | null {
	const state = new Assignment(m);
	for (let r = 0; r < m.requestCount; r++) {
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			if (x[k] < 0.5) continue;
			if (state.slotOf[r] >= 0 || !state.canPlace(r, m.feasSlots[k])) return null;
			state.place(r, m.feasSlots[k]);
		}
		if (m.lockedSlot[r] >= 0 && state.slotOf[r] !== m.lockedSlot[r]) return null;
	}
	state.commit();
	return state;
}

/**
 * Solves the integer program within `seconds`, warm-started from `start` when given. Returns
 * `{ error }` when HiGHS fails (for example out of WebAssembly memory); callers keep the
 * heuristic and log the message.
 */
export async function solveMilp(
	m: Model,
	options: { seconds: number; start?: Assignment }
): Promise<MilpOutcome | { error: string }> {
	try {
		const highs = await loadHighs();
		return highs.withModel(modelData(highs, buildMilp(m), false), (model) => {
			model.options.set({
				output_flag: false,
				// HiGHS rejects an infinite time_limit; 1e7 s is its "no limit" in practice.
				time_limit: Math.min(1e7, Math.max(0.05, options.seconds)),
				// Integer weights: stop as soon as no better integer value is possible.
				mip_abs_gap: m.integerWeights ? 0.999 : 1e-6,
				mip_rel_gap: 0
			});
			if (options.start) model.setSolution({ colValue: startVector(m, options.start) });
			const run = model.run();
			const bound = Number(model.info.get('mip_dual_bound'));
			const primal = Number(model.info.get('primal_solution_status'));
			const state = primal > 0 ? toAssignment(m, model.getSolution().colValue) : null;
			const status = statusName(highs.constants.modelStatus, run.modelStatus);
			return { state, bound: Number.isFinite(bound) ? bound : Infinity, status };
		});
	} catch (err) {
		runtime = null;
		return { error: `HiGHS branch and bound failed: ${describe(err)}` };
	}
}

/** The relaxation as colLower..1 columns, the shape both this module and the LP worker solve. */
export function relaxationArrays(rel: Relaxation): LpArrays {
	return {
		numCols: rel.numCols,
		numRows: rel.numRows,
		colCost: rel.colCost,
		colLower: rel.colLower,
		colUpper: new Float64Array(rel.numCols).fill(1),
		rowUpper: rel.rowUpper,
		starts: rel.starts,
		indices: rel.indices
	};
}

/**
 * The LP in this thread (when no worker can start): row duals and column values, also when
 * HiGHS stopped at the time limit, or `{ error }` when it failed.
 */
export async function relaxationDuals(
	lp: LpArrays,
	{ deadline, solver }: LpOptions
): Promise<LpOutcome> {
	const loadStarted = Date.now();
	try {
		const highs = await loadHighs();
		const loadMillis = Date.now() - loadStarted;
		const started = Date.now();
		return highs.withModel(modelData(highs, lp, true), (model) => {
			model.options.set({
				output_flag: false,
				time_limit: Math.max(0.05, (deadline - Date.now()) / 1000),
				solver,
				...(solver === 'pdlp' ? { pdlp_optimality_tolerance: 1e-5, presolve: 'off' } : {})
			});
			const run = model.run();
			const solution = model.getSolution();
			const full = (a: Float64Array | undefined, n: number) =>
				a && a.length === n ? Float64Array.from(a) : null;
			return {
				answer: {
					status: statusName(highs.constants.modelStatus, run.modelStatus),
					dual: full(solution.rowDual, lp.numRows),
					primal: full(solution.colValue, lp.numCols),
					loadMillis,
					solveMillis: Date.now() - started
				}
			};
		});
	} catch (err) {
		runtime = null;
		return { error: `HiGHS LP failed in this thread: ${describe(err)}` };
	}
}
