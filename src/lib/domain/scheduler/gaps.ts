import type { Model } from './model';
import type { Assignment } from './state';

/** Slots of each day in start order; idle gaps only count between neighbours in this list. */
export function slotsByDay(m: Model): number[][] {
	const order = Array.from({ length: m.slotCount }, (_, s) => s).sort(
		(x, y) => m.slotPos[x] - m.slotPos[y]
	);
	const days: number[][] = [];
	for (const s of order) (days[m.slotDay[s]] ??= []).push(s);
	return days;
}

/**
 * Idle gaps of one person in one day: how many times two consecutive meetings of theirs are not
 * in neighbouring slots. A gap of three empty slots counts once, as one wait in the hall.
 */
export function personDayGaps(state: Assignment, p: number, day: number[]): number {
	const base = p * state.model.slotCount;
	let gaps = 0;
	let last = -1;
	for (let i = 0; i < day.length; i++) {
		if (state.busy[base + day[i]] < 0) continue;
		if (last >= 0 && i - last > 1) gaps++;
		last = i;
	}
	return gaps;
}

export function countIdleGaps(state: Assignment, days: number[][]): number {
	let total = 0;
	for (let p = 0; p < state.model.personCount; p++) {
		for (const day of days) total += personDayGaps(state, p, day);
	}
	return total;
}

function pairGaps(state: Assignment, r: number, day: number[]): number {
	const m = state.model;
	return personDayGaps(state, m.reqA[r], day) + personDayGaps(state, m.reqB[r], day);
}

/** Tries every other slot of the same day for r; keeps the first move that removes gaps. */
function improveMeeting(state: Assignment, r: number, days: number[][]): boolean {
	const m = state.model;
	const from = state.slotOf[r];
	const day = days[m.slotDay[from]];
	const before = pairGaps(state, r, day);
	if (before === 0) return false;
	for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
		const s = m.feasSlots[k];
		if (s === from || m.slotDay[s] !== m.slotDay[from]) continue;
		const mark = state.mark();
		state.remove(r);
		if (state.canPlace(r, s)) {
			state.place(r, s);
			if (pairGaps(state, r, day) < before) return true;
		}
		state.rollback(mark);
	}
	return false;
}

/** Second objective: moves meetings within their day while that lowers idle gaps. */
export function reduceIdleGaps(state: Assignment, days: number[][], deadline: number): void {
	const m = state.model;
	for (let round = 0; round < 4; round++) {
		let moved = 0;
		for (let r = 0; r < m.requestCount; r++) {
			if (state.slotOf[r] < 0 || m.lockedSlot[r] >= 0) continue;
			if (improveMeeting(state, r, days)) moved++;
			if ((r & 255) === 0 && Date.now() > deadline) break;
		}
		state.commit();
		if (moved === 0 || Date.now() > deadline) return;
	}
}
