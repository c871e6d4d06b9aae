import { sql } from 'kysely';
import type { Db } from './client';
import { dialectOf } from './portable';

/**
 * After rows were inserted with explicit ids (the demo seed writes its planned ids), moves
 * every PostgreSQL identity sequence past the largest id, so the next insert without an id
 * does not collide. SQLite's INTEGER PRIMARY KEY needs nothing: it takes max(rowid) + 1.
 */
export async function syncIdentitySequences(db: Db): Promise<void> {
	if (dialectOf(db) !== 'postgres') return;
	await sql`do $$
		declare r record;
		begin
			for r in select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and is_identity = 'YES'
			loop
				execute format(
					'select setval(pg_get_serial_sequence(%L, %L), coalesce((select max(%I) from %I), 0) + 1, false)',
					quote_ident(r.table_name), r.column_name, r.column_name, r.table_name);
			end loop;
		end $$`.execute(db);
}
