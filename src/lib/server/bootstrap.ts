import { sql } from 'kysely';
import type { Db } from './db/client';
import { migrateToLatest } from './db/migrate';
import type { Config } from './config';
import { seedDemo } from './seed';
import { reindexAll } from './search/sync';
import { getSearch } from './search';
import { logger } from './log';

/**
 * Brings a database to a usable state at start: latest schema and, on an empty database
 * when SEED=demo, the small demo event with its search index. Safe to call on every start.
 */
export async function prepareDatabase(db: Db, config: Config): Promise<void> {
	const applied = await migrateToLatest(db);
	if (applied.length) logger.info({ migrations: applied }, 'database migrated');
	if (config.seed !== 'demo' || !(await isEmpty(db))) return;

	const started = Date.now();
	const summary = await seedDemo(db, { size: 'small' });
	await reindexAll(db, getSearch().engine);
	logger.info({ ms: Date.now() - started, ...summary }, 'demo event loaded');
}

async function isEmpty(db: Db): Promise<boolean> {
	const row = await db
		.selectFrom('organisation')
		.select(sql<number>`count(*)`.as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n) === 0;
}
