/**
 * Primal-dual hybrid gradient (PDHG) for the scheduler's LP relaxation, in JavaScript: the
 * method of PDLP, restarted to the average when it stalls, with diagonal preconditioning,
 * PDLP's adaptive step size and an adaptive primal weight (Applegate et al., "Practical
 * large-scale linear programming using primal-dual hybrid gradient", 2021). Every coefficient of the relaxation is 1 and
 * every column has at most six of them, so one iteration is two passes over the columns.
 *
 * The LP: maximise colCost . x subject to A x <= rowUpper, colLower <= x <= 1.
 * Its row duals y >= 0 are prices for the Lagrangian bound (bound.ts): any y proves a bound
 * there, so stopping early never makes the bound wrong, only looser.
 */
import type { Relaxation } from './relaxation';

/** The relaxation's LP (upper bounds of the columns are all 1). */
export type PdhgLp = Pick<
	Relaxation,
	'numCols' | 'numRows' | 'colCost' | 'colLower' | 'rowUpper' | 'starts' | 'indices'
>;

/** PDLP's restart thresholds (sufficient, necessary, artificial). */
const SUFFICIENT = 0.2;
const NECESSARY = 0.8;
const ARTIFICIAL = 0.36;
/**
 * First step scale: with steps 1 / (column's nonzeros) and 1 / (row's nonzeros) the
 * preconditioned operator's norm is at most 1 (Pock and Chambolle, 2011), so this step is
 * safe; PDLP's adaptive rule then takes the largest steps the iterates allow.
 */
const FIRST_STEP = 0.95;
/** Iterations between restart checks: one `round`. */
const CHECK_EVERY = 64;

export class Pdhg {
	private xs: Float64Array;
	private ys: Float64Array;
	/** A x at the current x. */
	private axs: Float64Array;
	private xNext: Float64Array;
	private yNext: Float64Array;
	private axNext: Float64Array;
	private readonly scratch: Float64Array;
	private readonly colCount: Float64Array;
	private readonly rowCount: Float64Array;
	private readonly xSum: Float64Array;
	private readonly ySum: Float64Array;
	private readonly xAvg: Float64Array;
	private readonly yAvg: Float64Array;
	private readonly xLast: Float64Array;
	private readonly yLast: Float64Array;
	private sumWeight = 0;
	/** rowPass's second result: dy . A dx. */
	private readonly dyParts = new Float64Array(1);
	private omega: number;
	private eta = FIRST_STEP;
	private lastRestartError = Infinity;
	private lastCandidateError = Infinity;
	private sinceRestart = 0;
	iterations = 0;

	/** Starts from x = colLower (locked columns at 1) and y = 0. */
	constructor(private readonly lp: PdhgLp) {
		const n = lp.numCols;
		const k = lp.numRows;
		this.xs = new Float64Array(n);
		this.ys = new Float64Array(k);
		this.axs = new Float64Array(k);
		this.xNext = new Float64Array(n);
		this.yNext = new Float64Array(k);
		this.axNext = new Float64Array(k);
		this.scratch = new Float64Array(k);
		this.colCount = new Float64Array(n);
		this.rowCount = new Float64Array(k);
		for (let j = 0; j < n; j++) {
			this.colCount[j] = Math.max(1, lp.starts[j + 1] - lp.starts[j]);
			for (let q = lp.starts[j]; q < lp.starts[j + 1]; q++) this.rowCount[lp.indices[q]]++;
		}
		for (let i = 0; i < k; i++) this.rowCount[i] = Math.max(1, this.rowCount[i]);
		this.xs.set(lp.colLower);
		this.multiply(this.xs, this.axs);
		this.xSum = new Float64Array(n);
		this.ySum = new Float64Array(k);
		this.xAvg = new Float64Array(n);
		this.yAvg = new Float64Array(k);
		this.xLast = Float64Array.from(this.xs);
		this.yLast = new Float64Array(k);
		let cc = 0;
		for (let j = 0; j < n; j++) cc += lp.colCost[j] * lp.colCost[j];
		let bb = 0;
		for (let i = 0; i < k; i++) bb += lp.rowUpper[i] * lp.rowUpper[i];
		this.omega = cc > 0 && bb > 0 ? Math.sqrt(cc / bb) : 1;
	}

