/**
 * vitest globalSetup of the `unit-pg` project: one PostgreSQL for the run, with a template
 * database at the latest schema; `testDb()` (tests/support/test-db.ts) copies it for each
 * database a test asks for.
 */
import type { TestProject } from 'vitest/node';
import { createPostgresDb } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { startPostgres, type RunningPostgres } from './postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The cluster's maintenance database URL; test databases are made beside it. */
		postgresAdminUrl: string;
		/** The migrated database that test databases are copied from. */
		postgresTemplate: string;
	}
}

export const TEMPLATE = 'extemin_template';
let cluster: RunningPostgres | undefined;

export async function setup(project: TestProject) {
	cluster = await startPostgres();
	const db = createPostgresDb(await cluster.createDatabase(TEMPLATE), { max: 1 });
	try {
		await migrateToLatest(db);
	} finally {
		await db.destroy();
	}
	project.provide('postgresAdminUrl', cluster.urlFor('postgres'));
	project.provide('postgresTemplate', TEMPLATE);
}

export async function teardown() {
	await cluster?.stop();
}
