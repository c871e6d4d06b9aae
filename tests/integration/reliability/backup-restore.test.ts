import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { countRows, postForm, runCli } from './http';

/**
 * backup-restore (docs/security.md): `extemin backup` of a server's database while sign-ups keep
 * writing to it, then a second server booted on the copy: integrity ok and the same counts.
 */
const CATALOGUE = ['organisation', 'innovation', 'booth', 'exhibitor', 'sector'];

let source: RunningServer;
let restored: RunningServer | undefined;
let dir: string;

beforeAll(async () => {
	source = await startServer();
	dir = mkdtempSync(join(tmpdir(), 'extemin-backup-'));
});
afterAll(async () => {
	await restored?.stop();
	await source?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Sign-ups, one after another, until `stop` resolves; returns the acknowledged emails. */
async function signUpUntil(baseUrl: string, stop: Promise<unknown>): Promise<string[]> {
	let running = true;
	void stop.finally(() => (running = false));
	const acknowledged: string[] = [];
	for (let i = 0; running; i++) {
		const email = `backup-load-${i}@example.pe`;
		// Each sign-up from its own visitor (through the local-proxy header), so the sign-up
		// throttle per address (docs/security.md) does not cut the write load short.
		const res = await postForm(
			baseUrl,
			'/signup?/signup',
			{ name: `Carga ${i}`, email, password: `respaldo-bajo-carga-${i}` },
			{ 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }
		);
		await res.arrayBuffer();
		expect(res.status).toBe(303);
		acknowledged.push(email);
	}
	return acknowledged;
}

describe('backup-restore', () => {
	it('copies a database under write load into one the platform boots from, same counts', async () => {
		const copy = join(dir, 'copy.db');
		const usersBefore = countRows(source.databasePath, 'user');
		const backup = runCli(['backup', copy], source.databasePath);
		const acknowledged = await signUpUntil(source.baseUrl, backup);
		const result = await backup;
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/integrity ok/);

		const db = new Database(copy, { readonly: true });
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();
		for (const table of CATALOGUE) {
			expect(countRows(copy, table), table).toBe(countRows(source.databasePath, table));
		}
		const usersInCopy = countRows(copy, 'user');
		expect(usersInCopy).toBeGreaterThanOrEqual(usersBefore);
		expect(usersInCopy).toBeLessThanOrEqual(usersBefore + acknowledged.length);
		console.info(
			`backup-restore: ${acknowledged.length} sign-ups during the backup; the copy holds ${usersInCopy - usersBefore} of them`
		);

		restored = await startServer({ DATABASE_PATH: copy, SEED: 'none' });
		const health = await fetch(`${restored.baseUrl}/healthz`);
		expect(health.status).toBe(200);
		const search = async (baseUrl: string) =>
			(
				(await (await fetch(`${baseUrl}/api/search?limit=1`)).json()) as {
					estimatedTotalHits: number;
				}
			).estimatedTotalHits;
		expect(await search(restored.baseUrl)).toBe(await search(source.baseUrl));
		const [org] = queryDemo<{ slug: string }>(copy, 'select slug from organisation limit 1');
		expect((await fetch(`${restored.baseUrl}/exhibitors/${org.slug}`)).status).toBe(200);
	}, 120_000);
});