	/** Current column values. */
	get x(): Float64Array {
		return this.xs;
	}

	/** Current row duals (>= 0). */
	get y(): Float64Array {
		return this.ys;
	}

	/** One round: CHECK_EVERY iterations, then the restart check (which updates averageY). */
	round(): void {
		for (let t = 0; t < CHECK_EVERY; t++) this.step();
		this.checkRestart();
	}

	/** out = A v. */
	private multiply(v: Float64Array, out: Float64Array): void {
		const { starts, indices, numCols } = this.lp;
		out.fill(0);
		for (let j = 0; j < numCols; j++) {
			const value = v[j];
			if (value !== 0) for (let q = starts[j]; q < starts[j + 1]; q++) out[indices[q]] += value;
		}
	}

	/**
	 * One PDHG iteration with PDLP's adaptive step: a step longer than the iterates allow
	 * (||dz||^2 / (2 |dy A dx|), in the preconditioned norms) is retried shorter.
	 */
	private step(): void {
		const { lp, colCount, rowCount } = this;
		const k = this.iterations + 1;
		for (;;) {
			const { xs: x, ys: y, axs: ax, xNext, yNext, axNext } = this;
			axNext.fill(0);
			const dx = columnPass(lp, x, y, xNext, axNext, colCount, this.eta / this.omega);
			const sigmaScale = this.eta * this.omega;
			const dy = rowPass(lp.rowUpper, y, yNext, ax, axNext, rowCount, sigmaScale, this.dyParts);
			const interaction = this.dyParts[0];
			const limit =
				interaction === 0
					? Infinity
					: (this.omega * dx + dy / this.omega) / (2 * Math.abs(interaction));
			const proposal = Math.min((1 - (k + 1) ** -0.3) * limit, (1 + (k + 1) ** -0.6) * this.eta);
			if (this.eta <= limit) {
				const weight = this.eta;
				[this.xs, this.xNext] = [xNext, x];
				[this.ys, this.yNext] = [yNext, y];
				[this.axs, this.axNext] = [axNext, ax];
				accumulate(this.xSum, xNext, weight);
				accumulate(this.ySum, yNext, weight);
				this.sumWeight += weight;
				this.eta = proposal;
				break;
			}
			this.eta = proposal;
		}
		this.iterations++;
		this.sinceRestart++;
	}

	/**
	 * KKT error of (x, y): primal infeasibility and the duality gap. With 0 <= x <= 1 every
	 * reduced cost is absorbed by a bound, so the dual is always feasible and its objective is
	 * rowUpper . y + sum_j max(0, c_j - (A^T y)_j) (minus the locked columns' losses).
	 */
	private error(x: Float64Array, y: Float64Array): number {
		const { lp, scratch: ax } = this;
		const { starts, indices, colCost, colLower, rowUpper } = lp;
		ax.fill(0);
		let primal = 0;
		let dual = 0;
		for (let j = 0; j < lp.numCols; j++) {
			let aty = 0;
			for (let q = starts[j]; q < starts[j + 1]; q++) {
				aty += y[indices[q]];
				ax[indices[q]] += x[j];
			}
			const reduced = colCost[j] - aty;
			dual += reduced > 0 ? reduced : reduced * colLower[j];
			primal += colCost[j] * x[j];
		}
		let infeasible = 0;
		for (let i = 0; i < lp.numRows; i++) {
			dual += rowUpper[i] * y[i];
			const over = ax[i] - rowUpper[i];
			if (over > 0) infeasible += over * over;
		}
		const gap = dual - primal;
		return Math.sqrt(infeasible * this.omega * this.omega + gap * gap);
	}

	/** Row duals averaged since the last restart (as of the last restart check). */
	get averageY(): Float64Array {
		return this.yAvg;
	}

	/** The better of the current iterate and the average since the last restart. */
	candidate(): { x: Float64Array; y: Float64Array } {
		const { x, y, xAvg, yAvg } = this;
		return this.error(xAvg, yAvg) < this.error(x, y) ? { x: xAvg, y: yAvg } : { x, y };
	}

