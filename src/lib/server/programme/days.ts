import { sql } from 'kysely';
import { checkProgramme, isIsoDate, slotsForDay, type ProgrammeSpec } from '../../domain/programme';
import { writeTransaction, type Db } from '../db/client';
import { recordAudit } from '../floor/audit';
import { findSettings } from '../db/queries/settings';
import { refuse } from './errors';
import { readSpec, writeSpec } from './settings';

export async function listDays(db: Db) {
	const rows = await db
		.selectFrom('meeting_day')
		.leftJoin('meeting_slot', 'meeting_slot.day_id', 'meeting_day.id')
		.leftJoin('meeting', (join) =>
			join.onRef('meeting.slot_id', '=', 'meeting_slot.id').on('meeting.status', '=', 'active')
		)
		.select([
			'meeting_day.id',
			'meeting_day.date',
			sql<number>`count(distinct meeting_slot.id)`.as('slots'),
			sql<number>`count(meeting.id)`.as('meetings')
		])
		.groupBy(['meeting_day.id', 'meeting_day.date'])
		.orderBy('meeting_day.date')
		.execute();
	return rows.map((r) => ({ ...r, slots: Number(r.slots), meetings: Number(r.meetings) }));
}

/** Any meeting, even a cancelled one, keeps its slot: the foreign key would refuse the delete. */
async function slotIdsWithMeetings(trx: Db, dayId: number): Promise<Set<number>> {
	const rows = await trx
		.selectFrom('meeting')
		.innerJoin('meeting_slot', 'meeting_slot.id', 'meeting.slot_id')
		.select('meeting.slot_id')
		.where('meeting_slot.day_id', '=', dayId)
		.execute();
	return new Set(rows.map((r) => r.slot_id));
}

/**
 * Brings a day's slots in line with the hours. Unchanged slots are kept, so people's stated
 * availability survives; a slot that must go or change is refused while it holds a meeting.
 */
async function syncSlots(trx: Db, day: { id: number; date: string }, spec: ProgrammeSpec) {
	const wanted = new Map(slotsForDay(day.date, spec).map((s) => [s.startsAt, s.endsAt]));
	const existing = await trx
		.selectFrom('meeting_slot')
		.selectAll()
		.where('day_id', '=', day.id)
		.execute();
	const busy = await slotIdsWithMeetings(trx, day.id);
	for (const slot of existing) {
		const end = wanted.get(slot.starts_at);
		if (end === slot.ends_at) {
			wanted.delete(slot.starts_at);
			continue;
		}
		if (busy.has(slot.id)) refuse({ kind: 'hoursLocked' });
		if (end === undefined) {
			await trx.deleteFrom('meeting_slot').where('id', '=', slot.id).execute();
		} else {
			await trx
				.updateTable('meeting_slot')
				.set({ ends_at: end })
				.where('id', '=', slot.id)
				.execute();
			wanted.delete(slot.starts_at);
		}
	}
	const fresh = [...wanted].map(([starts_at, ends_at]) => ({ day_id: day.id, starts_at, ends_at }));
	if (fresh.length) await trx.insertInto('meeting_slot').values(fresh).execute();
}

function checkSpec(spec: ProgrammeSpec) {
	const [problem] = checkProgramme(spec);
	if (!problem) return;
	if (problem.field === 'breaks')
		refuse({ kind: 'breaks', index: 'index' in problem ? problem.index : 0 });
	refuse({ kind: problem.field });
}

export async function saveHours(db: Db, actorId: number | null, spec: ProgrammeSpec) {
	checkSpec(spec);
	await writeTransaction(db, async (trx) => {
		for (const day of await trx.selectFrom('meeting_day').selectAll().execute()) {
			await syncSlots(trx, day, spec);
		}
		await writeSpec(trx, spec);
		await recordAudit(trx, {
			actorId,
			action: 'programme.hours',
			targetType: 'programme',
			targetId: 'hours',
			detail: { ...spec }
		});
	});
}

/** A meeting day lies within the event's dates (settings `event.starts_on` .. `event.ends_on`). */
async function checkWithinEvent(trx: Db, date: string) {
	const settings = await findSettings(trx);
	const from = settings['event.starts_on'];
	const to = settings['event.ends_on'];
	// ISO dates compare as strings.
	if (from && to && (date < from || date > to)) refuse({ kind: 'outsideEvent', date, from, to });
}

export async function addDay(db: Db, actorId: number | null, date: string) {
	if (!isIsoDate(date)) refuse({ kind: 'date' });
	await writeTransaction(db, async (trx) => {
		const taken = await trx
			.selectFrom('meeting_day')
			.select('id')
			.where('date', '=', date)
			.executeTakeFirst();
		if (taken) refuse({ kind: 'dayTaken', date });
		await checkWithinEvent(trx, date);
		const spec = await readSpec(trx);
		const day = await trx
			.insertInto('meeting_day')
			.values({ date })
			.returningAll()
			.executeTakeFirstOrThrow();
		await syncSlots(trx, day, spec);
		await recordAudit(trx, {
			actorId,
			action: 'programme.day.add',
			targetType: 'meeting_day',
			targetId: date
		});
	});
}

export async function removeDay(db: Db, actorId: number | null, dayId: number) {
	await writeTransaction(db, async (trx) => {
		const day = await trx
			.selectFrom('meeting_day')
			.selectAll()
			.where('id', '=', dayId)
			.executeTakeFirst();
		if (!day) return;
		if ((await slotIdsWithMeetings(trx, day.id)).size > 0)
			refuse({ kind: 'dayHasMeetings', date: day.date });
		await trx.deleteFrom('meeting_slot').where('day_id', '=', day.id).execute();
		await trx.deleteFrom('meeting_day').where('id', '=', day.id).execute();
		await recordAudit(trx, {
			actorId,
			action: 'programme.day.remove',
			targetType: 'meeting_day',
			targetId: day.date
		});
	});
}
