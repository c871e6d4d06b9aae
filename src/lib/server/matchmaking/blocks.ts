/** A person blocks another: no requests either way, no recommendations, pending ones declined. */
import { writeTransaction, type Db } from '../db/client';
import { MatchmakingError } from './errors';
import { invalidateRecommendations } from './recommendations';

export async function blockPerson(db: Db, userId: number, otherId: number): Promise<void> {
	if (userId === otherId) throw new MatchmakingError(400, 'self-request');
	await writeTransaction(db, async (trx) => {
		const other = await trx
			.selectFrom('user')
			.select('id')
			.where('id', '=', otherId)
			.executeTakeFirst();
		if (!other) throw new MatchmakingError(404, 'not-found');
		await trx
			.insertInto('user_block')
			.values({ blocker_id: userId, blocked_id: otherId })
			.onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
			.execute();
		// Their pending requests to the blocker are declined quietly: no mail to the blocked person.
		await trx
			.updateTable('meeting_request')
			.set({ status: 'declined', updated_at: Math.floor(Date.now() / 1000) })
			.where('from_user_id', '=', otherId)
			.where('to_user_id', '=', userId)
			.where('status', '=', 'pending')
			.execute();
	});
	invalidateRecommendations(db);
}

export async function unblockPerson(db: Db, userId: number, otherId: number): Promise<void> {
	await db
		.deleteFrom('user_block')
		.where('blocker_id', '=', userId)
		.where('blocked_id', '=', otherId)
		.execute();
	invalidateRecommendations(db);
}

export async function hasBlocked(db: Db, userId: number, otherId: number): Promise<boolean> {
	const row = await db
		.selectFrom('user_block')
		.select('blocker_id')
		.where('blocker_id', '=', userId)
		.where('blocked_id', '=', otherId)
		.executeTakeFirst();
	return row !== undefined;
}
