import type { Assignment } from './state';

/**
 * Ejection-chain local search. `relocate` places a request, displacing at most two meetings
 * that must themselves be relocated (an alternating chain, so no weight is lost); `eject`
 * places a heavier request by dropping lighter ones, which then get a chance to move elsewhere.
 */
export class ChainSearch {
	private readonly stamp: Int32Array;
	private epoch = 0;
	private nodes = 0;
	private seed = 0x9e3779b9;

	constructor(private readonly state: Assignment) {
		this.stamp = new Int32Array(state.model.requestCount);
	}

	/** Small deterministic PRNG: runs are reproducible, yet chains start at varied slots. */
	random(n: number): number {
		this.seed = (Math.imul(this.seed ^ (this.seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
		return ((this.seed >>> 0) % n) | 0;
	}

	begin(r: number, nodeBudget: number): void {
		this.epoch++;
		this.stamp[r] = this.epoch;
		this.nodes = nodeBudget;
	}

	/** Meetings that must leave slot s before r fits, or null when that is impossible. */
	private blockers(r: number, s: number, allowCapDrop: boolean): number[] | null {
		const st = this.state;
		const m = st.model;
		const out: number[] = [];
		for (const p of [m.reqA[r], m.reqB[r]]) {
			const b = st.busy[p * m.slotCount + s];
			if (b >= 0) {
				if (m.lockedSlot[b] >= 0 || this.stamp[b] === this.epoch) return null;
				if (!out.includes(b)) out.push(b);
			} else if (st.count[p] >= m.cap[p]) {
				if (!allowCapDrop) return null;
				const drop = this.lightestMeeting(p);
				if (drop < 0 || out.includes(drop)) return null;
				out.push(drop);
			}
		}
		if (st.load[s] - this.leavingSlot(out, s) >= m.tables[s]) {
			const k = st.memberStart[s] + this.random(st.load[s]);
			const b = st.members[k];
			if (m.lockedSlot[b] >= 0 || this.stamp[b] === this.epoch || out.includes(b)) return null;
			out.push(b);
		}
		return out;
	}

	private leavingSlot(out: number[], s: number): number {
		let n = 0;
		for (const b of out) if (this.state.slotOf[b] === s) n++;
		return n;
	}

	private lightestMeeting(p: number): number {
		const st = this.state;
		const m = st.model;
		let best = -1;
		for (let s = 0; s < m.slotCount; s++) {
			const b = st.busy[p * m.slotCount + s];
			if (b < 0 || m.lockedSlot[b] >= 0 || this.stamp[b] === this.epoch) continue;
			if (best < 0 || m.weight[b] < m.weight[best]) best = b;
		}
		return best;
	}

	/** Places unscheduled r without losing any scheduled meeting; state unchanged on failure. */
	relocate(r: number, depth: number): boolean {
		const st = this.state;
		const m = st.model;
		const from = m.feasStart[r];
		const n = m.feasStart[r + 1] - from;
		for (let k = 0; k < n; k++) {
			const s = m.feasSlots[from + k];
			if (st.canPlace(r, s)) return (st.place(r, s), true);
		}
		if (depth === 0 || n === 0) return false;
		const offset = this.random(n);
		for (let k = 0; k < n && this.nodes > 0; k++) {
			const s = m.feasSlots[from + ((k + offset) % n)];
			this.nodes--;
			const out = this.blockers(r, s, false);
			if (out === null || out.length === 0 || out.length > 2) continue;
			const mark = st.mark();
			for (const b of out) {
				this.stamp[b] = this.epoch;
				st.remove(b);
			}
			if (st.canPlace(r, s)) {
				st.place(r, s);
				if (out.every((b) => this.relocate(b, depth - 1))) return true;
			}
			st.rollback(mark);
			for (const b of out) this.stamp[b] = 0;
		}
		return false;
	}

	/** Tries r in slot s by dropping lighter meetings; returns the net weight gained (<= 0: undone). */
	private tryEject(r: number, s: number, depth: number): number {
		const st = this.state;
		const m = st.model;
		const out = this.blockers(r, s, true);
		if (out === null || out.length === 0) return 0;
		let lost = 0;
		for (const b of out) lost += m.weight[b];
		if (lost >= m.weight[r]) return 0;
		for (const b of out) {
			this.stamp[b] = this.epoch;
			st.remove(b);
		}
		if (!st.canPlace(r, s)) return -1;
		st.place(r, s);
		let gain = m.weight[r];
		for (const b of out) if (!this.relocate(b, depth - 1)) gain -= m.weight[b];
		return gain;
	}

	/** Best single ejection over r's slots; commits it only when it gains weight. */
	eject(r: number, depth: number): boolean {
		const st = this.state;
		const m = st.model;
		let bestSlot = -1;
		let bestGain = 0;
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			const s = m.feasSlots[k];
			const mark = st.mark();
			this.nodes = Math.max(this.nodes, 16);
			const gain = this.tryEject(r, s, depth);
			st.rollback(mark);
			this.begin(r, this.nodes);
			if (gain > bestGain) {
				bestGain = gain;
				bestSlot = s;
			}
		}
		if (bestSlot < 0) return false;
		this.begin(r, 64);
		const gain = this.tryEject(r, bestSlot, depth);
		return gain > 0;
	}
}
