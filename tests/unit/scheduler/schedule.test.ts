import { describe, expect, it } from 'vitest';
import {
	firstFreeBaseline,
	schedule,
	scheduleHeuristic,
	validateResult,
	type SchedulerInstance
} from '../../../src/lib/domain/scheduler/index';
import { pairs, people, slot } from './fixtures';

const modes = ['heuristic', 'auto', 'exact'] as const;

async function everyMode(instance: SchedulerInstance, weight: number) {
	for (const mode of modes) {
		const result = await schedule(instance, { mode });
		expect(validateResult(instance, result)).toEqual([]);
		expect(result.stats.scheduledWeight).toBe(weight);
		expect(result.stats.upperBound).toBeGreaterThanOrEqual(weight);
	}
	const exact = await schedule(instance, { mode: 'exact' });
	expect(exact.stats).toMatchObject({ upperBound: weight, optimal: true });
}

describe('schedule on instances with a known optimum', () => {
	it('picks the heaviest meeting of a triangle in a single slot', async () => {
		await everyMode(
			{
				slots: [slot('s1', 0, 5)],
				participants: people('p1', 'p2', 'p3'),
				requests: pairs(['p1', 'p2', 1], ['p2', 'p3', 4], ['p1', 'p3', 2])
			},
			4
		);
	});

	it('respects table limits, caps and availability', async () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 1), slot('s2', 1, 1)],
			participants: [
				{ id: 'p1', maxMeetings: 1 },
				{ id: 'p2' },
				{ id: 'p3', available: ['s2'] },
				{ id: 'p4' }
			],
			requests: pairs(['p1', 'p2', 3], ['p1', 'p4', 3], ['p3', 'p4', 2], ['p2', 'p4', 1])
		};
		// p1 meets once (3); s2 is the only slot for p3-p4 (2); s1 then takes p1's meeting.
		await everyMode(instance, 5);
	});

	it('keeps locked meetings at their slot and table even when that costs weight', async () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 3)],
			participants: people('p1', 'p2', 'p3'),
			requests: pairs(['p1', 'p2', 1], ['p1', 'p3', 5]),
			locked: [{ request: 'r1', slot: 's1', table: 3 }]
		};
		await everyMode(instance, 1);
		const result = scheduleHeuristic(instance);
		expect(result.meetings).toEqual([{ request: 'r1', slot: 's1', table: 3 }]);
		expect(result.unscheduled).toEqual(['r2']);
	});

	it('numbers tables from 1 around a locked table', async () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 3)],
			participants: people('a', 'b', 'c', 'd', 'e', 'f'),
			requests: pairs(['a', 'b'], ['c', 'd'], ['e', 'f']),
			locked: [{ request: 'r3', slot: 's1', table: 1 }]
		};
		const result = await schedule(instance);
		expect(result.meetings.map((m) => m.table)).toEqual([1, 2, 3]);
		expect(result.meetings[0].request).toBe('r3');
	});

	it('rejects an invalid instance with a SchedulerInputError', async () => {
		const instance = {
			slots: [slot('s1', 0, 1)],
			participants: people('p1'),
			requests: pairs(['p1', 'p1'])
		};
		await expect(schedule(instance)).rejects.toThrow(
			'requests[0] (r1): a and b are the same participant "p1"'
		);
		expect(() => scheduleHeuristic(instance)).toThrow('a and b are the same participant');
	});
});

describe('idle gaps', () => {
	it('closes a gap when a meeting can move next to the other one', () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 1), slot('s2', 1, 1), slot('s3', 2, 1)],
			participants: [{ id: 'p1' }, { id: 'p2', available: ['s1'] }, { id: 'p3' }],
			requests: pairs(['p1', 'p2'], ['p1', 'p3'])
		};
		const result = scheduleHeuristic(instance);
		expect(result.stats.idleGaps).toBe(0);
		expect(result.meetings.map((m) => m.slot)).toEqual(['s1', 's2']);
	});

	it('groups days by the Lima calendar date, not the UTC one', () => {
		// 17:00, 18:00 and 19:00 in Lima; the last one is already the next day in UTC.
		const at = (id: string, iso: string) => ({
			id,
			start: iso,
			end: iso.replace(':00:00', ':20:00'),
			tables: 1
		});
		const instance: SchedulerInstance = {
			slots: [
				at('s1', '2026-09-21T22:00:00Z'),
				at('s2', '2026-09-21T23:00:00Z'),
				at('s3', '2026-09-22T00:00:00Z')
			],
			participants: people('p1', 'p2', 'p3'),
			requests: pairs(['p1', 'p2'], ['p1', 'p3']),
			locked: [
				{ request: 'r1', slot: 's1', table: 1 },
				{ request: 'r2', slot: 's3', table: 1 }
			]
		};
		expect(scheduleHeuristic(instance).stats.idleGaps).toBe(1);
	});
});

describe('firstFreeBaseline', () => {
	it('gives requests in arrival order the earliest slot where both are free', () => {
		const instance: SchedulerInstance = {
			slots: [slot('s2', 1, 1), slot('s1', 0, 1)],
			participants: people('p1', 'p2', 'p3'),
			requests: pairs(['p1', 'p2', 1], ['p1', 'p3', 1], ['p2', 'p3', 9])
		};
		const result = firstFreeBaseline(instance);
		expect(validateResult(instance, result)).toEqual([]);
		expect(result.meetings).toEqual([
			{ request: 'r1', slot: 's1', table: 1 },
			{ request: 'r2', slot: 's2', table: 1 }
		]);
		expect(result.unscheduled).toEqual(['r3']);
	});
});
