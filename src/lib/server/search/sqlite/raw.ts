import type Database from 'better-sqlite3';
import { sqliteHandleOf, type Db } from '../../db/client';

/**
 * The better-sqlite3 handle behind a Kysely `Db`, for the search hot path: Kysely compiles
 * and prepares every statement on every call, and returns rows only as objects, which cost
 * more than the work itself on 10,000-row FTS5 results. `createDb` records the handle where
 * it opens the database (see `sqliteHandleOf`); the same connection serves both, so
 * transactions and uncommitted writes stay coherent.
 */
export type Raw = Database.Database;

const statements = new WeakMap<Raw, Map<string, Database.Statement>>();

export async function rawOf(db: Db): Promise<Raw> {
	const found = sqliteHandleOf(db);
	if (!found) throw new Error('search: the database is not a better-sqlite3 connection');
	return found;
}

/** A statement prepared once per connection and reused. */
export function stmt(raw: Raw, source: string): Database.Statement {
	let cache = statements.get(raw);
	if (!cache) statements.set(raw, (cache = new Map()));
	let statement = cache.get(source);
	if (!statement) cache.set(source, (statement = raw.prepare(source)));
	return statement;
}

/**
 * Runs synchronous work on the raw handle while holding Kysely's connection, so that it
 * never interleaves with a Kysely transaction that is waiting between two statements.
 */
export function withRaw<T>(db: Db, raw: Raw, work: (raw: Raw) => T): Promise<T> {
	return db.connection().execute(async () => work(raw));
}
