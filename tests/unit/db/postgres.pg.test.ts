/**
 * PostgreSQL specifics (unit-pg project only): the pool's number parsing, the transaction's
 * retries and the mapping of PostgreSQL's error codes to SQLite's outcomes, the schema the
 * portable migrations make there, and the command line's refusal to fake a backup.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/lib/server/config';
import {
	SERIALIZABLE_ATTEMPTS,
	writeTransaction,
	type Db
} from '../../../src/lib/server/db/client';
import { isUniqueViolation } from '../../../src/lib/server/db/errors';
import { dialectOf } from '../../../src/lib/server/db/portable';
import { isDatabaseBusy } from '../../../src/lib/server/http/busy';
import { databaseUrlOf, testDb } from '../../support/test-db';

let db: Db;
beforeAll(async () => {
	db = await testDb();
});
afterAll(() => db.destroy());

const withCode = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });

describe('selecting PostgreSQL', () => {
	it('DATABASE_URL selects it; anything but a postgres URL is refused by name', () => {
		expect(readConfig({ DATABASE_URL: 'postgres://u:p@db/extemin' }).databaseUrl).toBe(
			'postgres://u:p@db/extemin'
		);
		expect(readConfig({}).databaseUrl).toBeNull();
		expect(() => readConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
		expect(dialectOf(db)).toBe('postgres');
	});

	it('BIGINT and NUMERIC come back as numbers, on this pool only', async () => {
		const { rows } = await sql<{
			big: unknown;
			total: unknown;
			n: unknown;
		}>`select 4102444800::bigint as big, sum(x)::numeric as total, count(*) as n
		   from (values (1.5), (2.25)) v(x)`.execute(db);
		expect(rows[0]).toEqual({ big: 4102444800, total: 3.75, n: 2 });
		// Not process-wide: a plain pg client still gets strings.
		expect(pg.types.getTypeParser(20, 'text')('5')).toBe('5');
	});
});

describe('writeTransaction on PostgreSQL', () => {
	it('runs again after a serialization failure or deadlock, and then commits', async () => {
		let runs = 0;
		const result = await writeTransaction(db, async (trx) => {
			runs++;
			await trx
				.insertInto('setting')
				.values({ key: `retry-${runs}`, value: 'x' })
				.execute();
			if (runs === 1) throw withCode('40001');
			if (runs === 2) throw withCode('40P01');
			return runs;
		});
		expect(result).toBe(3);
		const keys = await db
			.selectFrom('setting')
			.select('key')
			.where('key', 'like', 'retry-%')
			.execute();
		// The failed attempts were rolled back.
		expect(keys.map((k) => k.key)).toEqual(['retry-3']);
	});

	it('gives up after SERIALIZABLE_ATTEMPTS: a busy database (503), not a 500', async () => {
		let runs = 0;
		const failure = await writeTransaction(db, async () => {
			runs++;
			throw withCode('40001');
		}).catch((err: unknown) => err);
		expect(runs).toBe(SERIALIZABLE_ATTEMPTS);
		expect(isDatabaseBusy(failure)).toBe(true);
	}, 20_000);

	it('runs again twice after a UNIQUE violation, then lets it through as the conflict', async () => {
		let runs = 0;
		const failure = await writeTransaction(db, async () => {
			runs++;
			throw withCode('23505');
		}).catch((err: unknown) => err);
		expect(runs).toBe(3);
		expect(isUniqueViolation(failure)).toBe(true);
	});

	it('a lock held too long ends in 55P03, which is a busy database (503)', async () => {
		await db.insertInto('setting').values({ key: 'locked', value: 'a' }).execute();
		const holder = new pg.Client(databaseUrlOf(db)!);
		await holder.connect();
		try {
			await holder.query('begin');
			await holder.query(`select * from setting where key = 'locked' for update`);
			const failure = await writeTransaction(db, async (trx) => {
				await sql`set local lock_timeout = '200ms'`.execute(trx);
				await trx.updateTable('setting').set({ value: 'b' }).where('key', '=', 'locked').execute();
			}).catch((err: unknown) => err);
			expect((failure as { code?: string }).code).toBe('55P03');
			expect(isDatabaseBusy(failure)).toBe(true);
		} finally {
			await holder.query('rollback');
			await holder.end();
		}
	});

	it('a UNIQUE violation is 23505, the same conflict as SQLITE_CONSTRAINT_UNIQUE', async () => {
		await db.insertInto('user').values({ email: 'twice@example.pe', name: 'A' }).execute();
		const failure = await db
			.insertInto('user')
			.values({ email: 'twice@example.pe', name: 'B' })
			.execute()
			.catch((err: unknown) => err);
		expect(isUniqueViolation(failure)).toBe(true);
		expect(isDatabaseBusy(failure)).toBe(false);
	});
});

describe('the schema on PostgreSQL', () => {
	it('has the partial unique indexes that prevent double booking', async () => {
		const { rows } = await sql<{ indexname: string; indexdef: string }>`
			select indexname, indexdef from pg_indexes
			where indexname in ('meeting_table_slot_active', 'meeting_request_active',
			                    'meeting_attendee_person_slot_active')
			order by indexname`.execute(db);
		expect(rows.map((r) => r.indexname)).toEqual([
			'meeting_attendee_person_slot_active',
			'meeting_request_active',
			'meeting_table_slot_active'
		]);
		for (const row of rows) {
			expect(row.indexdef).toMatch(/^CREATE UNIQUE INDEX/);
			expect(row.indexdef).toMatch(/WHERE \(status = 'active'::text\)/);
		}
	});

	it('uses identity ids, 64-bit epoch seconds, bytea blobs and double precision', async () => {
		const { rows } = await sql<{
			table_name: string;
			column_name: string;
			data_type: string;
			is_identity: string;
		}>`select table_name, column_name, data_type, is_identity from information_schema.columns
		   where table_schema = 'public'`.execute(db);
		const column = (t: string, c: string) =>
			rows.find((r) => r.table_name === t && r.column_name === c);
		expect(column('organisation', 'id')).toMatchObject({
			data_type: 'integer',
			is_identity: 'YES'
		});
		expect(column('meeting_slot', 'starts_at')?.data_type).toBe('bigint');
		expect(column('session', 'expires_at')?.data_type).toBe('bigint');
		expect(column('session', 'secret_hash')?.data_type).toBe('bytea');
		expect(column('booth', 'x_m')?.data_type).toBe('double precision');
		const epochAsInteger = rows.filter(
			(r) => /_at$|_until$/.test(r.column_name) && r.data_type !== 'bigint'
		);
		expect(epochAsInteger).toEqual([]);
	});
});

describe('extemin backup on PostgreSQL', () => {
	it('refuses, names pg_dump, and exits non-zero without writing a file', async () => {
		const run = promisify(execFile);
		const failure = await run(process.execPath, ['bin/extemin.js', 'backup', '/tmp/never.db'], {
			env: { ...process.env, DATABASE_URL: databaseUrlOf(db)! }
		}).catch((err: { code: number; stderr: string }) => err);
		expect('code' in failure && failure.code).toBe(1);
		expect((failure as { stderr: string }).stderr).toMatch(/not supported on PostgreSQL/);
		expect((failure as { stderr: string }).stderr).toMatch(/pg_dump/);
	}, 30_000);
});
