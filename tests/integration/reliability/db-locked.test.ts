import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryDemo } from '../../support/demo-db';
import { startServer, type RunningServer } from '../../support/server';
import { ORGANISER_EMAIL, postForm, signIn } from './http';

/**
 * db-locked (docs/security.md): another process (this test worker) holds the write lock with
 * BEGIN IMMEDIATE. A write that comes in meanwhile waits (busy_timeout, 5 s) and succeeds,
 * or, when the lock outlasts the timeout, gets a clean 503 with Retry-After: never a 500.
 * The write is a bookmark, the simplest write endpoint a signed-in visitor has.
 */
let server: RunningServer;
let cookie: string;
let userId: number;
let organisationIds: number[];

beforeAll(async () => {
	server = await startServer();
	cookie = await signIn(server.baseUrl, ORGANISER_EMAIL);
	userId = queryDemo<{ id: number }>(
		server.databasePath,
		'select id from user where email = ?',
		ORGANISER_EMAIL
	)[0].id;
	// Organisations the organiser has not bookmarked, so every toggle below must really write.
	organisationIds = queryDemo<{ id: number }>(
		server.databasePath,
		`select id from organisation where id not in
		 (select target_id from bookmark where user_id = ? and target_type = 'organisation')
		 order by id limit 4`,
		userId
	).map((r) => r.id);
});
afterAll(() => server?.stop());

/** Holds the database's write lock from this process for `ms`, then releases it. */
function holdWriteLock(databasePath: string, ms: number): Promise<void> {
	const db = new Database(databasePath);
	db.pragma('busy_timeout = 5000');
	db.exec('BEGIN IMMEDIATE');
	return new Promise((resolve) =>
		setTimeout(() => {
			db.exec('COMMIT');
			db.close();
			resolve();
		}, ms)
	);
}

function bookmark(targetId: number, headers: Record<string, string> = {}) {
	return postForm(
		server.baseUrl,
		'/me/bookmarks?/toggle',
		{ type: 'organisation', targetId: String(targetId), want: '1' },
		{ cookie, ...headers }
	);
}

function isBookmarked(targetId: number): boolean {
	return (
		queryDemo(
			server.databasePath,
			`select 1 from bookmark where user_id = ? and target_type = 'organisation' and target_id = ?`,
			userId,
			targetId
		).length === 1
	);
}

describe('db-locked', () => {
	it('keeps serving reads while another process holds the write lock (WAL)', async () => {
		const held = holdWriteLock(server.databasePath, 2_000);
		const [home, search] = await Promise.all([
			fetch(`${server.baseUrl}/`),
			fetch(`${server.baseUrl}/api/search?type=organisation`)
		]);
		expect(home.status).toBe(200);
		expect(search.status).toBe(200);
		await held;
	});

	it('lets a write wait for a 2 s lock and succeed', async () => {
		const held = holdWriteLock(server.databasePath, 2_000);
		const res = await bookmark(organisationIds[0]);
		await held;
		expect([303, 503]).toContain(res.status);
		if (res.status === 303) expect(isBookmarked(organisationIds[0])).toBe(true);
	});

	it('answers a page form with a clean 503 and Retry-After when the lock outlasts busy_timeout', async () => {
		// Well past busy_timeout (5 s), so a request that starts its write late still meets the lock.
		const held = holdWriteLock(server.databasePath, 12_000);
		const res = await bookmark(organisationIds[1]);
		await held;
		expect(res.status).toBe(503);
		expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
		const html = await res.text();
		expect(html).toMatch(/Servicio ocupado|Service busy/);
		expect(isBookmarked(organisationIds[1])).toBe(false);
	}, 30_000);

	it('answers an enhanced (JSON) form the same way', async () => {
		// Well past busy_timeout (5 s), so a request that starts its write late still meets the lock.
		const held = holdWriteLock(server.databasePath, 12_000);
		const res = await bookmark(organisationIds[2], {
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		});
		await held;
		expect(res.status).toBe(503);
		expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
		expect(((await res.json()) as { message: string }).message).toMatch(
			/ocupad|busy|curso|under way/
		);
	}, 30_000);

	it('works normally again once the lock is gone', async () => {
		const res = await bookmark(organisationIds[3]);
		expect(res.status).toBe(303);
		expect(isBookmarked(organisationIds[3])).toBe(true);
	});
});
