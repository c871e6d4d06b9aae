import { describe, expect, it } from 'vitest';
import {
	validateResult,
	type SchedulerInstance,
	type SchedulerResult
} from '../../../src/lib/domain/scheduler/index';
import { pairs, people, slot } from './fixtures';

const instance: SchedulerInstance = {
	slots: [slot('s1', 0, 2), slot('s2', 1, 1)],
	participants: [
		{ id: 'p1', maxMeetings: 1 },
		{ id: 'p2' },
		{ id: 'p3', available: ['s2'] },
		...people('p4')
	],
	requests: pairs(['p1', 'p2', 2], ['p3', 'p4'], ['p2', 'p4']),
	locked: [{ request: 'r1', slot: 's1', table: 2 }]
};

function result(meetings: SchedulerResult['meetings'], unscheduled: string[], weight: number) {
	const stats = { scheduledWeight: weight, upperBound: 4, optimal: false, idleGaps: 0, millis: 0 };
	return { meetings, unscheduled, stats };
}

const good = () =>
	result(
		[
			{ request: 'r1', slot: 's1', table: 2 },
			{ request: 'r3', slot: 's2', table: 1 }
		],
		['r2'],
		3
	);

describe('validateResult', () => {
	it('accepts a valid result', () => {
		expect(validateResult(instance, good())).toEqual([]);
	});

	it('catches a person in two meetings of one slot and a table used twice', () => {
		const r = good();
		r.meetings[1] = { request: 'r3', slot: 's1', table: 2 };
		expect(validateResult(instance, r)).toEqual([
			'meetings[1]: table 2 of slot "s1" is also used by meetings[0]',
			'meetings[1]: participant "p2" in slot "s1" is also used by meetings[0]'
		]);
	});

	it('catches a table outside the slot and an unavailable participant', () => {
		const r = result(
			[
				{ request: 'r1', slot: 's1', table: 2 },
				{ request: 'r2', slot: 's1', table: 3 }
			],
			['r3'],
			3
		);
		expect(validateResult(instance, r)).toEqual([
			'meetings[1] (r2): table 3 is outside 1..2 of slot "s1"',
			'meetings[1] (r2): participant "p3" is not available in slot "s1"'
		]);
	});

	it('catches a request scheduled twice, a broken cap and a moved lock', () => {
		const r = result(
			[
				{ request: 'r1', slot: 's1', table: 1 },
				{ request: 'r1', slot: 's2', table: 1 }
			],
			['r2', 'r3'],
			2
		);
		expect(validateResult(instance, r)).toEqual([
			'meetings[1] (r1): request already scheduled in meetings[0]',
			'participant "p1": 2 meetings exceed maxMeetings 1',
			'locked meeting r1 is not kept in slot "s1" at table 2'
		]);
	});

	it('catches a scheduled weight that does not match the meetings', () => {
		const r = good();
		r.stats.scheduledWeight = 5;
		expect(validateResult(instance, r)).toEqual([
			"stats.scheduledWeight 5 differs from the meetings' 3"
		]);
	});

	it('catches unknown ids and a wrong unscheduled list', () => {
		const r = good();
		r.meetings.push(
			{ request: 'r9', slot: 's1', table: 1 },
			{ request: 'r2', slot: 'zz', table: 1 }
		);
		r.unscheduled = ['r3', 'r7'];
		expect(validateResult(instance, r)).toEqual([
			'meetings[2] (r9): unknown request',
			'meetings[3] (r2): unknown slot "zz"',
			'unscheduled: request "r3" is also scheduled',
			'unscheduled: unknown request "r7"',
			'request "r2" is neither scheduled nor unscheduled'
		]);
	});

	it('catches an upper bound below the scheduled weight', () => {
		const r = good();
		r.stats.upperBound = 2;
		expect(validateResult(instance, r)).toEqual([
			'stats.upperBound 2 is below the scheduled weight 3'
		]);
	});
});
