import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config';
import { isRetryableConflict, isUniqueViolation } from './errors';
import { dialectOf } from './portable';
import type { Database as Schema } from './schema';

export type Db = Kysely<Schema>;

/** A writer waits this long for a row lock before giving up with 55P03 (SQLite: busy_timeout). */
export const LOCK_TIMEOUT_MS = 5000;
/** Attempts of a serializable transaction that keeps losing to concurrent writers. */
export const SERIALIZABLE_ATTEMPTS = 10;
/**
 * A UNIQUE violation against a row another transaction committed meanwhile is a lost race
 * too (two bookings picked the same free table): run again this many times, so the checks
 * see that row and choose the next table, as they would have on SQLite's single writer. A
 * violation that persists is a real conflict and surfaces (409).
 */
const UNIQUE_RETRIES = 2;

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const toNumber = (value: string) => Number(value);

/**
 * BIGINT (epoch seconds, `count(*)`) and NUMERIC (`sum` of bigints) come back as numbers, as
 * they do from SQLite. Set on this pool only, not process-wide through `pg.types`.
 */
const pgTypes = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === INT8_OID || oid === NUMERIC_OID
			? toNumber
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/** The database of the configuration: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function connectDb(config: Pick<Config, 'databaseUrl' | 'databasePath'>): Db {
	return config.databaseUrl ? createPostgresDb(config.databaseUrl) : createDb(config.databasePath);
}

/** A pooled PostgreSQL database (Kysely's PostgresDialect on a `pg` Pool). */
export function createPostgresDb(url: string, options: { max?: number } = {}): Db {
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? 10,
		lock_timeout: LOCK_TIMEOUT_MS,
		types: pgTypes
	});
	// An idle client that loses its server (a restart) must not crash the process; the pool
	// replaces it, and the next query reports the outage to its own caller.
	pool.on('error', () => undefined);
	return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}

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
 * an immediate one waits for busy_timeout.
 *
 * On PostgreSQL it is SERIALIZABLE: the rules that SQLite's single writer keeps (no duplicate
 * request, the open-request cap, the meeting cap, read-then-write checks everywhere) hold
 * under concurrent writers too, because PostgreSQL aborts a transaction (40001, 40P01) whose
 * outcome differs from every serial order. Such a transaction is run again, up to
 * SERIALIZABLE_ATTEMPTS times with a growing random pause; then the error surfaces as a busy
 * database (503). A UNIQUE violation is run again twice (UNIQUE_RETRIES) before it counts. So `work` must do nothing but database work (it may run more than once).
 */
export async function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
	if (dialectOf(db) === 'postgres') return serializableTransaction(db, work);
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

async function serializableTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
	let uniqueRetries = 0;
	for (let attempt = 1; ; attempt++) {
		try {
			return await db.connection().execute(async (conn) => {
				await sql`begin isolation level serializable`.execute(conn);
				try {
					const result = await work(conn);
					await sql`commit`.execute(conn);
					return result;
				} catch (err) {
					await sql`rollback`.execute(conn).catch(() => undefined);
					throw err;
				}
			});
		} catch (err) {
			const lostUnique = isUniqueViolation(err) && uniqueRetries++ < UNIQUE_RETRIES;
			if (!(isRetryableConflict(err) || lostUnique) || attempt >= SERIALIZABLE_ATTEMPTS) throw err;
			const ceiling = Math.min(250, 5 * 2 ** attempt);
			await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * ceiling));
		}
	}
}
