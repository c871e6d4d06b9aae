import { buildModel } from './model';
import type { SchedulerInstance, SchedulerResult } from './types';

/**
 * Why a request stayed unscheduled, checked in this order:
 * - `no-common-slot`: the two people share no available slot (with tables);
 * - `cap`: one of them already has as many meetings as their cap allows;
 * - `no-table`: every common slot has all its tables taken;
 * - `lost`: in each common slot one of them meets someone else (or the tables are full):
 *   the slots went to other requests.
 */
export type UnscheduledReason = 'no-common-slot' | 'cap' | 'no-table' | 'lost';

export interface UnscheduledRequest {
	request: string;
	reason: UnscheduledReason;
	/** For `cap`: the person at their cap. */
	person?: string;
}

/** One unscheduled request as the organiser page lists it, with the people's names. */
export interface UnscheduledItem {
	requestId: number;
	from: string;
	to: string;
	reason: UnscheduledReason;
	/** For 'cap': the name of the person at their cap. */
	person?: string;
}

/** Reasons for every unscheduled request of a valid `result` of `instance` (pure). */
export function unscheduledReasons(
	instance: SchedulerInstance,
	result: Pick<SchedulerResult, 'meetings' | 'unscheduled'>
): UnscheduledRequest[] {
	const m = buildModel(instance);
	const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
	const requestIndex = new Map(instance.requests.map((r, i) => [r.id, i]));
	const load = new Int32Array(m.slotCount);
	const count = new Int32Array(m.personCount);
	for (const meeting of result.meetings) {
		const r = requestIndex.get(meeting.request);
		const s = slotIndex.get(meeting.slot);
		if (r === undefined || s === undefined) continue;
		load[s]++;
		count[m.reqA[r]]++;
		count[m.reqB[r]]++;
	}
	return result.unscheduled.map((id) => {
		const r = requestIndex.get(id);
		if (r === undefined || m.feasStart[r + 1] === m.feasStart[r]) {
			return { request: id, reason: 'no-common-slot' };
		}
		for (const p of [m.reqA[r], m.reqB[r]]) {
			if (count[p] >= m.cap[p]) {
				return { request: id, reason: 'cap', person: instance.participants[p].id };
			}
		}
		let allFull = true;
		for (let k = m.feasStart[r]; k < m.feasStart[r + 1]; k++) {
			const s = m.feasSlots[k];
			if (load[s] < m.tables[s]) allFull = false;
		}
		return { request: id, reason: allFull ? 'no-table' : 'lost' };
	});
}
