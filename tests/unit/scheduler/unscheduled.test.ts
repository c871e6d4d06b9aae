import { describe, expect, it } from 'vitest';
import {
	qualityPercent,
	scheduleHeuristic,
	unscheduledReasons,
	type SchedulerInstance
} from '../../../src/lib/domain/scheduler/index';
import { pairs, slot } from './fixtures';

describe('unscheduledReasons', () => {
	it('names each reason: no common slot, cap, no table left, lost to other requests', () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 3), slot('s2', 1, 1), slot('s3', 2, 1)],
			participants: [
				{ id: 'p1', available: ['s1'] },
				{ id: 'p2', available: ['s2'] },
				{ id: 'p3', maxMeetings: 1 },
				{ id: 'p4' },
				{ id: 'p5', available: ['s3'] },
				{ id: 'p6', available: ['s3'] },
				{ id: 'p7', available: ['s3'] },
				{ id: 'p8', available: ['s1'] },
				{ id: 'p9', available: ['s1'] }
			],
			requests: pairs(
				['p1', 'p2'], // r1: p1 only s1, p2 only s2
				['p3', 'p4', 3], // r2: scheduled, p3 at cap
				['p3', 'p8'], // r3: p3 at their cap
				['p5', 'p6', 2], // r4: takes s3's only table
				['p7', 'p4'], // r5: s3 is full
				['p8', 'p9', 2], // r6: in s1
				['p9', 'p1'] // r7: s1 has a table left, but p9 already meets p8 there
			),
			locked: [
				{ request: 'r2', slot: 's1', table: 1 },
				{ request: 'r4', slot: 's3', table: 1 },
				{ request: 'r6', slot: 's1', table: 2 }
			]
		};
		const result = {
			meetings: [
				{ request: 'r2', slot: 's1', table: 1 },
				{ request: 'r4', slot: 's3', table: 1 },
				{ request: 'r6', slot: 's1', table: 2 }
			],
			unscheduled: ['r1', 'r3', 'r5', 'r7']
		};
		expect(unscheduledReasons(instance, result)).toEqual([
			{ request: 'r1', reason: 'no-common-slot' },
			{ request: 'r3', reason: 'cap', person: 'p3' },
			{ request: 'r5', reason: 'no-table' },
			{ request: 'r7', reason: 'lost' }
		]);
	});

	it('gives every unscheduled request of a real run a reason', () => {
		const instance: SchedulerInstance = {
			slots: [slot('s1', 0, 1), slot('s2', 1, 1)],
			participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			requests: pairs(['a', 'b'], ['b', 'c'], ['a', 'c'])
		};
		const result = scheduleHeuristic(instance, { timeBudgetMs: 20 });
		const reasons = unscheduledReasons(instance, result);
		expect(reasons.map((r) => r.request)).toEqual(result.unscheduled);
		expect(reasons.every((r) => ['no-table', 'lost'].includes(r.reason))).toBe(true);
	});
});

describe('qualityPercent', () => {
	it('rounds down, so "at least" stays true', () => {
		expect(qualityPercent(2469, 2472)).toBe(99.8);
		expect(qualityPercent(996, 1000)).toBe(99.6);
		expect(qualityPercent(9999, 10000)).toBe(99.9);
		expect(qualityPercent(5, 5)).toBe(100);
		expect(qualityPercent(0, 0)).toBe(100);
	});
});
