import type { SchedulerInstance } from './types';

/**
 * Index-based form of a validated instance: typed arrays instead of id lookups, because the
 * largest events (100k requests x 48 slots) must fit in well under 1 GB and scan quickly.
 */
export interface Model {
	instance: SchedulerInstance;
	slotCount: number;
	personCount: number;
	requestCount: number;
	tables: Int32Array;
	/** Position of each slot in start-time order; adjacent positions of one day are consecutive. */
	slotPos: Int32Array;
	slotDay: Int32Array;
	reqA: Int32Array;
	reqB: Int32Array;
	weight: Float64Array;
	/** Effective cap: maxMeetings, or the slot count when absent. */
	cap: Int32Array;
	/** CSR lists of the slots where both people are free (only the locked slot for a lock). */
	feasStart: Int32Array;
	feasSlots: Int32Array;
	lockedSlot: Int32Array;
	lockedTable: Int32Array;
	/** CSR lists of each person's requests. */
	personStart: Int32Array;
	personReqs: Int32Array;
	/** 1 at [p * slotCount + s] when person p is available in slot s. */
	avail: Uint8Array;
	integerWeights: boolean;
}

const limaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' });

/**
 * EXTEMIN runs in Arequipa, so a day is the calendar date in America/Lima: UTC dates would put
 * evening sessions (after 19:00 local) on the next day.
 */
function dayIndices(instance: SchedulerInstance, order: number[]): Int32Array {
	const day = new Int32Array(instance.slots.length);
	const keys = new Map<string, number>();
	for (const s of order) {
		const key = limaDate.format(new Date(instance.slots[s].start));
		if (!keys.has(key)) keys.set(key, keys.size);
		day[s] = keys.get(key) ?? 0;
	}
	return day;
}

function availability(instance: SchedulerInstance, slotIndex: Map<string, number>): Uint8Array {
	const S = instance.slots.length;
	const avail = new Uint8Array(instance.participants.length * S);
	instance.participants.forEach((p, i) => {
		if (p.available === undefined) avail.fill(1, i * S, (i + 1) * S);
		else for (const id of p.available) avail[i * S + (slotIndex.get(id) ?? 0)] = 1;
	});
	return avail;
}

function feasibleSlots(m: Model, avail: Uint8Array): void {
	const S = m.slotCount;
	const lists: number[] = [];
	for (let r = 0; r < m.requestCount; r++) {
		m.feasStart[r] = lists.length;
		if (m.lockedSlot[r] >= 0) {
			lists.push(m.lockedSlot[r]);
			continue;
		}
		const a = m.reqA[r] * S;
		const b = m.reqB[r] * S;
		for (let s = 0; s < S; s++) if (avail[a + s] && avail[b + s] && m.tables[s] > 0) lists.push(s);
	}
	m.feasStart[m.requestCount] = lists.length;
	m.feasSlots = Int32Array.from(lists);
}

function personLists(m: Model): void {
	for (let r = 0; r < m.requestCount; r++) {
		m.personStart[m.reqA[r] + 1]++;
		m.personStart[m.reqB[r] + 1]++;
	}
	for (let p = 0; p < m.personCount; p++) m.personStart[p + 1] += m.personStart[p];
	const next = m.personStart.slice(0, m.personCount);
	for (let r = 0; r < m.requestCount; r++) {
		m.personReqs[next[m.reqA[r]]++] = r;
		m.personReqs[next[m.reqB[r]]++] = r;
	}
}

export function buildModel(instance: SchedulerInstance): Model {
	const S = instance.slots.length;
	const R = instance.requests.length;
	const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
	const personIndex = new Map(instance.participants.map((p, i) => [p.id, i]));
	const order = instance.slots
		.map((s, i) => ({ i, t: Date.parse(s.start) }))
		.sort((x, y) => x.t - y.t || x.i - y.i)
		.map((x) => x.i);
	const slotPos = new Int32Array(S);
	order.forEach((s, pos) => (slotPos[s] = pos));
	const m: Model = {
		instance,
		slotCount: S,
		personCount: instance.participants.length,
		requestCount: R,
		tables: Int32Array.from(instance.slots.map((s) => s.tables)),
		slotPos,
		slotDay: dayIndices(instance, order),
		reqA: Int32Array.from(instance.requests.map((r) => personIndex.get(r.a) ?? 0)),
		reqB: Int32Array.from(instance.requests.map((r) => personIndex.get(r.b) ?? 0)),
		weight: Float64Array.from(instance.requests.map((r) => r.weight ?? 1)),
		cap: Int32Array.from(instance.participants.map((p) => Math.min(p.maxMeetings ?? S, S))),
		feasStart: new Int32Array(R + 1),
		feasSlots: new Int32Array(0),
		lockedSlot: new Int32Array(R).fill(-1),
		lockedTable: new Int32Array(R),
		personStart: new Int32Array(instance.participants.length + 1),
		personReqs: new Int32Array(2 * R),
		avail: availability(instance, slotIndex),
		integerWeights: instance.requests.every((r) => Number.isInteger(r.weight ?? 1))
	};
	const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
	for (const lock of instance.locked ?? []) {
		const r = requestIndex.get(lock.request) ?? 0;
		m.lockedSlot[r] = slotIndex.get(lock.slot) ?? 0;
		m.lockedTable[r] = lock.table;
	}
	feasibleSlots(m, m.avail);
	personLists(m);
	return m;
}
