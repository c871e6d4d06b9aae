import type { Kysely } from 'kysely';
import { epochType, nowSeconds, strict } from '../portable';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	// Calendar apps send no cookies, so the feed URL carries a secret; only its SHA-256 is stored.
	await db.schema
		.createTable('calendar_token')
		.addColumn('user_id', 'integer', (c) =>
			c.primaryKey().references('user.id').onDelete('cascade')
		)
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('meeting_attendee_user_active')
		.on('meeting_attendee')
		.columns(['user_id', 'status'])
		.execute();
	await db.schema
		.createIndex('meeting_slot_status')
		.on('meeting')
		.columns(['slot_id', 'status'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('meeting_slot_status').ifExists().execute();
	await db.schema.dropIndex('meeting_attendee_user_active').ifExists().execute();
	await db.schema.dropTable('calendar_token').ifExists().execute();
}
