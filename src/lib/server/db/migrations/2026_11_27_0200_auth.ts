import type { Kysely } from 'kysely';
import { epochType, nowSeconds, strict } from '../portable';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function up(db: Kysely<any>): Promise<void> {
	// Failed sign-ins and reset requests per key (`login:acct:<email>`, `login:ip:<addr>`, …).
	await db.schema
		.createTable('auth_throttle')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_at', epochType(db), (c) => c.notNull())
		.addColumn('blocked_until', epochType(db), (c) => c.notNull().defaultTo(0))
		.modifyEnd(strict(db))
		.execute();

	// One-time links: email verification, password reset, organiser setup, invitations.
	// Only the SHA-256 of the token is stored.
	await db.schema
		.createTable('auth_token')
		.addColumn('hash', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('user_id', 'integer', (c) => c.references('user.id').onDelete('cascade'))
		.addColumn('email', 'text')
		.addColumn('organisation_id', 'integer', (c) =>
			c.references('organisation.id').onDelete('cascade')
		)
		.addColumn('created_by', 'integer', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('expires_at', epochType(db), (c) => c.notNull())
		.addColumn('used_at', epochType(db))
		.addColumn('created_at', epochType(db), (c) => c.notNull().defaultTo(nowSeconds(db)))
		.modifyEnd(strict(db))
		.execute();
	await db.schema
		.createIndex('auth_token_user')
		.on('auth_token')
		.columns(['user_id', 'kind'])
		.execute();
	await db.schema
		.createIndex('auth_token_organisation')
		.on('auth_token')
		.columns(['organisation_id', 'kind'])
		.execute();
	await db.schema
		.createIndex('bookmark_target')
		.on('bookmark')
		.columns(['target_type', 'target_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are schema-agnostic
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('bookmark_target').ifExists().execute();
	await db.schema.dropTable('auth_token').ifExists().execute();
	await db.schema.dropTable('auth_throttle').ifExists().execute();
}
