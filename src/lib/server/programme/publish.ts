import { sql } from 'kysely';
import { writeTransaction, type Db } from '../db/client';
import { findSettings, upsertSetting } from '../db/queries/settings';
import { recordAudit } from '../floor/audit';
import { isOn, KEYS } from './settings';

export async function setRequestWindow(db: Db, actorId: number | null, open: boolean) {
	await writeTransaction(db, async (trx) => {
		await upsertSetting(trx, KEYS.requestsOpen, open ? '1' : '0');
		await recordAudit(trx, {
			actorId,
			action: open ? 'programme.requests.open' : 'programme.requests.close',
			targetType: 'setting',
			targetId: KEYS.requestsOpen
		});
	});
}

/** Publishing locks every active meeting, so a later scheduler run keeps them as they are. */
export async function publishSchedule(db: Db, actorId: number | null): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const result = await trx
			.updateTable('meeting')
			.set({ locked: 1 })
			.where('status', '=', 'active')
			.where('locked', '=', 0)
			.executeTakeFirst();
		await upsertSetting(trx, KEYS.published, '1');
		const locked = Number(result.numUpdatedRows);
		await recordAudit(trx, {
			actorId,
			action: 'schedule.publish',
			targetType: 'setting',
			targetId: KEYS.published,
			detail: { newlyLocked: locked }
		});
		return locked;
	});
}

/** Withdraws the publication; meetings stay locked (unlocking them is the scheduler's business). */
export async function unpublishSchedule(db: Db, actorId: number | null) {
	await writeTransaction(db, async (trx) => {
		await upsertSetting(trx, KEYS.published, '0');
		await recordAudit(trx, {
			actorId,
			action: 'schedule.unpublish',
			targetType: 'setting',
			targetId: KEYS.published
		});
	});
}

export async function programmeStatus(db: Db) {
	const [settings, counts] = await Promise.all([
		findSettings(db),
		db
			.selectFrom('meeting')
			.select([sql<number>`count(*)`.as('meetings'), sql<number>`sum(locked)`.as('locked')])
			.where('status', '=', 'active')
			.executeTakeFirstOrThrow()
	]);
	return {
		requestsOpen: isOn(settings[KEYS.requestsOpen]),
		published: isOn(settings[KEYS.published]),
		meetings: Number(counts.meetings),
		locked: Number(counts.locked ?? 0)
	};
}
