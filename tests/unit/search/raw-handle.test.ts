import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createDb,
	sqliteHandleOf,
	writeTransaction,
	type Db
} from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { DEFAULT_QUERY } from '../../../src/lib/server/search/engine';
import { SqliteSearchEngine } from '../../../src/lib/server/search/sqlite/engine';
import { rawOf } from '../../../src/lib/server/search/sqlite/raw';
import { FIXTURE_DOCUMENTS } from './fixtures';

/** Issue 13: no process-wide patch of better-sqlite3 to find Kysely's handle. */
describe('the embedded engine finds its handle where the database was created', () => {
	const original = Object.getOwnPropertyDescriptor(Database.prototype, 'prepare')!;
	let db: Db;

	beforeAll(async () => {
		// Any attempt to wrap Database.prototype.prepare now throws (modules are strict).
		Object.defineProperty(Database.prototype, 'prepare', { ...original, writable: false });
		db = createDb(':memory:');
		await migrateToLatest(db);
	});
	afterAll(async () => {
		Object.defineProperty(Database.prototype, 'prepare', original);
		await db.destroy();
	});

	it('indexes and searches without touching Database.prototype', async () => {
		const engine = new SqliteSearchEngine(db);
		await engine.upsert(FIXTURE_DOCUMENTS);
		const result = await engine.search({ ...DEFAULT_QUERY, q: 'solaris' });
		expect(result.hits[0]?.slug).toBe('solaris-energia');
		expect(Database.prototype.prepare).toBe(original.value);
	});

	it('gives connections and transactions of a database the same handle', async () => {
		const root = await rawOf(db);
		expect(sqliteHandleOf(db)).toBe(root);
		await db.connection().execute(async (conn) => expect(await rawOf(conn)).toBe(root));
		await writeTransaction(db, async (trx) => expect(await rawOf(trx)).toBe(root));
		await db.transaction().execute(async (trx) => expect(sqliteHandleOf(trx)).toBe(root));
		const other = createDb(':memory:');
		expect(sqliteHandleOf(other)).not.toBe(root);
		await other.destroy();
	});
});
