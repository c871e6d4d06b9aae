import type { Kysely } from 'kysely';
import { epochType, idColumn, nowSeconds, strict } from '../portable';

/**
 * Moderation (docs/security.md, "Moderation"): an organisation is public only once an organiser
 * approved it. Every organisation that exists when this runs (the demo event, imports) was put
 * there by organisers, so the column defaults to 'approved'; self-service sign-ups insert
 * 'pending'. Later changes to an approved organisation's name, logo or website wait in
 * organisation_revision until an organiser decides; the public keeps seeing the old version.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('organisation')
		.addColumn('moderation', 'text', (c) => c.notNull().defaultTo('approved'))
		.execute();
	await db.schema
		.createTable('organisation_revision')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('organisation_id', 'integer', (c) =>
			c.notNull().references('organisation.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('website', 'text')
		.addColumn('logo', 'text')
		.addColumn('submitted_by', 'integer', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('decided_by', 'integer', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('decided_at', epochType(db))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('organisation_revision_pending')
		.on('organisation_revision')
		.columns(['status', 'organisation_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('organisation_revision').ifExists().execute();
	await db.schema.alterTable('organisation').dropColumn('moderation').execute();
}
