import type { Kysely } from 'kysely';
import { epochType, idColumn, nowSeconds, strict } from '../portable';

/**
 * The outbox drained per search engine (docs/search.md, "The outbox"): each row records
 * which engines applied it (`done`), and each engine keeps its own retry state, so a
 * Meilisearch outage no longer holds back the embedded index; rows an engine rejected past
 * their attempts are set aside where the organiser can see them. Done-markers rather than
 * an id cursor: SQLite hands out ids again once the newest rows are deleted, and PostgreSQL
 * commits ids out of order, so "every id up to N" is not a safe record on either.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	// The engines that applied (or set aside) the row, as ",sqlite,,meilisearch,".
	await db.schema
		.alterTable('outbox')
		.addColumn('done', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	// A row an engine rejected waits until then before it is tried again (by attempts).
	await db.schema
		.alterTable('outbox')
		.addColumn('retry_at', epochType(db), (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createTable('search_sync_state')
		.addColumn('engine', 'text', (c) => c.primaryKey())
		// 1 when a reindex or first fill failed: the engine's drain rebuilds it.
		.addColumn('needs_rebuild', 'integer', (c) => c.notNull().defaultTo(0))
		// Failed tries of the engine's oldest pending batch; the next try waits until retry_at.
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('retry_at', epochType(db), (c) => c.notNull().defaultTo(0))
		.addColumn('last_error', 'text')
		// Tasks the engine accepted and had not finished, and the outbox rows they cover (JSON lists).
		.addColumn('pending_tasks', 'text')
		.addColumn('pending_rows', 'text')
		.addColumn('updated_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createTable('outbox_failed')
		.addColumn('id', 'integer', idColumn(db))
		.addColumn('engine', 'text', (c) => c.notNull())
		.addColumn('outbox_id', 'integer', (c) => c.notNull())
		.addColumn('doc_type', 'text', (c) => c.notNull())
		.addColumn('doc_id', 'integer', (c) => c.notNull())
		.addColumn('op', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('error', 'text', (c) => c.notNull())
		.addColumn('failed_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('outbox_failed').ifExists().execute();
	await db.schema.dropTable('search_sync_state').ifExists().execute();
	await db.schema.alterTable('outbox').dropColumn('retry_at').execute();
	await db.schema.alterTable('outbox').dropColumn('done').execute();
}
