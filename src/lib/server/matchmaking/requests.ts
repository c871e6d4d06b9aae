/** Meeting requests: send, accept (and book), decline, cancel. Every write is BEGIN IMMEDIATE. */
import { writeTransaction, type Db } from '../db/client';
import { asConflict, bookInTransaction, type BookedMeeting } from './booking';
import { MatchmakingError } from './errors';
import { notify } from './notify';
import { checkMayRequest, refuseBlocked } from './rules';

/** Open (pending) requests one person may have out at once: enough to network, too few to spam. */
export const OPEN_REQUEST_CAP = 20;
export const MESSAGE_MAX = 1000;

async function nameOf(db: Db, userId: number): Promise<string> {
	const row = await db
		.selectFrom('user')
		.select('name')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.name ?? '';
}

async function isOptedIn(db: Db, userId: number): Promise<boolean> {
	const row = await db
		.selectFrom('match_profile as p')
		.innerJoin('user as u', 'u.id', 'p.user_id')
		.select('p.user_id')
		.where('p.user_id', '=', userId)
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	return row !== undefined;
}

export async function sendRequest(
	db: Db,
	fromId: number,
	toId: number,
	message: string
): Promise<number> {
	if (fromId === toId) throw new MatchmakingError(400, 'self-request');
	if (message.length > MESSAGE_MAX) throw new MatchmakingError(400, 'message-too-long');
	if (toId <= 0) throw new MatchmakingError(404, 'not-found');
	return writeTransaction(db, async (trx) => {
		if (!(await isOptedIn(trx, fromId))) throw new MatchmakingError(400, 'not-opted-in');
		if (!(await isOptedIn(trx, toId))) throw new MatchmakingError(400, 'partner-not-opted-in');
		await checkMayRequest(trx, fromId, toId);
		const existing = await trx
			.selectFrom('meeting_request')
			.select('id')
			.where((eb) =>
				eb.or([
					eb.and([eb('from_user_id', '=', fromId), eb('to_user_id', '=', toId)]),
					eb.and([eb('from_user_id', '=', toId), eb('to_user_id', '=', fromId)])
				])
			)
			.where('status', 'in', ['pending', 'accepted'])
			.executeTakeFirst();
		if (existing) throw new MatchmakingError(409, 'duplicate-request');
		const open = await trx
			.selectFrom('meeting_request')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('from_user_id', '=', fromId)
			.where('status', '=', 'pending')
			.executeTakeFirstOrThrow();
		if (Number(open.n) >= OPEN_REQUEST_CAP) throw new MatchmakingError(400, 'open-request-cap');
		const row = await trx
			.insertInto('meeting_request')
			.values({ from_user_id: fromId, to_user_id: toId, message })
			.returning('id')
			.executeTakeFirstOrThrow();
		await notify(trx, toId, 'request-received', { partner: await nameOf(trx, fromId) });
		return row.id;
	});
}

/** The request if `userId` is one of its two people; 404 otherwise, so ids reveal nothing. */
async function requestFor(db: Db, requestId: number, userId: number) {
	const row = await db
		.selectFrom('meeting_request')
		.selectAll()
		.where('id', '=', requestId)
		.executeTakeFirst();
	if (!row || (row.from_user_id !== userId && row.to_user_id !== userId)) {
		throw new MatchmakingError(404, 'not-found');
	}
	return row;
}

const now = () => Math.floor(Date.now() / 1000);

/**
 * Accepts a request addressed to `userId` and books the earliest common free slot (or
 * `slotId`). Without any common slot the request stays accepted for the organiser's run.
 */
export async function acceptRequest(
	db: Db,
	userId: number,
	requestId: number,
	slotId?: number
): Promise<BookedMeeting | null> {
	const pair = await pairOf(db, requestId, userId);
	try {
		return await writeTransaction(db, async (trx) => {
			const request = await requestFor(trx, requestId, userId);
			if (request.to_user_id !== userId) throw new MatchmakingError(403, 'forbidden');
			if (request.status !== 'pending') throw new MatchmakingError(409, 'not-pending');
			await trx
				.updateTable('meeting_request')
				.set({ status: 'accepted', updated_at: now() })
				.where('id', '=', requestId)
				.execute();
			const booked = await bookInTransaction(trx, { id: requestId, ...pair }, slotId);
			await notifyBooking(trx, request.from_user_id, userId, 'request-accepted', booked);
			if (booked) await notifyBooking(trx, userId, request.from_user_id, 'meeting-booked', booked);
			return booked;
		});
	} catch (err) {
		return asConflict(db, err, pair);
	}
}

