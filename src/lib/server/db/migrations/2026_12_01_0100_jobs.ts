import type { Kysely } from 'kysely';
import { epochType, idColumn, nowSeconds, strict } from '../portable';

/**
 * Background jobs (docs/background-jobs.md): mail rows become a delivery queue with a claim
 * that expires, and organiser scheduling runs get a row of their own, claimed atomically so
 * that one event has at most one run at a time, also across app processes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	const epoch = epochType(db);
	// queued: waits for the sender; sent; failed: gave up (the organiser may retry);
	// stored: no SMTP configured when it was written, the stored copy is the delivery.
	await db.schema
		.alterTable('mail')
		.addColumn('state', 'text', (c) => c.notNull().defaultTo('stored'))
		.execute();
	await db.schema
		.alterTable('mail')
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.alterTable('mail')
		.addColumn('next_attempt_at', epoch, (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.alterTable('mail').addColumn('claimed_until', epoch).execute();
	await db.schema.alterTable('mail').addColumn('claim_token', 'text').execute();
	await db.updateTable('mail').set({ state: 'sent' }).where('sent_at', 'is not', null).execute();
	await db
		.updateTable('mail')
		.set({ state: 'failed' })
		.where('sent_at', 'is', null)
		.where('error', 'is not', null)
		.execute();
	await db.schema
		.createIndex('mail_due')
		.on('mail')
		.columns(['state', 'next_attempt_at'])
		.execute();

	await db.schema
		.createTable('schedule_job')
		.addColumn('id', 'integer', idColumn(db))
		// 1 while the run holds the event's claim, NULL after: UNIQUE makes the claim atomic.
		.addColumn('active', 'integer', (c) => c.unique())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('phase', 'text', (c) => c.notNull().defaultTo('start'))
		.addColumn('fraction', 'real', (c) => c.notNull().defaultTo(0))
		.addColumn('budget_ms', 'integer', (c) => c.notNull())
		.addColumn('owner', 'text', (c) => c.notNull())
		.addColumn('heartbeat_at', epoch, (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('started_by', 'integer')
		.addColumn('started_at', epoch, (c) => c.notNull().defaultTo(nowSeconds(db)))
		.addColumn('finished_at', epoch)
		.addColumn('run_id', 'integer')
		.addColumn('summary', 'text')
		.addColumn('error', 'text')
		.modifyEnd(strict(db))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('schedule_job').ifExists().execute();
	await db.schema.dropIndex('mail_due').ifExists().execute();
	for (const column of ['claim_token', 'claimed_until', 'next_attempt_at', 'attempts', 'state'])
		await db.schema.alterTable('mail').dropColumn(column).execute();
}
