import type { SchedulerInstance, SchedulerRequest, SchedulerResult } from './types';

interface Lookup {
	slots: Map<string, { tables: number; index: number }>;
	requests: Map<string, SchedulerRequest>;
	available: Map<string, Set<string> | null>;
	caps: Map<string, number | undefined>;
}

function lookup(instance: SchedulerInstance): Lookup {
	return {
		slots: new Map(instance.slots.map((s, index) => [s.id, { tables: s.tables, index }])),
		requests: new Map(instance.requests.map((r) => [r.id, r])),
		available: new Map(
			instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null])
		),
		caps: new Map(instance.participants.map((p) => [p.id, p.maxMeetings]))
	};
}

/** Checks the meetings one by one and the per-slot/per-person constraints they share. */
function checkMeetings(ix: Lookup, result: SchedulerResult, out: string[]): Map<string, number> {
	const seenRequest = new Map<string, number>();
	const seenKey = new Map<string, number>();
	const meetingsOf = new Map<string, number>();
	const claim = (key: string, i: number, what: string) => {
		const first = seenKey.get(key);
		if (first !== undefined) out.push(`meetings[${i}]: ${what} is also used by meetings[${first}]`);
		else seenKey.set(key, i);
	};
	result.meetings.forEach((mt, i) => {
		const at = `meetings[${i}] (${mt.request})`;
		const req = ix.requests.get(mt.request);
		const slot = ix.slots.get(mt.slot);
		if (!req) return void out.push(`${at}: unknown request`);
		if (!slot) return void out.push(`${at}: unknown slot "${mt.slot}"`);
		const first = seenRequest.get(mt.request);
		if (first !== undefined) out.push(`${at}: request already scheduled in meetings[${first}]`);
		seenRequest.set(mt.request, i);
		if (!Number.isInteger(mt.table) || mt.table < 1 || mt.table > slot.tables) {
			out.push(`${at}: table ${mt.table} is outside 1..${slot.tables} of slot "${mt.slot}"`);
		}
		claim(`t|${mt.slot}|${mt.table}`, i, `table ${mt.table} of slot "${mt.slot}"`);
		for (const person of [req.a, req.b]) {
			const avail = ix.available.get(person);
			if (avail && !avail.has(mt.slot)) {
				out.push(`${at}: participant "${person}" is not available in slot "${mt.slot}"`);
			}
			claim(`p|${mt.slot}|${person}`, i, `participant "${person}" in slot "${mt.slot}"`);
			meetingsOf.set(person, (meetingsOf.get(person) ?? 0) + 1);
		}
	});
	for (const [person, n] of meetingsOf) {
		const cap = ix.caps.get(person);
		if (cap !== undefined && n > cap)
			out.push(`participant "${person}": ${n} meetings exceed maxMeetings ${cap}`);
	}
	return seenRequest;
}

/** Lists every way `result` breaks the contract for `instance`; an empty list means valid. */
export function validateResult(instance: SchedulerInstance, result: SchedulerResult): string[] {
	const out: string[] = [];
	const ix = lookup(instance);
	const scheduled = checkMeetings(ix, result, out);
	for (const lock of instance.locked ?? []) {
		const i = scheduled.get(lock.request);
		const mt = i === undefined ? undefined : result.meetings[i];
		if (!mt || mt.slot !== lock.slot || mt.table !== lock.table) {
			out.push(
				`locked meeting ${lock.request} is not kept in slot "${lock.slot}" at table ${lock.table}`
			);
		}
	}
	const unscheduled = new Set(result.unscheduled);
	for (const id of result.unscheduled) {
		if (!ix.requests.has(id)) out.push(`unscheduled: unknown request "${id}"`);
		if (scheduled.has(id)) out.push(`unscheduled: request "${id}" is also scheduled`);
	}
	let weight = 0;
	for (const r of instance.requests) {
		if (scheduled.has(r.id)) weight += r.weight ?? 1;
		else if (!unscheduled.has(r.id))
			out.push(`request "${r.id}" is neither scheduled nor unscheduled`);
	}
	if (Math.abs(weight - result.stats.scheduledWeight) > 1e-6 * Math.max(1, weight)) {
		out.push(
			`stats.scheduledWeight ${result.stats.scheduledWeight} differs from the meetings' ${weight}`
		);
	}
	if (result.stats.upperBound < weight - 1e-6 * Math.max(1, weight)) {
		out.push(`stats.upperBound ${result.stats.upperBound} is below the scheduled weight ${weight}`);
	}
	return out;
}
