import { sql } from 'kysely';
import { writeTransaction, type Db } from '../db/client';
import { findSettings, upsertSetting } from '../db/queries/settings';
import { recordAudit } from '../floor/audit';
import { notifyPublished } from './digest';
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

/**
 * Publishing shows the scheduler's drafts to participants and locks every active meeting, so
 * a later scheduler run keeps them as they are and only an organiser changes them. Each
 * person whose meetings became visible or locked gets one digest.
 */
export async function publishSchedule(db: Db, actorId: number | null): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const changed = await trx
			.selectFrom('meeting')
			.select('id')
			.where('status', '=', 'active')
			.where((eb) => eb.or([eb('locked', '=', 0), eb('published_at', 'is', null)]))
			.execute();
		const ids = changed.map((m) => m.id);
		const result = await trx
			.updateTable('meeting')
			.set({ locked: 1 })
			.where('status', '=', 'active')
			.where('locked', '=', 0)
			.executeTakeFirst();
		await trx
			.updateTable('meeting')
			.set({ published_at: Math.floor(Date.now() / 1000) })
			.where('status', '=', 'active')
			.where('published_at', 'is', null)
			.execute();
		await upsertSetting(trx, KEYS.published, '1');
		await notifyPublished(trx, ids);
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

/**
 * Withdraws the publication: the scheduler's meetings are hidden from participants again
 * (what the pairs booked themselves stays theirs); locks stay.
 */
export async function unpublishSchedule(db: Db, actorId: number | null) {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('meeting')
			.set({ published_at: null })
			.where('placed_by', '=', 'scheduler')
			.execute();
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
			.select([
				sql<number>`count(*)`.as('meetings'),
				sql<number>`sum(locked)`.as('locked'),
				sql<number>`sum(case when placed_by = 'scheduler' and published_at is null then 1 else 0 end)`.as(
					'drafts'
				)
			])
			.where('status', '=', 'active')
			.executeTakeFirstOrThrow()
	]);
	return {
		requestsOpen: isOn(settings[KEYS.requestsOpen]),
		published: isOn(settings[KEYS.published]),
		meetings: Number(counts.meetings),
		locked: Number(counts.locked ?? 0),
		/** Scheduler meetings participants cannot see yet. */
		drafts: Number(counts.drafts ?? 0)
	};
}
