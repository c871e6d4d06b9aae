import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db/client';
import type { SessionUser } from './types';

/** Idle time after which a session ends (seconds). */
export const SESSION_IDLE_SECONDS = 7 * 24 * 3600;
/** Hard limit from sign-in, however active the session (seconds). */
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 3600;
/** last_seen/expiry are written at most this often, so reads do not turn into writes. */
export const SESSION_RENEW_SECONDS = 3600;

export interface Session {
	id: string;
	expiresAt: Date;
}

export interface SessionValidation {
	session: Session;
	user: SessionUser;
	/** True when the expiry moved: the cookie should be sent again. */
	renewed: boolean;
}

const nowSeconds = (now: number) => Math.floor(now / 1000);

/** 20 random bytes as lowercase base32: 160 bits (ASVS asks for at least 128). */
export function randomToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

function expiryOf(createdAt: number, lastSeenAt: number): number {
	return Math.min(lastSeenAt + SESSION_IDLE_SECONDS, createdAt + SESSION_LIFETIME_SECONDS);
}

/** Starts a session; the token (`<id>.<secret>`) goes to the cookie and is never stored. */
export async function createSession(
	db: Db,
	userId: number,
	now = Date.now()
): Promise<{ token: string; session: Session }> {
	const id = randomToken();
	const secret = randomToken();
	const t = nowSeconds(now);
	const expiresAt = expiryOf(t, t);
	await db
		.insertInto('session')
		.values({
			id,
			user_id: userId,
			secret_hash: hashSecret(secret),
			created_at: t,
			last_seen_at: t,
			expires_at: expiresAt
		})
		.execute();
	return { token: `${id}.${secret}`, session: { id, expiresAt: new Date(expiresAt * 1000) } };
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = Date.now()
): Promise<SessionValidation | null> {
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;

	const row = await db
		.selectFrom('session')
		.innerJoin('user', 'user.id', 'session.user_id')
		.leftJoin('membership', 'membership.user_id', 'user.id')
		.select([
			'session.id',
			'session.secret_hash',
			'session.created_at',
			'session.last_seen_at',
			'session.expires_at',
			'user.id as userId',
			'user.email',
			'user.name',
			'user.role',
			'user.email_verified_at',
			'user.disabled_at',
			'membership.organisation_id',
			'membership.rights'
		])
		.where('session.id', '=', id)
		.executeTakeFirst();
	if (!row || !constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;

	const t = nowSeconds(now);
	if (row.expires_at <= t || row.disabled_at !== null) {
		await db.deleteFrom('session').where('id', '=', id).execute();
		return null;
	}
	let expiresAt = row.expires_at;
	const renewed = t - row.last_seen_at >= SESSION_RENEW_SECONDS;
	if (renewed) {
		expiresAt = expiryOf(row.created_at, t);
		await db
			.updateTable('session')
			.set({ last_seen_at: t, expires_at: expiresAt })
			.where('id', '=', id)
			.execute();
	}
	return {
		session: { id: row.id, expiresAt: new Date(expiresAt * 1000) },
		user: {
			id: row.userId,
			email: row.email,
			name: row.name,
			role: row.role,
			organisationId: row.organisation_id ?? null,
			rights: row.rights ?? null,
			emailVerified: row.email_verified_at !== null
		},
		renewed
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, optionally keeping the current one. */
export async function invalidateUserSessions(
	db: Db,
	userId: number,
	exceptSessionId?: string
): Promise<void> {
	let query = db.deleteFrom('session').where('user_id', '=', userId);
	if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
	await query.execute();
}

/**
 * `__Host-session` on https. Browsers refuse a `__Host-` cookie that is not Secure, and a
 * Secure cookie is not sent over plain http (local runs and the tests on http://127.0.0.1),
 * so over http the cookie is called `session`. The name is chosen per request protocol.
 */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? '__Host-session' : 'session';
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(url), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
