import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	schedule,
	scheduleHeuristic,
	validateResult,
	type LockedMeeting,
	type SchedulerInstance
} from '../../../src/lib/domain/scheduler/index';
import { slot } from './fixtures';

interface Draft {
	slots: number[];
	people: { mask: number; cap: number | null }[];
	requests: { a: number; b: number; weight: number }[];
	lockTries: number[];
}

const draft = (maxSlots: number, maxPeople: number, maxRequests: number) =>
	fc.record({
		slots: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: maxSlots }),
		people: fc.array(
			fc.record({
				mask: fc.integer({ min: 0, max: 15 }),
				cap: fc.option(fc.integer({ min: 0, max: 3 }))
			}),
			{ minLength: 2, maxLength: maxPeople }
		),
		requests: fc.array(
			fc.record({ a: fc.nat(), b: fc.nat(), weight: fc.integer({ min: 1, max: 4 }) }),
			{ maxLength: maxRequests }
		),
		lockTries: fc.array(fc.nat(), { maxLength: 3 })
	});

/** Locks only what can be locked, so every generated instance is valid. */
function addLocks(instance: SchedulerInstance, tries: number[]): LockedMeeting[] {
	const taken = new Set<string>();
	const count = new Map<string, number>();
	const locks: LockedMeeting[] = [];
	for (const t of tries) {
		const r = instance.requests[t % Math.max(1, instance.requests.length)];
		const s = instance.slots[t % instance.slots.length];
		if (!r || taken.has(r.id)) continue;
		const ok = [r.a, r.b].every((id) => {
			const p = instance.participants.find((x) => x.id === id);
			const free = !taken.has(`${id}|${s.id}`) && (p?.available?.includes(s.id) ?? true);
			return free && (count.get(id) ?? 0) < (p?.maxMeetings ?? 99);
		});
		const table = locks.filter((l) => l.slot === s.id).length + 1;
		if (!ok || table > s.tables) continue;
		taken.add(r.id).add(`${r.a}|${s.id}`).add(`${r.b}|${s.id}`);
		for (const id of [r.a, r.b]) count.set(id, (count.get(id) ?? 0) + 1);
		locks.push({ request: r.id, slot: s.id, table });
	}
	return locks;
}

function toInstance(d: Draft): SchedulerInstance {
	const slots = d.slots.map((tables, i) => slot(`s${i}`, i % 6, tables, Math.floor(i / 6)));
	const participants = d.people.map((p, i) => ({
		id: `p${i}`,
		available:
			p.mask === 15 ? undefined : slots.filter((_, s) => p.mask & (1 << (s % 4))).map((s) => s.id),
		maxMeetings: p.cap ?? undefined
	}));
	const n = participants.length;
	const requests = d.requests.map((r, i) => ({
		id: `r${i}`,
		a: `p${r.a % n}`,
		b: `p${(r.a + 1 + (r.b % (n - 1))) % n}`,
		weight: r.weight
	}));
	const instance: SchedulerInstance = { slots, participants, requests };
	instance.locked = addLocks(instance, d.lockTries);
	return instance;
}

/** Exhaustive optimum: each request takes no slot or one slot, checked incrementally. */
function bruteForce(instance: SchedulerInstance): number {
	const busy = new Set<string>();
	const load = new Map<string, number>();
	const count = new Map<string, number>();
	const locked = new Map((instance.locked ?? []).map((l) => [l.request, l.slot]));
	const people = new Map(instance.participants.map((p) => [p.id, p]));
	const fits = (a: string, b: string, s: (typeof instance.slots)[number]) =>
		[a, b].every((id) => {
			const p = people.get(id);
			const free = !busy.has(`${id}|${s.id}`) && (p?.available?.includes(s.id) ?? true);
			return free && (count.get(id) ?? 0) < (p?.maxMeetings ?? Infinity);
		}) && (load.get(s.id) ?? 0) < s.tables;
	const toggle = (a: string, b: string, s: string, d: 1 | -1) => {
		for (const id of [a, b]) {
			if (d > 0) busy.add(`${id}|${s}`);
			else busy.delete(`${id}|${s}`);
			count.set(id, (count.get(id) ?? 0) + d);
		}
		load.set(s, (load.get(s) ?? 0) + d);
	};
	const search = (i: number): number => {
		if (i === instance.requests.length) return 0;
		const r = instance.requests[i];
		let best = locked.has(r.id) ? -Infinity : search(i + 1);
		for (const s of instance.slots) {
			if (locked.has(r.id) && locked.get(r.id) !== s.id) continue;
			if (!fits(r.a, r.b, s)) continue;
			toggle(r.a, r.b, s.id, 1);
			best = Math.max(best, (r.weight ?? 1) + search(i + 1));
			toggle(r.a, r.b, s.id, -1);
		}
		return best;
	};
	return search(0);
}

describe('scheduler properties on random instances', () => {
	it('heuristic results are valid, keep locks and stay under the upper bound', () => {
		fc.assert(
			fc.property(draft(8, 8, 20), (d) => {
				const instance = toInstance(d);
				const result = scheduleHeuristic(instance, { timeBudgetMs: 50 });
				expect(validateResult(instance, result)).toEqual([]);
				expect(result.stats.scheduledWeight).toBeLessThanOrEqual(result.stats.upperBound);
				for (const lock of instance.locked ?? []) expect(result.meetings).toContainEqual(lock);
			}),
			{ numRuns: 150 }
		);
	}, 120_000);

	it('auto mode results are valid and never claim optimality above the bound', async () => {
		await fc.assert(
			fc.asyncProperty(draft(6, 7, 14), async (d) => {
				const instance = toInstance(d);
				const result = await schedule(instance, { timeBudgetMs: 200 });
				expect(validateResult(instance, result)).toEqual([]);
				if (result.stats.optimal) {
					expect(result.stats.scheduledWeight).toBe(result.stats.upperBound);
				}
			}),
			{ numRuns: 40 }
		);
	}, 120_000);

	it('exact mode on tiny instances equals the brute-force optimum', async () => {
		await fc.assert(
			fc.asyncProperty(draft(3, 5, 6), async (d) => {
				const instance = toInstance(d);
				const result = await schedule(instance, { mode: 'exact' });
				const optimum = bruteForce(instance);
				expect(validateResult(instance, result)).toEqual([]);
				expect(result.stats.scheduledWeight).toBe(optimum);
				expect(result.stats.optimal).toBe(true);
				expect(result.stats.upperBound).toBe(optimum);
			}),
			{ numRuns: 40 }
		);
	}, 120_000);
});
