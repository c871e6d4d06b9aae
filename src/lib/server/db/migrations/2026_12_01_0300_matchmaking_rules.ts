import { type Kysely } from 'kysely';
import { epochType, idColumn, nowSeconds, strict } from '../portable';

/**
 * Matchmaking rules the server enforces: who placed a meeting and whether participants may see
 * it yet (scheduler drafts stay hidden until published), why and by whom a meeting was called
 * off, participants' requests to change a locked meeting, and blocks between people.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('meeting')
		.addColumn('placed_by', 'text', (c) => c.notNull().defaultTo('participant'))
		.execute();
	await db.schema.alterTable('meeting').addColumn('published_at', epochType(db)).execute();
	await db.schema.alterTable('meeting').addColumn('cancelled_by', 'integer').execute();
	await db.schema.alterTable('meeting').addColumn('cancel_reason', 'text').execute();

	await db.schema
		.createTable('meeting_change_request')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('meeting_id', 'integer', (c) =>
			c.notNull().references('meeting.id').onDelete('cascade')
		)
		.addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('resolved_at', epochType(db))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('meeting_change_request_open')
		.on('meeting_change_request')
		.columns(['resolved_at', 'created_at'])
		.execute();

	await db.schema
		.createTable('user_block')
		.addColumn('blocker_id', 'integer', (c) =>
			c.notNull().references('user.id').onDelete('cascade')
		)
		.addColumn('blocked_id', 'integer', (c) =>
			c.notNull().references('user.id').onDelete('cascade')
		)
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addPrimaryKeyConstraint('user_block_pk', ['blocker_id', 'blocked_id'])
		.modifyEnd(strict(db))
		.execute();

	await db.schema
		.createIndex('meeting_request_from_created')
		.on('meeting_request')
		.columns(['from_user_id', 'created_at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('meeting_request_from_created').ifExists().execute();
	await db.schema.dropTable('user_block').ifExists().execute();
	await db.schema.dropIndex('meeting_change_request_open').ifExists().execute();
	await db.schema.dropTable('meeting_change_request').ifExists().execute();
	await db.schema.alterTable('meeting').dropColumn('cancel_reason').execute();
	await db.schema.alterTable('meeting').dropColumn('cancelled_by').execute();
	await db.schema.alterTable('meeting').dropColumn('published_at').execute();
	await db.schema.alterTable('meeting').dropColumn('placed_by').execute();
}
