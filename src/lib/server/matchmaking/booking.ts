/**
 * Booking a meeting for an accepted request: the earliest slot where both people are
 * available and free and a table remains. The UNIQUE indexes on active meetings and
 * attendees are the guarantee; the checks here only choose well and explain a refusal.
 */
import type { Db } from '../db/client';
import { isUniqueViolation, MatchmakingError, type SlotOption } from './errors';
import { refuseBlocked } from './rules';

export interface BookableSlot extends SlotOption {
	tableId: number;
	tableNumber: number;
}

async function availableSlots(db: Db, userId: number): Promise<Set<number> | null> {
	const rows = await db
		.selectFrom('match_availability')
		.select('slot_id')
		.where('user_id', '=', userId)
		.execute();
	// No availability given means every slot, as in the scheduler's file format.
	return rows.length ? new Set(rows.map((r) => r.slot_id)) : null;
}

async function busySlots(db: Db, userIds: number[]): Promise<Set<number>> {
	const rows = await db
		.selectFrom('meeting_attendee')
		.select('slot_id')
		.where('user_id', 'in', userIds)
		.where('status', '=', 'active')
		.execute();
	return new Set(rows.map((r) => r.slot_id));
}

/**
 * Every slot, in time order, where the pair can meet now, with the lowest free table. Only
 * the meetings of the pair's candidate slots are read (not every meeting of the event).
 */
export async function bookableSlots(
	db: Db,
	a: number,
	b: number,
	now = Date.now()
): Promise<BookableSlot[]> {
	const [slots, tables, availA, availB, busy] = await Promise.all([
		db
			.selectFrom('meeting_slot')
			.select(['id', 'starts_at', 'ends_at'])
			.where('starts_at', '>', Math.floor(now / 1000))
			.orderBy('starts_at')
			.execute(),
		db.selectFrom('meeting_table').select(['id', 'number']).orderBy('number').execute(),
		availableSlots(db, a),
		availableSlots(db, b),
		busySlots(db, [a, b])
	]);
	const candidates = slots.filter(
		(slot) =>
			!busy.has(slot.id) && (!availA || availA.has(slot.id)) && (!availB || availB.has(slot.id))
	);
	const taken = new Set<string>();
	// Chunks keep the IN list well under any database's parameter limit.
	for (let i = 0; i < candidates.length; i += 500) {
		const ids = candidates.slice(i, i + 500).map((s) => s.id);
		const used = await db
			.selectFrom('meeting')
			.select(['slot_id', 'table_id'])
			.where('status', '=', 'active')
			.where('slot_id', 'in', ids)
			.execute();
		for (const m of used) taken.add(`${m.slot_id}:${m.table_id}`);
	}
	const options: BookableSlot[] = [];
	for (const slot of candidates) {
		const table = tables.find((t) => !taken.has(`${slot.id}:${t.id}`));
		if (!table) continue;
		options.push({
			slotId: slot.id,
			startsAt: slot.starts_at,
			endsAt: slot.ends_at,
			tableId: table.id,
			tableNumber: table.number
		});
	}
	return options;
}

export function toOptions(slots: BookableSlot[], limit = 3): SlotOption[] {
	return slots
		.slice(0, limit)
		.map(({ slotId, startsAt, endsAt }) => ({ slotId, startsAt, endsAt }));
}

async function atCap(db: Db, userId: number): Promise<boolean> {
	const profile = await db
		.selectFrom('match_profile')
		.select('max_meetings')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (!profile?.max_meetings) return false;
	const row = await db
		.selectFrom('meeting_attendee')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.where('status', '=', 'active')
		.executeTakeFirstOrThrow();
	return Number(row.n) >= profile.max_meetings;
}

export interface BookedMeeting {
	meetingId: number;
	slotId: number;
	startsAt: number;
	tableNumber: number;
}

/**
 * Books request `requestId` between `a` and `b` inside the caller's write transaction, in
 * `slotId` when given (409 with other options if it cannot be had), else the earliest slot.
 * Returns null when the pair has no common free slot at all.
 */
export async function bookInTransaction(
	trx: Db,
	request: { id: number; a: number; b: number },
	slotId?: number
): Promise<BookedMeeting | null> {
	await refuseBlocked(trx, request.a, request.b);
	if ((await atCap(trx, request.a)) || (await atCap(trx, request.b))) {
		throw new MatchmakingError(409, 'meeting-cap');
	}
	const options = await bookableSlots(trx, request.a, request.b);
	const chosen = slotId === undefined ? options[0] : options.find((o) => o.slotId === slotId);
	if (!chosen) {
		if (slotId === undefined) return null;
		const exists = await trx
			.selectFrom('meeting_slot')
			.select('id')
			.where('id', '=', slotId)
			.executeTakeFirst();
		if (!exists) throw new MatchmakingError(404, 'slot-unknown', toOptions(options));
		throw new MatchmakingError(409, 'slot-taken', toOptions(options));
	}
	const meeting = await trx
		.insertInto('meeting')
		.values({ request_id: request.id, slot_id: chosen.slotId, table_id: chosen.tableId })
		.returning('id')
		.executeTakeFirstOrThrow();
	await trx
		.insertInto('meeting_attendee')
		.values(
			[request.a, request.b].map((user_id) => ({
				meeting_id: meeting.id,
				user_id,
				slot_id: chosen.slotId
			}))
		)
		.execute();
	return {
		meetingId: meeting.id,
		slotId: chosen.slotId,
		startsAt: chosen.startsAt,
		tableNumber: chosen.tableNumber
	};
}

/**
 * Turns a UNIQUE violation (a booking that lost a race on another connection) into the 409 a
 * person can act on: the slot is gone, here are the next free ones.
 */
export async function asConflict(
	db: Db,
	err: unknown,
	pair: { a: number; b: number }
): Promise<never> {
	if (!isUniqueViolation(err)) throw err;
	throw new MatchmakingError(409, 'slot-taken', toOptions(await bookableSlots(db, pair.a, pair.b)));
}
