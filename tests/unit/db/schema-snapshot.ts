import { sql } from 'kysely';
import type { Db } from '../../../src/lib/server/db/client';

/** Every table, index and trigger of a SQLite database, as SQLite stores its SQL, sorted. */
export async function sqliteSchema(db: Db): Promise<string> {
	const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
		select type, name, sql from sqlite_master
		where name not like 'sqlite_%' and name not like 'kysely_%'
		order by type, name`.execute(db);
	return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? ''};`).join('\n\n') + '\n';
}
