import type { Model } from './model';

/**
 * Mutable slot assignment with an undo journal, so that local search can try a chain of moves
 * and roll all of them back in one call when the chain does not pay off.
 */
export class Assignment {
	readonly model: Model;
	readonly slotOf: Int32Array;
	/** Request occupying person p in slot s at [p * slotCount + s], or -1. */
	readonly busy: Int32Array;
	readonly load: Int32Array;
	readonly count: Int32Array;
	/** Members of slot s live at memberStart[s] .. memberStart[s] + load[s]. */
	readonly members: Int32Array;
	readonly memberStart: Int32Array;
	private readonly memberPos: Int32Array;
	private readonly journal: number[] = [];
	weight = 0;

	constructor(model: Model) {
		this.model = model;
		const { slotCount: S, personCount: P, requestCount: R } = model;
		this.slotOf = new Int32Array(R).fill(-1);
		this.busy = new Int32Array(P * S).fill(-1);
		this.load = new Int32Array(S);
		this.count = new Int32Array(P);
		this.memberStart = new Int32Array(S + 1);
		for (let s = 0; s < S; s++) this.memberStart[s + 1] = this.memberStart[s] + model.tables[s];
		this.members = new Int32Array(this.memberStart[S]);
		this.memberPos = new Int32Array(R);
	}

	/** True when r fits in s right now: both people free, a table left, caps respected. */
	canPlace(r: number, s: number): boolean {
		const m = this.model;
		const a = m.reqA[r];
		const b = m.reqB[r];
		const S = m.slotCount;
		return (
			this.load[s] < m.tables[s] &&
			this.busy[a * S + s] < 0 &&
			this.busy[b * S + s] < 0 &&
			this.count[a] < m.cap[a] &&
			this.count[b] < m.cap[b]
		);
	}

	place(r: number, s: number): void {
		this.rawPlace(r, s);
		this.journal.push(r, -1);
	}

	remove(r: number): void {
		const s = this.slotOf[r];
		this.rawRemove(r);
		this.journal.push(r, s);
	}

	mark(): number {
		return this.journal.length;
	}

	rollback(mark: number): void {
		const j = this.journal;
		while (j.length > mark) {
			const prev = j.pop() as number;
			const r = j.pop() as number;
			if (prev < 0) this.rawRemove(r);
			else this.rawPlace(r, prev);
		}
	}

	/** Forgets the journal: moves made so far become permanent. */
	commit(): void {
		this.journal.length = 0;
	}

	private rawPlace(r: number, s: number): void {
		const m = this.model;
		const S = m.slotCount;
		this.slotOf[r] = s;
		this.busy[m.reqA[r] * S + s] = r;
		this.busy[m.reqB[r] * S + s] = r;
		this.count[m.reqA[r]]++;
		this.count[m.reqB[r]]++;
		const k = this.memberStart[s] + this.load[s]++;
		this.members[k] = r;
		this.memberPos[r] = k;
		this.weight += m.weight[r];
	}

	private rawRemove(r: number): void {
		const m = this.model;
		const S = m.slotCount;
		const s = this.slotOf[r];
		this.slotOf[r] = -1;
		this.busy[m.reqA[r] * S + s] = -1;
		this.busy[m.reqB[r] * S + s] = -1;
		this.count[m.reqA[r]]--;
		this.count[m.reqB[r]]--;
		const last = this.memberStart[s] + --this.load[s];
		const k = this.memberPos[r];
		const moved = this.members[last];
		this.members[k] = moved;
		this.memberPos[moved] = k;
		this.weight -= m.weight[r];
	}
}
