import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		databasePath: string;
	}
}

let server: RunningServer | undefined;

/** One built server with the demo event for the integration and browser suites. */
export async function setup(project: TestProject) {
	server = await startServer();
	project.provide('baseUrl', server.baseUrl);
	project.provide('databasePath', server.databasePath);
}

export async function teardown() {
	await server?.stop();
}
