/** Small random instances (several slots per day, varying tables and availability) and their brute-force optimum. */
import fc from 'fast-check';
import type { LockedMeeting, SchedulerInstance } from '../../../src/lib/domain/scheduler/index';
import { relaxationArrays, relaxationDuals } from '../../../src/lib/domain/scheduler/milp';
import type { Model } from '../../../src/lib/domain/scheduler/model';
import { buildRelaxation } from '../../../src/lib/domain/scheduler/relaxation';
import { slot } from './fixtures';

export interface Draft {
	slots: number[];
	people: { mask: number; cap: number | null }[];
	requests: { a: number; b: number; weight: number }[];
	lockTries: number[];
}

export const draft = (maxSlots: number, maxPeople: number, maxRequests: number) =>
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

export function toInstance(d: Draft): SchedulerInstance {
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
export function bruteForce(instance: SchedulerInstance): number {
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

/** The per-slot LP optimum, solved by HiGHS independently of the bound code. */
export async function perSlotLp(m: Model): Promise<number> {
	const identity = Int32Array.from({ length: m.slotCount }, (_, s) => s);
	const rel = buildRelaxation(m, identity, m.slotCount);
	const lp = relaxationArrays(rel);
	if (lp.numCols === 0) return 0;
	const outcome = await relaxationDuals(lp, { deadline: Date.now() + 30_000, solver: 'simplex' });
	if (!outcome.answer?.primal) throw new Error(outcome.error ?? outcome.answer?.status);
	let value = 0;
	for (let j = 0; j < lp.numCols; j++) value += lp.colCost[j] * outcome.answer.primal[j];
	return value;
}
