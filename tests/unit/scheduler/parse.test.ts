import { describe, expect, it } from 'vitest';
import { parseInstance, SchedulerInputError } from '../../../src/lib/domain/scheduler/index';

const slot = (id: string, tables = 2) => ({
	id,
	start: '2026-09-21T14:00:00Z',
	end: '2026-09-21T14:20:00Z',
	tables
});

function base() {
	return {
		slots: [slot('s1'), slot('s2')],
		participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3', available: ['s2'], maxMeetings: 1 }],
		requests: [
			{ id: 'r1', a: 'p1', b: 'p2', weight: 3 },
			{ id: 'r2', a: 'p1', b: 'p3' }
		]
	};
}

function problemsOf(json: unknown): string[] {
	try {
		parseInstance(json);
	} catch (e) {
		expect(e).toBeInstanceOf(SchedulerInputError);
		return (e as SchedulerInputError).problems;
	}
	throw new Error('expected a SchedulerInputError');
}

describe('parseInstance', () => {
	it('returns a typed copy of a valid instance, keeping absent fields absent', () => {
		const parsed = parseInstance({ ...base(), extra: true });
		expect(parsed.participants[0]).toEqual({ id: 'p1' });
		expect(parsed.requests[1]).toEqual({ id: 'r2', a: 'p1', b: 'p3' });
		expect(parsed.locked).toEqual([]);
	});

	it('rejects a request whose two sides are the same participant, naming it', () => {
		const json = base();
		json.requests.push({ id: 'r3', a: 'p1', b: 'p2' }, { id: 'r4', a: 'p1', b: 'p1' });
		expect(() => parseInstance(json)).toThrow(
			'requests[3] (r4): a and b are the same participant "p1"'
		);
	});

	it('names unknown participants and unknown slots', () => {
		const json = base();
		json.requests[0].b = 'ghost';
		json.participants[2].available = ['s2', 'nope'];
		expect(problemsOf(json)).toEqual([
			'participants[2] (p3): available[1] is an unknown slot "nope"',
			'requests[0] (r1): b is an unknown participant "ghost"'
		]);
	});

	it('names duplicate ids of slots, participants and requests', () => {
		const json = base();
		json.slots.push(slot('s1'));
		json.participants.push({ id: 'p2' });
		json.requests.push({ id: 'r1', a: 'p2', b: 'p3' });
		expect(problemsOf(json)).toEqual([
			'slots[2] (s1): duplicate id "s1" (first at slots[0])',
			'participants[3] (p2): duplicate id "p2" (first at participants[1])',
			'requests[2] (r1): duplicate id "r1" (first at requests[0])'
		]);
	});

	it('rejects bad tables, weights, caps and times, listing every problem', () => {
		const json = base() as unknown as {
			slots: Record<string, unknown>[];
			participants: Record<string, unknown>[];
			requests: Record<string, unknown>[];
		};
		json.slots[0].tables = -1;
		json.slots[1].end = '2026-09-21T13:00:00Z';
		json.participants[0].maxMeetings = 1.5;
		json.requests[0].weight = 0;
		json.requests[1].weight = 'heavy';
		const problems = problemsOf(json);
		expect(problems).toHaveLength(5);
		expect(problems[0]).toBe('slots[0] (s1): tables must be a whole number >= 0, got -1');
		expect(problems).toContain('slots[1] (s2): end must be after start');
		expect(problems).toContain('participants[0] (p1): maxMeetings must be a whole number >= 0');
		expect(problems).toContain('requests[0] (r1): weight must be a finite number > 0, got 0');
		expect(problems).toContain('requests[1] (r2): weight must be a finite number > 0, got "heavy"');
	});

	it('rejects input that is not an instance at all', () => {
		expect(problemsOf(null)).toEqual(['instance: must be a JSON object']);
		expect(problemsOf({ slots: {}, participants: [], requests: [] })).toEqual([
			'slots: must be an array'
		]);
	});

	it('rejects locks naming unknown items or tables out of range', () => {
		const json = {
			...base(),
			locked: [
				{ request: 'r9', slot: 's1', table: 1 },
				{ request: 'r1', slot: 'zz', table: 1 },
				{ request: 'r1', slot: 's1', table: 3 }
			]
		};
		expect(problemsOf(json)).toEqual([
			'locked[0]: request is an unknown request "r9"',
			'locked[1]: slot is an unknown slot "zz"',
			'locked[2] (r1 in s1): table must be a whole number from 1 to 2, got 3'
		]);
	});

	it('rejects a lock where a participant is unavailable', () => {
		const json = { ...base(), locked: [{ request: 'r2', slot: 's1', table: 1 }] };
		expect(problemsOf(json)).toEqual([
			'locked[0] (r2 in s1): participant "p3" is not available in slot "s1"'
		]);
	});

	it('rejects locks that conflict with each other or with a cap', () => {
		const json = base();
		json.requests.push({ id: 'r3', a: 'p2', b: 'p3' });
		const locked = [
			{ request: 'r1', slot: 's2', table: 1 },
			{ request: 'r2', slot: 's2', table: 1 },
			{ request: 'r1', slot: 's1', table: 2 },
			{ request: 'r3', slot: 's2', table: 2 }
		];
		const problems = problemsOf({ ...json, locked });
		expect(problems).toEqual([
			'locked[1] (r2): table 1 of slot "s2" is already taken by locked[0]',
			'locked[1] (r2): participant "p1" in slot "s2" is already taken by locked[0]',
			'locked[2] (r1): request "r1" is already taken by locked[0]',
			'locked[3] (r3): participant "p2" in slot "s2" is already taken by locked[0]',
			'locked[3] (r3): participant "p3" in slot "s2" is already taken by locked[1]',
			'participants[2] (p3): 2 locked meetings exceed maxMeetings 1'
		]);
	});
});
