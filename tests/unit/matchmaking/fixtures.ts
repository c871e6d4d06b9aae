/** A small event in a fresh database: users with profiles, one day of slots, a few tables. */
import type { Db } from '../../../src/lib/server/db/client';
import { testDb } from '../../support/test-db';

/** Slots start far in the future so that "only future slots are bookable" never bites. */
export const FIRST_SLOT = Math.floor(Date.UTC(2030, 8, 21, 14, 0) / 1000);

export async function freshDb(path = ':memory:'): Promise<Db> {
	const db = await testDb(path);
	return db;
}

export async function addEvent(
	db: Db,
	slots = 4,
	tables = 3
): Promise<{ slotIds: number[]; tableIds: number[] }> {
	const day = await db
		.insertInto('meeting_day')
		.values({ date: '2030-09-21' })
		.returning('id')
		.executeTakeFirstOrThrow();
	const slotIds: number[] = [];
	for (let i = 0; i < slots; i++) {
		const starts = FIRST_SLOT + i * 1200;
		const row = await db
			.insertInto('meeting_slot')
			.values({ day_id: day.id, starts_at: starts, ends_at: starts + 1200 })
			.returning('id')
			.executeTakeFirstOrThrow();
		slotIds.push(row.id);
	}
	const tableIds: number[] = [];
	for (let n = 1; n <= tables; n++) {
		const row = await db
			.insertInto('meeting_table')
			.values({ number: n, zone: 'A' })
			.returning('id')
			.executeTakeFirstOrThrow();
		tableIds.push(row.id);
	}
	return { slotIds, tableIds };
}

let counter = 0;

export async function addUser(
	db: Db,
	options: {
		optIn?: boolean;
		availability?: number[];
		maxMeetings?: number;
		offers?: string[];
		seeks?: string[];
	} = {}
): Promise<number> {
	counter++;
	const user = await db
		.insertInto('user')
		.values({
			email: `p${counter}-${Math.random().toString(36).slice(2)}@example.pe`,
			name: `Persona ${counter}`
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	if (options.optIn !== false) {
		await db
			.insertInto('match_profile')
			.values({
				user_id: user.id,
				offers: JSON.stringify(options.offers ?? ['truck-batteries']),
				seeks: JSON.stringify(options.seeks ?? ['investment']),
				max_meetings: options.maxMeetings ?? null
			})
			.execute();
		for (const slot_id of options.availability ?? []) {
			await db.insertInto('match_availability').values({ user_id: user.id, slot_id }).execute();
		}
	}
	return user.id;
}
