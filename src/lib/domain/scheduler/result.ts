import type { Assignment } from './state';
import type { ScheduledMeeting, SchedulerResult, SchedulerStats } from './types';

/** Numbers tables 1..k per slot; locked meetings keep theirs, the rest take the lowest free. */
export function assignTables(state: Assignment): Int32Array {
	const m = state.model;
	const table = new Int32Array(m.requestCount);
	for (let s = 0; s < m.slotCount; s++) {
		const taken = new Uint8Array(m.tables[s] + 1);
		const start = state.memberStart[s];
		const end = start + state.load[s];
		for (let k = start; k < end; k++) {
			const r = state.members[k];
			if (m.lockedSlot[r] >= 0) taken[(table[r] = m.lockedTable[r])] = 1;
		}
		let next = 1;
		for (let k = start; k < end; k++) {
			const r = state.members[k];
			if (m.lockedSlot[r] >= 0) continue;
			while (taken[next]) next++;
			table[r] = next++;
		}
	}
	return table;
}

export function toResult(
	state: Assignment,
	stats: Omit<SchedulerStats, 'scheduledWeight'>
): SchedulerResult {
	const m = state.model;
	const { slots, requests } = m.instance;
	const table = assignTables(state);
	const meetings: ScheduledMeeting[] = [];
	const unscheduled: string[] = [];
	let scheduledWeight = 0;
	for (let r = 0; r < m.requestCount; r++) {
		const s = state.slotOf[r];
		if (s < 0) unscheduled.push(requests[r].id);
		else {
			meetings.push({ request: requests[r].id, slot: slots[s].id, table: table[r] });
			scheduledWeight += m.weight[r];
		}
	}
	const pos = new Map(slots.map((s, i) => [s.id, m.slotPos[i]]));
	meetings.sort((x, y) => (pos.get(x.slot) ?? 0) - (pos.get(y.slot) ?? 0) || x.table - y.table);
	return { meetings, unscheduled, stats: { scheduledWeight, ...stats } };
}
