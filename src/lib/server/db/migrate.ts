import { Migrator, type MigrationProvider } from 'kysely';
import type { Db } from './client';
import { migrations } from './migrations';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
	const migrator = new Migrator({ db, provider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error) {
		const name = failed ? ` (${failed.migrationName})` : '';
		throw new Error(
			`Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`
		);
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
