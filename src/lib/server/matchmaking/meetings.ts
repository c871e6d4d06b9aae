/** A person's meetings: the agenda, cancelling and moving one. Ownership is checked on every id. */
import { writeTransaction, type Db } from '../db/client';
import { asConflict, bookInTransaction, type BookedMeeting } from './booking';
import { MatchmakingError } from './errors';
import { notify } from './notify';
import { releaseMeetings, MESSAGE_MAX } from './requests';
import { visibleToParticipants } from './visibility';

export interface AgendaMeeting {
	meetingId: number;
	requestId: number;
	slotId: number;
	date: string;
	startsAt: number;
	endsAt: number;
	tableNumber: number;
	zone: string;
	locked: boolean;
	partner: {
		userId: number;
		name: string;
		organisation: string | null;
		organisationSlug: string | null;
	};
}

export async function listAgenda(db: Db, userId: number): Promise<AgendaMeeting[]> {
	const rows = await db
		.selectFrom('meeting_attendee as me')
		.innerJoin('meeting as m', 'm.id', 'me.meeting_id')
		.innerJoin('meeting_attendee as other', (join) =>
			join.onRef('other.meeting_id', '=', 'm.id').on('other.user_id', '<>', userId)
		)
		.innerJoin('user as u', 'u.id', 'other.user_id')
		.innerJoin('meeting_slot as s', 's.id', 'm.slot_id')
		.innerJoin('meeting_day as d', 'd.id', 's.day_id')
		.innerJoin('meeting_table as t', 't.id', 'm.table_id')
		.leftJoin('membership as ms', 'ms.user_id', 'u.id')
		// Only an approved organisation's name and link are shown (see participants.ts).
		.leftJoin('organisation as o', (join) =>
			join.onRef('o.id', '=', 'ms.organisation_id').on('o.moderation', '=', 'approved')
		)
		.select([
			'm.id as meetingId',
			'm.request_id as requestId',
			'm.slot_id as slotId',
			'd.date',
			's.starts_at as startsAt',
			's.ends_at as endsAt',
			't.number as tableNumber',
			't.zone',
			'm.locked',
			'u.id as partnerId',
			'u.name as partnerName',
			'o.name as orgName',
			'o.slug as orgSlug'
		])
		.where('me.user_id', '=', userId)
		.where('me.status', '=', 'active')
		.where('m.status', '=', 'active')
		.where(visibleToParticipants)
		.orderBy('s.starts_at')
		.execute();
	const seen = new Set<number>();
	return rows
		.filter((r) => (seen.has(r.meetingId) ? false : (seen.add(r.meetingId), true)))
		.map((r) => ({
			meetingId: r.meetingId,
			requestId: r.requestId,
			slotId: r.slotId,
			date: r.date,
			startsAt: r.startsAt,
			endsAt: r.endsAt,
			tableNumber: r.tableNumber,
			zone: r.zone,
			locked: r.locked === 1,
			partner: {
				userId: r.partnerId,
				name: r.partnerName,
				organisation: r.orgName,
				organisationSlug: r.orgSlug
			}
		}));
}

/**
 * The meeting if `userId` attends it and may see it; 404 for anyone else, so ids reveal
 * nothing. With `change`, a meeting the organiser locked is refused (409): only an organiser
 * moves or cancels it.
 */
async function meetingFor(db: Db, meetingId: number, userId: number, change = true) {
	const row = await db
		.selectFrom('meeting as m')
		.innerJoin('meeting_request as r', 'r.id', 'm.request_id')
		.select(['m.id', 'm.request_id', 'm.status', 'm.locked', 'r.from_user_id', 'r.to_user_id'])
		.where('m.id', '=', meetingId)
		.where(visibleToParticipants)
		.executeTakeFirst();
	if (
		!row ||
		row.status !== 'active' ||
		(row.from_user_id !== userId && row.to_user_id !== userId)
	) {
		throw new MatchmakingError(404, 'not-found');
	}
	if (change && row.locked === 1) throw new MatchmakingError(409, 'locked');
	return row;
}

async function partnerName(db: Db, userId: number) {
	return (
		(await db.selectFrom('user').select('name').where('id', '=', userId).executeTakeFirst())
			?.name ?? ''
	);
}

/**
 * Calls the meeting off and frees its slot. The request stays accepted, so the pair can book
 * another slot (withdrawing the request is its own action); the partner hears who and why.
 */
export async function cancelMeeting(
	db: Db,
	userId: number,
	meetingId: number,
	reason = ''
): Promise<void> {
	const why = reason.trim();
	if (why.length > MESSAGE_MAX) throw new MatchmakingError(400, 'reason-too-long');
	await writeTransaction(db, async (trx) => {
		const meeting = await meetingFor(trx, meetingId, userId);
		await releaseMeetings(trx, meeting.request_id);
		await trx
			.updateTable('meeting')
			.set({ cancelled_by: userId, cancel_reason: why || null })
			.where('id', '=', meeting.id)
			.execute();
		const other = meeting.from_user_id === userId ? meeting.to_user_id : meeting.from_user_id;
		await notify(trx, other, 'meeting-cancelled', {
			partner: await partnerName(trx, userId),
			reason: why || null
		});
	});
}

/** A participant asks the organiser to change a locked meeting; organisers see it on the programme page. */
export async function requestMeetingChange(
	db: Db,
	userId: number,
	meetingId: number,
	reason: string
): Promise<void> {
	const why = reason.trim();
	if (!why) throw new MatchmakingError(400, 'reason-required');
	if (why.length > MESSAGE_MAX) throw new MatchmakingError(400, 'reason-too-long');
	await writeTransaction(db, async (trx) => {
		const meeting = await meetingFor(trx, meetingId, userId, false);
		await trx
			.insertInto('meeting_change_request')
			.values({ meeting_id: meeting.id, user_id: userId, reason: why })
			.execute();
	});
}

/** Moves the meeting to `slotId` in one transaction: the old slot is freed only if the new one is had. */
export async function rescheduleMeeting(
	db: Db,
	userId: number,
	meetingId: number,
	slotId: number
): Promise<BookedMeeting> {
	const meeting = await meetingFor(db, meetingId, userId);
	const pair = { a: meeting.from_user_id, b: meeting.to_user_id };
	try {
		return await writeTransaction(db, async (trx) => {
			await meetingFor(trx, meetingId, userId);
			await releaseMeetings(trx, meeting.request_id);
			const booked = (await bookInTransaction(trx, { id: meeting.request_id, ...pair }, slotId))!;
			const other = pair.a === userId ? pair.b : pair.a;
			await notify(trx, other, 'meeting-moved', {
				partner: await partnerName(trx, userId),
				startsAt: booked.startsAt,
				table: booked.tableNumber
			});
			return booked;
		});
	} catch (err) {
		return asConflict(db, err, pair);
	}
}