/** Books an accepted request that has no meeting yet, in a slot one of its people chose. */
export async function bookAcceptedRequest(
	db: Db,
	userId: number,
	requestId: number,
	slotId: number
) {
	const pair = await pairOf(db, requestId, userId);
	try {
		return await writeTransaction(db, async (trx) => {
			const request = await requestFor(trx, requestId, userId);
			if (request.status !== 'accepted') throw new MatchmakingError(409, 'not-pending');
			const booked = (await bookInTransaction(trx, { id: requestId, ...pair }, slotId))!;
			const other = request.from_user_id === userId ? request.to_user_id : request.from_user_id;
			await notifyBooking(trx, other, userId, 'meeting-booked', booked);
			return booked;
		});
	} catch (err) {
		return asConflict(db, err, pair);
	}
}

async function pairOf(db: Db, requestId: number, userId: number) {
	const request = await requestFor(db, requestId, userId);
	return { a: request.from_user_id, b: request.to_user_id };
}

async function notifyBooking(
	db: Db,
	to: number,
	about: number,
	kind: 'request-accepted' | 'meeting-booked',
	booked: BookedMeeting | null
) {
	await notify(db, to, kind, {
		partner: await nameOf(db, about),
		startsAt: booked?.startsAt,
		table: booked?.tableNumber
	});
}

export async function declineRequest(db: Db, userId: number, requestId: number, reason: string) {
	// Refused like an over-long message, never cut: the sender would read half a sentence.
	if (reason.trim().length > MESSAGE_MAX) throw new MatchmakingError(400, 'reason-too-long');
	await writeTransaction(db, async (trx) => {
		const request = await requestFor(trx, requestId, userId);
		if (request.to_user_id !== userId) throw new MatchmakingError(403, 'forbidden');
		if (request.status !== 'pending') throw new MatchmakingError(409, 'not-pending');
		const cleanReason = reason.trim() || null;
		await trx
			.updateTable('meeting_request')
			.set({ status: 'declined', reason: cleanReason, updated_at: now() })
			.where('id', '=', requestId)
			.execute();
		await notify(trx, request.from_user_id, 'request-declined', {
			partner: await nameOf(trx, userId),
			reason: cleanReason
		});
	});
}

/**
 * The recipient changes their mind about a request they declined: it is pending again, and
 * they can accept it. Nobody else can undo a decline.
 */
export async function reopenRequest(db: Db, userId: number, requestId: number) {
	await writeTransaction(db, async (trx) => {
		const request = await requestFor(trx, requestId, userId);
		if (request.to_user_id !== userId) throw new MatchmakingError(403, 'forbidden');
		if (request.status !== 'declined') throw new MatchmakingError(409, 'not-declined');
		await refuseBlocked(trx, request.from_user_id, request.to_user_id);
		await trx
			.updateTable('meeting_request')
			.set({ status: 'pending', reason: null, updated_at: now() })
			.where('id', '=', requestId)
			.execute();
		await notify(trx, request.from_user_id, 'request-reopened', {
			partner: await nameOf(trx, userId)
		});
	});
}

/** Withdraws a pending request (sender) or calls off an accepted one (either side), freeing its slot. */
export async function cancelRequest(db: Db, userId: number, requestId: number) {
	await writeTransaction(db, async (trx) => {
		const request = await requestFor(trx, requestId, userId);
		const pendingBySender = request.status === 'pending' && request.from_user_id === userId;
		if (!pendingBySender && request.status !== 'accepted')
			throw new MatchmakingError(409, 'not-pending');
		await trx
			.updateTable('meeting_request')
			.set({ status: 'cancelled', updated_at: now() })
			.where('id', '=', requestId)
			.execute();
		await releaseMeetings(trx, requestId);
		const other = request.from_user_id === userId ? request.to_user_id : request.from_user_id;
		await notify(trx, other, 'request-cancelled', { partner: await nameOf(trx, userId) });
	});
}

/** Cancels the request's active meeting: the partial indexes then let others book the slot. */
export async function releaseMeetings(trx: Db, requestId: number): Promise<void> {
	const active = trx
		.selectFrom('meeting')
		.select('id')
		.where('request_id', '=', requestId)
		.where('status', '=', 'active');
	await trx
		.updateTable('meeting_attendee')
		.set({ status: 'cancelled' })
		.where('meeting_id', 'in', active)
		.execute();
	await trx
		.updateTable('meeting')
		.set({ status: 'cancelled' })
		.where('request_id', '=', requestId)
		.where('status', '=', 'active')
		.execute();
}