	private checkRestart(): void {
		const { xSum, ySum, xAvg, yAvg, sumWeight } = this;
		for (let j = 0; j < xSum.length; j++) xAvg[j] = xSum[j] / sumWeight;
		for (let i = 0; i < ySum.length; i++) yAvg[i] = ySum[i] / sumWeight;
		const currentError = this.error(this.x, this.y);
		const averageError = this.error(xAvg, yAvg);
		const useAverage = averageError < currentError;
		const err = Math.min(currentError, averageError);
		const restart =
			this.lastRestartError === Infinity
				? this.sinceRestart >= CHECK_EVERY
				: err <= SUFFICIENT * this.lastRestartError ||
					(err <= NECESSARY * this.lastRestartError && err > this.lastCandidateError) ||
					this.sinceRestart >= ARTIFICIAL * this.iterations;
		this.lastCandidateError = err;
		if (!restart) return;
		if (useAverage) {
			this.xs.set(xAvg);
			this.ys.set(yAvg);
			this.multiply(this.xs, this.axs);
		}
		let dx = 0;
		for (let j = 0; j < this.x.length; j++) dx += (this.x[j] - this.xLast[j]) ** 2;
		let dy = 0;
		for (let i = 0; i < this.y.length; i++) dy += (this.y[i] - this.yLast[i]) ** 2;
		if (dx > 1e-20 && dy > 1e-20) {
			this.omega = Math.exp(0.5 * Math.log(Math.sqrt(dy / dx)) + 0.5 * Math.log(this.omega));
		}
		this.xLast.set(this.x);
		this.yLast.set(this.y);
		xSum.fill(0);
		ySum.fill(0);
		this.sumWeight = 0;
		this.sinceRestart = 0;
		this.lastRestartError = err;
		this.lastCandidateError = Infinity;
	}
}

/**
 * The column half of an iteration: x_next = clamp(x + tau (c - A^T y)), A x_next into
 * axNext; returns ||x_next - x||^2 in the preconditioned norm. Plain functions over typed
 * arrays: V8 optimises them within the first iterations.
 */
function columnPass(
	lp: PdhgLp,
	x: Float64Array,
	y: Float64Array,
	xNext: Float64Array,
	axNext: Float64Array,
	colCount: Float64Array,
	tauScale: number
): number {
	const { starts, indices, colCost, colLower } = lp;
	const n = lp.numCols;
	let dx = 0;
	for (let j = 0; j < n; j++) {
		const from = starts[j];
		const to = starts[j + 1];
		let aty = 0;
		for (let q = from; q < to; q++) aty += y[indices[q]];
		const old = x[j];
		let next = old + (tauScale / colCount[j]) * (colCost[j] - aty);
		if (next > 1) next = 1;
		else if (next < colLower[j]) next = colLower[j];
		xNext[j] = next;
		const d = next - old;
		dx += colCount[j] * d * d;
		if (next !== 0) for (let q = from; q < to; q++) axNext[indices[q]] += next;
	}
	return dx;
}

/**
 * The row half: y_next = max(0, y + sigma (A (2 x_next - x) - b)); returns ||y_next - y||^2
 * in the preconditioned norm, and writes dy . A dx into out[0].
 */
function rowPass(
	rowUpper: Float64Array,
	y: Float64Array,
	yNext: Float64Array,
	ax: Float64Array,
	axNext: Float64Array,
	rowCount: Float64Array,
	sigmaScale: number,
	out: Float64Array
): number {
	let dy = 0;
	let interaction = 0;
	for (let i = 0; i < y.length; i++) {
		const step = y[i] + (sigmaScale / rowCount[i]) * (2 * axNext[i] - ax[i] - rowUpper[i]);
		const next = step > 0 ? step : 0;
		yNext[i] = next;
		const d = next - y[i];
		dy += rowCount[i] * d * d;
		interaction += d * (axNext[i] - ax[i]);
	}
	out[0] = interaction;
	return dy;
}

function accumulate(sum: Float64Array, v: Float64Array, weight: number): void {
	for (let i = 0; i < sum.length; i++) sum[i] += weight * v[i];
}
