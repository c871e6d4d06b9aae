/**
 * What the organiser and the people themselves decided about who may ask whom: the request
 * window, daily and per-person limits, declined pairs and blocks. Checked inside the sending
 * transaction, so two tabs cannot both slip under a limit.
 */
import type { Db } from '../db/client';
import { findSettings } from '../db/queries/settings';
import { isOn, KEYS } from '../programme/settings';
import { MatchmakingError } from './errors';

/** Requests one person may send in 24 hours: a busy day of networking, not a mailing list. */
export const DAILY_REQUEST_CAP = 25;
/** Requests one person may ever send to the same person: withdraw-and-ask-again loops end here. */
export const PAIR_REQUEST_CAP = 3;

export async function requestWindowOpen(db: Db): Promise<boolean> {
	return isOn((await findSettings(db))[KEYS.requestsOpen] ?? '1');
}

/** Either blocked the other: no requests between them, no recommendation of one to the other. */
export async function isBlockedEitherWay(db: Db, a: number, b: number): Promise<boolean> {
	const row = await db
		.selectFrom('user_block')
		.select('blocker_id')
		.where((eb) =>
			eb.or([
				eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]),
				eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)])
			])
		)
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * A block (either way) ends what the two people can do together: no request between them is
 * reopened, accepted or booked (bookInTransaction, under every accept, booking and move),
 * whoever blocked whom and whenever.
 */
export async function refuseBlocked(db: Db, a: number, b: number): Promise<void> {
	if (await isBlockedEitherWay(db, a, b)) throw new MatchmakingError(409, 'blocked');
}

export async function blockedPeople(db: Db, userId: number): Promise<Set<number>> {
	const rows = await db
		.selectFrom('user_block')
		.select(['blocker_id', 'blocked_id'])
		.where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
		.execute();
	return new Set(rows.map((r) => (r.blocker_id === userId ? r.blocked_id : r.blocker_id)));
}

/** Throws the rule a new request from `fromId` to `toId` would break, if any. */
export async function checkMayRequest(db: Db, fromId: number, toId: number): Promise<void> {
	if (!(await requestWindowOpen(db))) throw new MatchmakingError(409, 'window-closed');
	if (await isBlockedEitherWay(db, fromId, toId)) throw new MatchmakingError(409, 'blocked');
	const sent = await db
		.selectFrom('meeting_request')
		.select(['status', 'created_at'])
		.where('from_user_id', '=', fromId)
		.where('to_user_id', '=', toId)
		.execute();
	// Only the recipient can undo a decline, by reopening the declined request.
	if (sent.some((r) => r.status === 'declined')) throw new MatchmakingError(409, 'declined-pair');
	if (sent.length >= PAIR_REQUEST_CAP) throw new MatchmakingError(429, 'pair-cap');
	const since = Math.floor(Date.now() / 1000) - 24 * 3600;
	const today = await db
		.selectFrom('meeting_request')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('from_user_id', '=', fromId)
		.where('created_at', '>', since)
		.executeTakeFirstOrThrow();
	if (Number(today.n) >= DAILY_REQUEST_CAP) throw new MatchmakingError(429, 'daily-cap');
}
