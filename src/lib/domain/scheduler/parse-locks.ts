import type { LockedMeeting, SchedulerInstance } from './types';

interface LockContext {
	instance: SchedulerInstance;
	slotIndex: Map<string, number>;
	requestIndex: Map<string, number>;
	personIndex: Map<string, number>;
}

function isAvailable(ctx: LockContext, person: string, slot: string): boolean {
	const p = ctx.instance.participants[ctx.personIndex.get(person) ?? -1];
	return p !== undefined && (p.available === undefined || p.available.includes(slot));
}

/** Checks one lock on its own; returns the typed lock or null when it cannot be used further. */
function checkOne(
	ctx: LockContext,
	raw: unknown,
	i: number,
	problems: string[]
): LockedMeeting | null {
	const at = `locked[${i}]`;
	if (typeof raw !== 'object' || raw === null)
		return (void problems.push(`${at}: must be an object`), null);
	const { request, slot, table } = raw as Record<string, unknown>;
	const r = typeof request === 'string' ? ctx.requestIndex.get(request) : undefined;
	const s = typeof slot === 'string' ? ctx.slotIndex.get(slot) : undefined;
	if (r === undefined)
		problems.push(`${at}: request is an unknown request ${JSON.stringify(request)}`);
	if (s === undefined) problems.push(`${at}: slot is an unknown slot ${JSON.stringify(slot)}`);
	if (r === undefined || s === undefined) return null;
	const named = `${at} (${request as string} in ${slot as string})`;
	const tables = ctx.instance.slots[s].tables;
	if (!Number.isInteger(table) || (table as number) < 1 || (table as number) > tables) {
		problems.push(
			`${named}: table must be a whole number from 1 to ${tables}, got ${JSON.stringify(table)}`
		);
		return null;
	}
	const req = ctx.instance.requests[r];
	for (const person of [req.a, req.b]) {
		if (!isAvailable(ctx, person, slot as string)) {
			problems.push(
				`${named}: participant "${person}" is not available in slot "${slot as string}"`
			);
		}
	}
	return { request: request as string, slot: slot as string, table: table as number };
}

/** Two locks clash when they share a request, a table of a slot, or a person in a slot. */
function checkClashes(ctx: LockContext, locks: (LockedMeeting | null)[], problems: string[]): void {
	const seen = new Map<string, number>();
	const claim = (key: string, i: number, what: string) => {
		const first = seen.get(key);
		if (first === undefined) seen.set(key, i);
		else
			problems.push(
				`locked[${i}] (${locks[i]?.request}): ${what} is already taken by locked[${first}]`
			);
	};
	const perPerson = new Map<string, number>();
	locks.forEach((lock, i) => {
		if (!lock) return;
		const req = ctx.instance.requests[ctx.requestIndex.get(lock.request) ?? 0];
		claim(`r|${lock.request}`, i, `request "${lock.request}"`);
		claim(`t|${lock.slot}|${lock.table}`, i, `table ${lock.table} of slot "${lock.slot}"`);
		for (const person of [req.a, req.b]) {
			claim(`p|${lock.slot}|${person}`, i, `participant "${person}" in slot "${lock.slot}"`);
			perPerson.set(person, (perPerson.get(person) ?? 0) + 1);
		}
	});
	for (const [person, count] of perPerson) {
		const p = ctx.instance.participants[ctx.personIndex.get(person) ?? 0];
		if (p.maxMeetings !== undefined && count > p.maxMeetings) {
			problems.push(
				`participants[${ctx.personIndex.get(person)}] (${person}): ${count} locked meetings exceed maxMeetings ${p.maxMeetings}`
			);
		}
	}
}

/** Validates locks against an instance whose slots, participants and requests are already valid. */
export function checkLocks(
	instance: SchedulerInstance,
	raw: unknown[],
	problems: string[]
): LockedMeeting[] {
	const index = <T extends { id: string }>(items: T[]) => new Map(items.map((x, i) => [x.id, i]));
	const ctx: LockContext = {
		instance,
		slotIndex: index(instance.slots),
		requestIndex: index(instance.requests),
		personIndex: index(instance.participants)
	};
	const locks = raw.map((lock, i) => checkOne(ctx, lock, i, problems));
	checkClashes(ctx, locks, problems);
	return locks.filter((l): l is LockedMeeting => l !== null);
}
