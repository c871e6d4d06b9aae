import Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from '../../db/client';

/**
 * The better-sqlite3 handle behind a Kysely `Db`, for the search hot path: Kysely compiles
 * and prepares every statement on every call, and returns rows only as objects, which cost
 * more than the work itself on 10,000-row FTS5 results. Kysely keeps the handle private, so
 * it is recognised on its way through `prepare` when a unique probe statement runs; the
 * same connection then serves both, so transactions and uncommitted writes stay coherent.
 */
export type Raw = Database.Database;

const handles = new WeakMap<Db, Raw>();
const statements = new WeakMap<Raw, Map<string, Database.Statement>>();
let probes = 0;

export async function rawOf(db: Db): Promise<Raw> {
	const known = handles.get(db);
	if (known) return known;
	const probe = `SELECT 'search-probe-${process.pid}-${++probes}'`;
	const proto = Database.prototype;
	const original = proto.prepare;
	const seen: Raw[] = [];
	proto.prepare = function (this: Raw, source: string) {
		if (source === probe) seen.push(this);
		// eslint-disable-next-line prefer-rest-params -- forward the call exactly as made
		return original.apply(this, arguments as unknown as [string]);
	} as typeof original;
	try {
		await sql.raw(probe).execute(db);
	} finally {
		proto.prepare = original;
	}
	const [found] = seen;
	if (!found) throw new Error('search: the database is not a better-sqlite3 connection');
	handles.set(db, found);
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
