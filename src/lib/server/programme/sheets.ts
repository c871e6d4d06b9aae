import type { Db } from '../db/client';
import { limaClock } from '../../domain/programme';

export interface SheetMeeting {
	id: number;
	time: string;
	startsAt: number;
	table: number;
	zone: string;
	people: { id: number; name: string; organisation: string | null }[];
}

/** Active meetings of one day (or every day) with their people, in time then table order. */
async function meetingsOf(db: Db, dayId: number | null): Promise<SheetMeeting[]> {
	let query = db
		.selectFrom('meeting')
		.innerJoin('meeting_slot', 'meeting_slot.id', 'meeting.slot_id')
		.innerJoin('meeting_table', 'meeting_table.id', 'meeting.table_id')
		.select(['meeting.id', 'meeting_slot.starts_at', 'meeting_table.number', 'meeting_table.zone'])
		.where('meeting.status', '=', 'active');
	if (dayId !== null) query = query.where('meeting_slot.day_id', '=', dayId);
	const meetings = await query
		.orderBy('meeting_slot.starts_at')
		.orderBy('meeting_table.number')
		.execute();
	if (meetings.length === 0) return [];
	const attendees = await db
		.selectFrom('meeting_attendee')
		.innerJoin('user', 'user.id', 'meeting_attendee.user_id')
		.leftJoin('membership', 'membership.user_id', 'user.id')
		.leftJoin('organisation', 'organisation.id', 'membership.organisation_id')
		.select([
			'meeting_attendee.meeting_id',
			'user.id',
			'user.name',
			'organisation.name as organisation'
		])
		.where('meeting_attendee.status', '=', 'active')
		.where(
			'meeting_attendee.meeting_id',
			'in',
			meetings.map((m) => m.id)
		)
		.execute();
	const people = new Map<number, SheetMeeting['people']>();
	for (const a of attendees) {
		people.set(a.meeting_id, [
			...(people.get(a.meeting_id) ?? []),
			{ id: a.id, name: a.name, organisation: a.organisation }
		]);
	}
	return meetings.map((m) => ({
		id: m.id,
		time: limaClock(m.starts_at),
		startsAt: m.starts_at,
		table: m.number,
		zone: m.zone,
		people: people.get(m.id) ?? []
	}));
}

/** One sheet per table: what a table host prints and leaves on the table. */
export async function tableSheets(db: Db, dayId: number | null) {
	const byTable = new Map<number, { table: number; zone: string; meetings: SheetMeeting[] }>();
	for (const m of await meetingsOf(db, dayId)) {
		const sheet = byTable.get(m.table) ?? { table: m.table, zone: m.zone, meetings: [] };
		sheet.meetings.push(m);
		byTable.set(m.table, sheet);
	}
	return [...byTable.values()].sort((a, b) => a.table - b.table);
}

/** One sheet per person (or only `userId`'s): their meetings with table and counterpart. */
export async function personSheets(db: Db, dayId: number | null, userId: number | null) {
	const byPerson = new Map<
		number,
		{ id: number; name: string; organisation: string | null; meetings: SheetMeeting[] }
	>();
	for (const m of await meetingsOf(db, dayId)) {
		for (const p of m.people) {
			if (userId !== null && p.id !== userId) continue;
			const sheet = byPerson.get(p.id) ?? { ...p, meetings: [] };
			sheet.meetings.push(m);
			byPerson.set(p.id, sheet);
		}
	}
	return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'es'));
}
