import type { Model } from './model';

/**
 * Lagrangian upper bound: price every (person, slot) pair (mu), every slot's tables (lambda)
 * and every person's cap (nu). For ANY non-negative prices,
 *   sum_r max(0, max_s w_r - mu[a,s] - mu[b,s] - lambda[s] - nu[a] - nu[b])
 *     + sum mu + sum_s lambda[s] * tables[s] + sum_p nu[p] * cap[p]
 * bounds every valid schedule (weak duality), so the bound is proven whatever the search
 * does; projected subgradient steps (Polyak) only make it tighter, towards the LP bound.
 */
export class Prices {
	readonly mu: Float64Array;
	readonly lambda: Float64Array;
	readonly nu: Float64Array;
	/** Subgradient parts: uses of each (person, slot), slot loads, person degrees. */
	readonly use: Int32Array;
	readonly load: Int32Array;
	readonly degree: Int32Array;

	constructor(private readonly m: Model) {
		this.mu = new Float64Array(m.personCount * m.slotCount);
		this.lambda = new Float64Array(m.slotCount);
		this.nu = new Float64Array(m.personCount);
		this.use = new Int32Array(this.mu.length);
		this.load = new Int32Array(m.slotCount);
		this.degree = new Int32Array(m.personCount);
	}

	/** Evaluates the bound at the current prices, recording the relaxed solution's usage. */
	evaluate(): number {
		const { m, mu, lambda, nu } = this;
		const S = m.slotCount;
		this.use.fill(0);
		this.load.fill(0);
		this.degree.fill(0);
		let value = 0;
		for (let r = 0; r < m.requestCount; r++) {
			const a = m.reqA[r];
			const b = m.reqB[r];
			const base = m.weight[r] - nu[a] - nu[b];
			// A lock is in every valid schedule: its term counts even when it costs more than it earns.
			const locked = m.lockedSlot[r] >= 0;
			let best = locked ? -Infinity : 0;
			let bestSlot = -1;
			for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
				const s = m.feasSlots[k];
				const profit = base - mu[a * S + s] - mu[b * S + s] - lambda[s];
				if (profit > best) {
					best = profit;
					bestSlot = s;
				}
			}
			if (bestSlot < 0) continue;
			value += best;
			this.use[a * S + bestSlot]++;
			this.use[b * S + bestSlot]++;
			this.load[bestSlot]++;
			this.degree[a]++;
			this.degree[b]++;
		}
		for (let i = 0; i < mu.length; i++) value += mu[i];
		for (let s = 0; s < S; s++) value += lambda[s] * m.tables[s];
		for (let p = 0; p < m.personCount; p++) value += nu[p] * m.cap[p];
		return value;
	}

	/** Squared norm of the projected subgradient (components that can actually move). */
	private norm(): number {
		let sq = 0;
		const add = (price: number, g: number) => {
			if (price > 0 || g < 0) sq += g * g;
		};
		for (let i = 0; i < this.mu.length; i++) add(this.mu[i], 1 - this.use[i]);
		for (let s = 0; s < this.lambda.length; s++)
			add(this.lambda[s], this.m.tables[s] - this.load[s]);
		for (let p = 0; p < this.nu.length; p++) add(this.nu[p], this.m.cap[p] - this.degree[p]);
		return sq;
	}

	/** One Polyak step towards `target`; returns false when the relaxed solution is feasible. */
	step(value: number, target: number, theta: number): boolean {
		const sq = this.norm();
		if (sq === 0) return false;
		const t = (theta * Math.max(value - target, 1e-3 * Math.max(1, value))) / sq;
		const { mu, lambda, nu, m } = this;
		for (let i = 0; i < mu.length; i++) mu[i] = Math.max(0, mu[i] - t * (1 - this.use[i]));
		for (let s = 0; s < lambda.length; s++) {
			lambda[s] = Math.max(0, lambda[s] - t * (m.tables[s] - this.load[s]));
		}
		for (let p = 0; p < nu.length; p++)
			nu[p] = Math.max(0, nu[p] - t * (m.cap[p] - this.degree[p]));
		return true;
	}
}

/** Rounds down to an integer when weights are integral, with slack for float rounding. */
export function roundBound(m: Model, value: number): number {
	if (!m.integerWeights) return value * (1 + 1e-12);
	return Math.floor(value + 1e-6 * Math.max(1, value));
}

/**
 * Proven upper bound on the schedulable weight. `target` is the best known schedule weight,
 * which steers step lengths; the search stops at the deadline or when the bound meets it.
 * Starting prices (from LP duals) make the first evaluation already close to the LP bound.
 */
export function lagrangianBound(
	m: Model,
	target: number,
	deadline: number,
	options: {
		maxIter?: number;
		start?: Prices;
		/** Stops as soon as the bound is this low (a bound that already certifies the schedule). */
		stopAt?: number;
	} = {}
): number {
	const prices = options.start ?? new Prices(m);
	const maxIter = options.maxIter ?? 400;
	let best = Infinity;
	let theta = options.start ? 0.1 : 2;
	let stale = 0;
	const staleMax = 20;
	for (let it = 0; it < maxIter; it++) {
		const value = prices.evaluate();
		if (value < best - 1e-9) {
			best = value;
			stale = 0;
		} else if (++stale >= staleMax) {
			theta /= 2;
			stale = 0;
		}
		const proven = roundBound(m, best);
		if (proven <= target + 1e-9 || proven <= (options.stopAt ?? -Infinity) || theta < 1e-4) break;
		if (!prices.step(value, target, theta) || Date.now() > deadline) break;
	}
	return roundBound(m, best);
}
