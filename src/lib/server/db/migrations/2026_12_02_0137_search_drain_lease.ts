import type { Kysely } from 'kysely';
import { epochType } from '../portable';

/**
 * One drain at a time per search engine, across processes (docs/search.md, "The outbox"):
 * a drain claims its engine's row of search_sync_state with one conditional UPDATE (a lease
 * that its heartbeat renews), so two app processes on one database never hand the same
 * outbox row to an engine twice. A drain that dies leaves a lease that expires.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('search_sync_state').addColumn('lease_token', 'text').execute();
	await db.schema
		.alterTable('search_sync_state')
		.addColumn('lease_until', epochType(db), (c) => c.notNull().defaultTo(0))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('search_sync_state').dropColumn('lease_until').execute();
	await db.schema.alterTable('search_sync_state').dropColumn('lease_token').execute();
}
