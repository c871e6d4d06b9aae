import { readFileSync } from 'node:fs';
import { Migrator } from 'kysely';
import { describe, expect, test } from 'vitest';
import { createDb } from '../../../src/lib/server/db/client';
import { migrations } from '../../../src/lib/server/db/migrations';
import { sqliteSchema } from './schema-snapshot';

const SNAPSHOT = 'tests/unit/db/sqlite-schema.snapshot.sql';
/** The migrations that were SQLite-only and were ported to the portable helpers. */
const PORTED = ['2026_11_27_0000_initial', '2026_11_27_0200_auth', '2026_11_27_0300_matchmaking'];

describe('the SQLite schema of the ported migrations', () => {
	test('is byte for byte the schema they made before the port', async () => {
		// The snapshot was taken from the SQLite-only migrations (commit "Snapshot of the SQLite
		// schema…"); existing databases are unaffected only if nothing in it changes. Later
		// migrations are left out: an ALTER TABLE of theirs rewrites a table's stored SQL.
		const db = createDb(':memory:');
		try {
			const only = Object.fromEntries(PORTED.map((name) => [name, migrations[name]!]));
			const migrator = new Migrator({ db, provider: { getMigrations: async () => only } });
			const { error } = await migrator.migrateToLatest();
			expect(error).toBeUndefined();
			expect(await sqliteSchema(db)).toBe(readFileSync(SNAPSHOT, 'utf8'));
		} finally {
			await db.destroy();
		}
	});
});
