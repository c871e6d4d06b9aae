import type { Model } from './model';
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
