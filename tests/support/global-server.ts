import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './server';

export interface SharedServer {
	baseUrl: string;
	databasePath: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** One server per worker slot of the project; tests/support/shared-server.ts picks one. */
		servers: SharedServer[];
	}
}

let servers: RunningServer[] = [];

/**
 * Built servers with the demo event for the integration and browser suites: one per worker
 * slot (`VITEST_POOL_ID`), so files of a project run side by side while each server still
 * sees one file at a time, as the files were written for.
 */
export async function setup(project: TestProject) {
	const count = Math.max(1, project.config.maxWorkers ?? 1);
	servers = await Promise.all(Array.from({ length: count }, () => startServer()));
	project.provide(
		'servers',
		servers.map((s) => ({ baseUrl: s.baseUrl, databasePath: s.databasePath }))
	);
}

export async function teardown() {
	await Promise.all(servers.map((s) => s.stop()));
}
