import type { SchedulerInstance, SchedulerSlot } from '../../../src/lib/domain/scheduler/index';

/** Slot `i` of a day starting 09:00 in Lima (14:00Z), 20-minute meetings back to back. */
export function slot(id: string, i: number, tables: number, day = 0): SchedulerSlot {
	const start = Date.UTC(2026, 8, 21 + day, 14, 0) + i * 20 * 60_000;
	return {
		id,
		start: new Date(start).toISOString(),
		end: new Date(start + 20 * 60_000).toISOString(),
		tables
	};
}

export const people = (...ids: string[]) => ids.map((id) => ({ id }));

export function pairs(...list: [string, string, number?][]): SchedulerInstance['requests'] {
	return list.map(([a, b, weight], i) => ({ id: `r${i + 1}`, a, b, weight }));
}

/**
 * Five people in a cycle meeting in one slot with plenty of tables: at most two meetings fit
 * (weight 4), while the LP relaxation reaches 5 with half of every meeting.
 */
export const oddCycle: SchedulerInstance = {
	slots: [slot('s1', 0, 5)],
	participants: people('p1', 'p2', 'p3', 'p4', 'p5'),
	requests: pairs(
		['p1', 'p2', 2],
		['p2', 'p3', 2],
		['p3', 'p4', 2],
		['p4', 'p5', 2],
		['p5', 'p1', 2]
	)
};
