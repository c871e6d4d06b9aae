import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import {
	SESSION_IDLE_SECONDS,
	SESSION_LIFETIME_SECONDS,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	sessionCookieName,
	validateSessionToken
} from '../../../src/lib/server/auth/session';
import { freshDb, makeUser } from './factory';

let db: Db;
let userId: number;
const T0 = Date.UTC(2027, 8, 20, 12);
const hour = 3600 * 1000;

beforeEach(async () => {
	db = await freshDb();
	userId = (await makeUser(db, 'ana@example.pe')).id;
});
afterEach(() => db.destroy());

describe('session tokens', () => {
	it('are <id>.<secret>, each 160 bits of lowercase base32', async () => {
		const { token } = await createSession(db, userId, T0);
		expect(token).toMatch(/^[a-z2-7]{32}\.[a-z2-7]{32}$/);
	});

	it('store only the SHA-256 of the secret, never the token', async () => {
		const { token } = await createSession(db, userId, T0);
		const [id, secret] = token.split('.');
		const row = await db.selectFrom('session').selectAll().executeTakeFirstOrThrow();
		expect(row.id).toBe(id);
		expect(row.secret_hash).toHaveLength(32);
		expect(Buffer.from(row.secret_hash).toString('utf8')).not.toContain(secret);
		const dump = JSON.stringify(row, (_, v) =>
			v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v
		);
		expect(dump).not.toContain(secret);
	});

	it('validate to the user with role and organisation', async () => {
		const { token } = await createSession(db, userId, T0);
		const result = await validateSessionToken(db, token, T0 + 1000);
		expect(result?.user).toMatchObject({
			id: userId,
			email: 'ana@example.pe',
			role: 'attendee',
			organisationId: null
		});
	});

	it('reject a tampered secret, a foreign id and malformed tokens', async () => {
		const { token } = await createSession(db, userId, T0);
		const [id, secret] = token.split('.');
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(db, `${id}.${flipped}`, T0)).toBeNull();
		expect(await validateSessionToken(db, `${'a'.repeat(32)}.${secret}`, T0)).toBeNull();
		for (const bad of ['', id, `${id}.`, `.${secret}`, `${token}.x`, 'x'.repeat(5000)]) {
			expect(await validateSessionToken(db, bad, T0)).toBeNull();
		}
	});

	it('end after the inactivity timeout and delete the row', async () => {
		const { token } = await createSession(db, userId, T0);
		expect(
			await validateSessionToken(db, token, T0 + (SESSION_IDLE_SECONDS - 60) * 1000)
		).not.toBeNull();
		const { token: other } = await createSession(db, userId, T0);
		expect(
			await validateSessionToken(db, other, T0 + (SESSION_IDLE_SECONDS + 1) * 1000)
		).toBeNull();
		expect(await db.selectFrom('session').select('id').execute()).toHaveLength(1);
	});

	it('end at the absolute lifetime however active', async () => {
		const { token } = await createSession(db, userId, T0);
		for (let day = 1; day < 30; day++) {
			expect(await validateSessionToken(db, token, T0 + day * 24 * hour)).not.toBeNull();
		}
		expect(
			await validateSessionToken(db, token, T0 + SESSION_LIFETIME_SECONDS * 1000 + 1000)
		).toBeNull();
	});

	it('renew last_seen and expiry at most once an hour', async () => {
		const { token } = await createSession(db, userId, T0);
		const first = await validateSessionToken(db, token, T0 + 10 * 60 * 1000);
		expect(first?.renewed).toBe(false);
		const before = await db
			.selectFrom('session')
			.select(['last_seen_at', 'expires_at'])
			.executeTakeFirstOrThrow();
		expect(before.last_seen_at).toBe(T0 / 1000);
		const later = await validateSessionToken(db, token, T0 + 2 * hour);
		expect(later?.renewed).toBe(true);
		const after = await db
			.selectFrom('session')
			.select(['last_seen_at', 'expires_at'])
			.executeTakeFirstOrThrow();
		expect(after.last_seen_at).toBe(T0 / 1000 + 7200);
		expect(after.expires_at).toBeGreaterThan(before.expires_at);
	});

	it('end on logout, on disable, and for other devices on request', async () => {
		const a = await createSession(db, userId, T0);
		const b = await createSession(db, userId, T0);
		const c = await createSession(db, userId, T0);
		await invalidateSession(db, a.session.id);
		expect(await validateSessionToken(db, a.token, T0)).toBeNull();
		await invalidateUserSessions(db, userId, b.session.id);
		expect(await validateSessionToken(db, b.token, T0)).not.toBeNull();
		expect(await validateSessionToken(db, c.token, T0)).toBeNull();
		await db.updateTable('user').set({ disabled_at: 1 }).execute();
		expect(await validateSessionToken(db, b.token, T0)).toBeNull();
	});

	it('use __Host-session on https and session on plain http', () => {
		expect(sessionCookieName(new URL('https://extemin.pe/'))).toBe('__Host-session');
		expect(sessionCookieName(new URL('http://127.0.0.1:3000/'))).toBe('session');
	});
});
