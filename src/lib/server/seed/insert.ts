import type { InsertObject } from 'kysely';
import type { Db } from '../db/client';
import type { Database } from '../db/schema';

/** Bound parameters per statement: far below SQLite's limit, large enough to amortise parsing. */
const MAX_PARAMS = 6000;
const MAX_ROWS = 500;

/** Inserts rows in multi-row statements; returns how many were inserted. */
export async function insertAll<T extends keyof Database & string>(
	db: Db,
	table: T,
	rows: InsertObject<Database, T>[]
): Promise<number> {
	if (rows.length === 0) return 0;
	const columns = Object.keys(rows[0]).length;
	const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns)));
	for (let start = 0; start < rows.length; start += size) {
		await db
			.insertInto(table)
			.values(rows.slice(start, start + size))
			.execute();
	}
	return rows.length;
}
