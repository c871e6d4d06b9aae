/** Participants' requests to change a locked meeting, and what the organiser does with them. */
import { writeTransaction, type Db } from '../db/client';
import { recordAudit } from '../floor/audit';
import { notify } from '../matchmaking/notify';
import { releaseMeetings } from '../matchmaking/requests';

export async function listChangeRequests(db: Db) {
	return db
		.selectFrom('meeting_change_request as c')
		.innerJoin('user as u', 'u.id', 'c.user_id')
		.innerJoin('meeting as m', 'm.id', 'c.meeting_id')
		.innerJoin('meeting_slot as s', 's.id', 'm.slot_id')
		.innerJoin('meeting_table as t', 't.id', 'm.table_id')
		.select([
			'c.id',
			'c.reason',
			'c.created_at as createdAt',
			'u.name',
			'm.id as meetingId',
			'm.status',
			's.starts_at as startsAt',
			't.number as tableNumber'
		])
		.where('c.resolved_at', 'is', null)
		.orderBy('c.created_at')
		.limit(200)
		.execute();
}

export async function resolveChangeRequest(db: Db, actorId: number | null, id: number) {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('meeting_change_request')
			.set({ resolved_at: Math.floor(Date.now() / 1000) })
			.where('id', '=', id)
			.execute();
		await recordAudit(trx, {
			actorId,
			action: 'programme.change.resolve',
			targetType: 'meeting_change_request',
			targetId: String(id)
		});
	});
}

/** The organiser calls off a (locked) meeting: both people are told; their request stays accepted. */
export async function organiserCancelMeeting(
	db: Db,
	actorId: number,
	changeRequestId: number
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const change = await trx
			.selectFrom('meeting_change_request as c')
			.innerJoin('meeting as m', 'm.id', 'c.meeting_id')
			.innerJoin('meeting_request as r', 'r.id', 'm.request_id')
			.select(['m.id', 'm.request_id', 'm.status', 'r.from_user_id', 'r.to_user_id', 'c.reason'])
			.where('c.id', '=', changeRequestId)
			.executeTakeFirst();
		if (!change || change.status !== 'active') return;
		await releaseMeetings(trx, change.request_id);
		await trx
			.updateTable('meeting')
			.set({ cancelled_by: actorId, cancel_reason: change.reason })
			.where('id', '=', change.id)
			.execute();
		await trx
			.updateTable('meeting_change_request')
			.set({ resolved_at: Math.floor(Date.now() / 1000) })
			.where('meeting_id', '=', change.id)
			.where('resolved_at', 'is', null)
			.execute();
		for (const userId of [change.from_user_id, change.to_user_id]) {
			await notify(trx, userId, 'meeting-cancelled', { partner: 'EXTEMIN', reason: change.reason });
		}
		await recordAudit(trx, {
			actorId,
			action: 'programme.meeting.cancel',
			targetType: 'meeting',
			targetId: String(change.id)
		});
	});
}
