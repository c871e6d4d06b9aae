/**
 * The database a unit test runs on: a fresh in-memory SQLite database, or, in the `unit-pg`
 * project (TEST_DATABASE=postgres), a fresh PostgreSQL database copied from the migrated
 * template of tests/support/global-postgres.ts. Either way at the latest schema and empty.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, createPostgresDb, type Db } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../src/lib/server/db/migrate';

export const onPostgres = process.env.TEST_DATABASE === 'postgres';

let admin: pg.Pool | null = null;
const urls = new WeakMap<Db, string>();
let count = 0;

function adminPool(): pg.Pool {
	if (!admin) {
		admin = new pg.Pool({
			connectionString: inject('postgresAdminUrl'),
			max: 1,
			allowExitOnIdle: true
		});
		admin.on('error', () => undefined);
	}
	return admin;
}

/** A new PostgreSQL database at the latest schema; its URL, for a second process or pool. */
export async function testPostgresUrl(): Promise<string> {
	const name = `t_${process.pid}_${++count}_${randomBytes(3).toString('hex')}`;
	await adminPool().query(
		`create database ${name} template ${inject('postgresTemplate')} strategy file_copy`
	);
	return inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`);
}

/**
 * A fresh database at the latest schema. `sqlitePath` keeps SQLite on a file (for tests that
 * open it from a second process); on PostgreSQL every database is one a second process can open.
 */
export async function testDb(sqlitePath = ':memory:'): Promise<Db> {
	if (onPostgres) {
		const url = await testPostgresUrl();
		const db = createPostgresDb(url, { max: 4 });
		urls.set(db, url);
		const name = new URL(url).pathname.slice(1);
		const destroy = db.destroy.bind(db);
		// Dropping the copy keeps a long run's disk use flat.
		db.destroy = async () => {
			await destroy();
			await adminPool()
				.query(`drop database if exists ${name} with (force)`)
				.catch(() => undefined);
		};
		return db;
	}
	const db = createDb(sqlitePath);
	await migrateToLatest(db);
	return db;
}

/** The PostgreSQL URL of a database `testDb` made, for a second process; null on SQLite. */
export function databaseUrlOf(db: Db): string | null {
	return urls.get(db) ?? null;
}
