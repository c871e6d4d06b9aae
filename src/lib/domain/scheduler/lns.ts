import { ChainSearch } from './improve';
import type { Assignment } from './state';

/**
 * Large-neighbourhood search after the chains stall: force an unscheduled request into one of
 * its slots by clearing that slot around it, then repair the neighbourhood (everyone who lost a
 * meeting, and the other requests of the people involved). Equal-weight results are accepted
 * too, so the search drifts across plateaus instead of stopping at the first local optimum.
 */
function neighbourhood(state: Assignment, people: number[]): number[] {
	const m = state.model;
	const out: number[] = [];
	for (const p of people) {
		for (let k = m.personStart[p]; k < m.personStart[p + 1]; k++) {
			const r = m.personReqs[k];
			if (state.slotOf[r] < 0 && !out.includes(r)) out.push(r);
		}
	}
	return out.sort((x, y) => m.weight[y] - m.weight[x]);
}

function destroy(state: Assignment, search: ChainSearch, r: number, s: number): number[] {
	const m = state.model;
	const S = m.slotCount;
	const people = [m.reqA[r], m.reqB[r]];
	const removeIfFree = (b: number) => {
		if (b < 0 || m.lockedSlot[b] >= 0) return false;
		people.push(m.reqA[b], m.reqB[b]);
		state.remove(b);
		return true;
	};
	for (const p of [m.reqA[r], m.reqB[r]]) {
		if (!removeIfFree(state.busy[p * S + s])) {
			if (state.busy[p * S + s] >= 0) return [];
		}
	}
	if (state.load[s] >= m.tables[s])
		removeIfFree(state.members[state.memberStart[s] + search.random(state.load[s])]);
	return people;
}

/**
 * What the LP's prices say: for each request with a positive reduced profit (the LP wants it
 * scheduled), the slot where that profit is highest; -1 for the others.
 */
export interface LpFocus {
	slot: Int32Array;
}

/** One ruin-and-recreate step; returns true when it was kept (weight did not drop). */
function step(
	state: Assignment,
	search: ChainSearch,
	unscheduled: number[],
	focus?: LpFocus
): boolean {
	const m = state.model;
	const r = unscheduled[search.random(unscheduled.length)];
	const options = m.feasStart[r + 1] - m.feasStart[r];
	if (state.slotOf[r] >= 0 || options === 0) return false;
	const before = state.weight;
	const mark = state.mark();
	// Half the forced moves of a focused round go where the LP's prices point.
	const pointed = focus && search.random(2) === 0 ? focus.slot[r] : -1;
	const s = pointed >= 0 ? pointed : m.feasSlots[m.feasStart[r] + search.random(options)];
	const people = destroy(state, search, r, s);
	if (people.length > 0 && state.canPlace(r, s)) state.place(r, s);
	for (const q of neighbourhood(state, people)) {
		search.begin(q, 40);
		if (!search.relocate(q, 3)) search.eject(q, 3);
	}
	if (state.weight + 1e-9 < before) {
		state.rollback(mark);
		return false;
	}
	state.commit();
	return true;
}

/** LNS that can run in slices (so the caller may await between them) and knows when it is done. */
export class Lns {
	private readonly search: ChainSearch;
	private unscheduled: number[] = [];
	private it = 0;
	private focused = false;
	private readonly maxSteps: number;

	constructor(
		readonly state: Assignment,
		/** Requests to force in first, and where (the LP's reduced profit). */
		private focus?: LpFocus
	) {
		this.search = new ChainSearch(state);
		// Tiny events would otherwise spin until the deadline on a schedule that cannot improve;
		// 20 steps per request stopped the 1,500-request benchmark event early, still improving.
		this.maxSteps = 100 * state.model.requestCount + 200;
	}

	/**
	 * From now on every other round of steps only forces in requests marked in `focus` (while
	 * any of them is unscheduled); the rounds between still try every request.
	 */
	focusOn(focus: LpFocus): void {
		this.focus = focus;
	}

	/** Runs until `deadline`; returns false once nothing is left to try. */
	run(deadline: number): boolean {
		const { state } = this;
		const m = state.model;
		for (; this.it < this.maxSteps && Date.now() < deadline; this.it++) {
			if (this.it % 200 === 0) {
				this.unscheduled = [];
				for (let r = 0; r < m.requestCount; r++) {
					if (state.slotOf[r] < 0 && m.feasStart[r + 1] > m.feasStart[r]) this.unscheduled.push(r);
				}
				const focus = this.focus;
				this.focused = false;
				if (focus && this.it % 400 === 0) {
					const focused = this.unscheduled.filter((r) => focus.slot[r] >= 0);
					if (focused.length > 0) {
						this.unscheduled = focused;
						this.focused = true;
					}
				}
				if (this.unscheduled.length === 0) {
					this.it = this.maxSteps;
					return false;
				}
			}
			step(state, this.search, this.unscheduled, this.focused ? this.focus : undefined);
		}
		return this.it < this.maxSteps;
	}
}

export function largeNeighbourhoodSearch(state: Assignment, deadline: number): void {
	new Lns(state).run(deadline);
}
