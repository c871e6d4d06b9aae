import type { Model } from './model';
import type { Relaxation } from './relaxation';
import { Assignment } from './state';

/** Locks go first and always fit: parseInstance has proven them mutually consistent. */
export function placeLocked(state: Assignment): void {
	const m = state.model;
	for (let r = 0; r < m.requestCount; r++) {
		if (m.lockedSlot[r] >= 0) state.place(r, m.lockedSlot[r]);
	}
}

/** Highest weight first; among equals the request with the fewest feasible slots. */
export function priorityOrder(m: Model): Int32Array {
	const order = new Int32Array(m.requestCount);
	for (let r = 0; r < order.length; r++) order[r] = r;
	const options = (r: number) => m.feasStart[r + 1] - m.feasStart[r];
	return order.sort((x, y) => m.weight[y] - m.weight[x] || options(x) - options(y) || x - y);
}

/** The feasible free slot with the lowest fill ratio, keeping room where it is scarcest. */
function leastLoadedSlot(state: Assignment, r: number): number {
	const m = state.model;
	let best = -1;
	let bestFill = Infinity;
	for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
		const s = m.feasSlots[k];
		if (!state.canPlace(r, s)) continue;
		const fill = state.load[s] / m.tables[s];
		if (fill < bestFill) {
			bestFill = fill;
			best = s;
		}
	}
	return best;
}

export function priorityGreedy(m: Model): Assignment {
	const state = new Assignment(m);
	placeLocked(state);
	for (const r of priorityOrder(m)) {
		if (state.slotOf[r] >= 0) continue;
		const s = leastLoadedSlot(state, r);
		if (s >= 0) state.place(r, s);
	}
	state.commit();
	return state;
}

/** The baseline: requests in arrival order take the earliest slot where both are free. */
export function firstFree(m: Model): Assignment {
	const state = new Assignment(m);
	placeLocked(state);
	for (let r = 0; r < m.requestCount; r++) {
		if (state.slotOf[r] >= 0) continue;
		let best = -1;
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			const s = m.feasSlots[k];
			if (state.canPlace(r, s) && (best < 0 || m.slotPos[s] < m.slotPos[best])) best = s;
		}
		if (best >= 0) state.place(r, best);
	}
	state.commit();
	return state;
}

/** The least-loaded free slot of r inside block `b` of `blockOf`, or -1. */
function leastLoadedInBlock(state: Assignment, r: number, blockOf: Int32Array, b: number): number {
	const m = state.model;
	let best = -1;
	let bestFill = Infinity;
	for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
		const s = m.feasSlots[k];
		if (blockOf[s] !== b || !state.canPlace(r, s)) continue;
		const fill = state.load[s] / m.tables[s];
		if (fill < bestFill) {
			bestFill = fill;
			best = s;
		}
	}
	return best;
}

/**
 * LP-guided start: the requests the LP relaxation schedules fully go first, each into the
 * block (or slot) where the LP put most of it; then the rest in priority order. On brokerage
 * events the per-slot LP is nearly integral, so this start is close to the optimum.
 */
export function guidedGreedy(
	m: Model,
	rel: Relaxation,
	primal: Float64Array,
	/** Requests are ranked by their LP value in steps of 1 / resolution, then by priority. */
	resolution = 1000
): Assignment {
	const value = new Float64Array(m.requestCount);
	const prefer = new Int32Array(m.requestCount).fill(-1);
	const preferValue = new Float64Array(m.requestCount);
	for (let j = 0; j < rel.numCols; j++) {
		const r = rel.colRequest[j];
		value[r] += primal[j];
		if (primal[j] > preferValue[r]) {
			preferValue[r] = primal[j];
			prefer[r] = rel.colBlock[j];
		}
	}
	const state = new Assignment(m);
	placeLocked(state);
	const rank = (r: number) => Math.round(value[r] * resolution);
	const order = Array.from(priorityOrder(m)).sort((x, y) => rank(y) - rank(x));
	for (const r of order) {
		if (state.slotOf[r] >= 0 || value[r] < 1e-6) continue;
		let s = prefer[r] >= 0 ? leastLoadedInBlock(state, r, rel.blockOf, prefer[r]) : -1;
		if (s < 0) s = leastLoadedSlot(state, r);
		if (s >= 0) state.place(r, s);
	}
	for (const r of order) {
		if (state.slotOf[r] >= 0) continue;
		const s = leastLoadedSlot(state, r);
		if (s >= 0) state.place(r, s);
	}
	state.commit();
	return state;
}
