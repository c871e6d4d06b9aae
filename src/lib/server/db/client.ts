import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database as Schema } from './schema';

export type Db = Kysely<Schema>;

/** Opens the SQLite file (or `:memory:`) with the pragmas the platform relies on. */
export function openSqlite(path: string): Database.Database {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	// FULL: an acknowledged booking survives power loss (NORMAL may drop the last commits in WAL).
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	// Writers wait up to 5 s for a lock instead of failing with SQLITE_BUSY at once.
	sqlite.pragma('busy_timeout = 5000');
	return sqlite;
}

/**
 * The better-sqlite3 handle of each database, keyed by its Kysely adapter: the instances
 * that `db.connection()` and `db.transaction()` hand out share their parent's adapter, so
 * every one of them finds the same handle. Kysely keeps the handle private otherwise.
 */
const sqliteHandles = new WeakMap<object, Database.Database>();

export function createDb(path: string): Db {
	const sqlite = openSqlite(path);
	const db = new Kysely<Schema>({
		dialect: new SqliteDialect({ database: withStatementCache(sqlite) })
	});
	sqliteHandles.set(db.getExecutor().adapter, sqlite);
	return db;
}

/** The better-sqlite3 handle behind `db` (or any connection or transaction of it), if any. */
export function sqliteHandleOf(db: Kysely<unknown> | Db): Database.Database | undefined {
	return sqliteHandles.get(db.getExecutor().adapter);
}

/**
 * Kysely prepares every statement on every call; preparing costs about as much as running
 * the small queries of a page. Statements are reused per SQL text (SQLite re-prepares them
 * itself after a schema change); the cache is bounded for ad-hoc SQL.
 */
function withStatementCache(sqlite: Database.Database) {
	const cache = new Map<string, Database.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(source: string) {
			let statement = cache.get(source);
			if (!statement) {
				statement = sqlite.prepare(source);
				if (cache.size >= 1000) cache.delete(cache.keys().next().value as string);
				cache.set(source, statement);
			}
			return statement;
		}
	};
}

/**
 * Runs `work` in a write transaction that takes the write lock up front (BEGIN IMMEDIATE).
 * A deferred transaction that reads and then writes fails with SQLITE_BUSY instead of waiting;
 * an immediate one waits for busy_timeout. On PostgreSQL this is a plain transaction.
 */
export async function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
	return db.connection().execute(async (conn) => {
		await sql`begin immediate`.execute(conn);
		try {
			const result = await work(conn);
			await sql`commit`.execute(conn);
			return result;
		} catch (err) {
			await sql`rollback`.execute(conn).catch(() => undefined);
			throw err;
		}
	});
}
