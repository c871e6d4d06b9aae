import { sql } from 'kysely';
import type { Db } from '../db/client';
import { authDb } from './tables';

/**
 * Throttling of sign-in and password-reset attempts, kept in the database (table
 * auth_throttle) rather than in memory: it survives restarts, holds for every server process
 * sharing the database, and the tests can read it. Keys name what is counted:
 * `login:acct:<email>` and `login:ip:<address>`; the account key is built from the typed
 * email whether or not an account exists, so unknown and known accounts get the same answer.
 *
 * After `free` attempts, each further attempt blocks the key for an escalating delay
 * (1 s, 2 s, 4 s … up to `maxDelay`). A blocked request gets 429 with Retry-After.
 */
export interface ThrottleRule {
	free: number;
	maxDelay: number;
	/** Seconds of quiet after which the count starts again. */
	window: number;
}

export const LOGIN_ACCOUNT: ThrottleRule = { free: 5, maxDelay: 15 * 60, window: 3600 };
export const LOGIN_IP: ThrottleRule = { free: 50, maxDelay: 15 * 60, window: 3600 };
export const RESET_ACCOUNT: ThrottleRule = { free: 3, maxDelay: 3600, window: 3600 };
export const RESET_IP: ThrottleRule = { free: 20, maxDelay: 3600, window: 3600 };
// Every form that sends mail is throttled per client address and per account or organisation
// (docs/security.md, "Throttles"). Sign-up counts per address only: the typed email is counted
// by the mail it causes (the owner of a taken address gets at most RESET_ACCOUNT-like traffic).
export const SIGNUP_IP: ThrottleRule = { free: 10, maxDelay: 3600, window: 3600 };
export const SIGNUP_EMAIL: ThrottleRule = { free: 3, maxDelay: 3600, window: 3600 };
export const VERIFY_ACCOUNT: ThrottleRule = { free: 3, maxDelay: 3600, window: 3600 };
export const VERIFY_IP: ThrottleRule = { free: 20, maxDelay: 3600, window: 3600 };
export const INVITE_ORGANISATION: ThrottleRule = { free: 8, maxDelay: 3600, window: 3600 };
export const INVITE_ADDRESS: ThrottleRule = { free: 2, maxDelay: 24 * 3600, window: 24 * 3600 };
export const INVITE_IP: ThrottleRule = { free: 20, maxDelay: 3600, window: 3600 };

export const throttleKey = {
	loginAccount: (email: string) => `login:acct:${email.trim().toLowerCase()}`,
	loginIp: (ip: string) => `login:ip:${ip}`,
	resetAccount: (email: string) => `reset:acct:${email.trim().toLowerCase()}`,
	resetIp: (ip: string) => `reset:ip:${ip}`,
	signupIp: (ip: string) => `signup:ip:${ip}`,
	signupEmail: (email: string) => `signup:acct:${email.trim().toLowerCase()}`,
	verifyAccount: (userId: number) => `verify:acct:${userId}`,
	verifyIp: (ip: string) => `verify:ip:${ip}`,
	inviteOrganisation: (organisationId: number) => `invite:org:${organisationId}`,
	inviteAddress: (email: string) => `invite:to:${email.trim().toLowerCase()}`,
	inviteIp: (ip: string) => `invite:ip:${ip}`
};

const seconds = (now: number) => Math.floor(now / 1000);

/** Seconds until every key is free again; 0 when the attempt may go ahead. */
export async function throttleWait(db: Db, keys: string[], now = Date.now()): Promise<number> {
	const rows = await authDb(db)
		.selectFrom('auth_throttle')
		.select(['blocked_until'])
		.where('key', 'in', keys)
		.execute();
	const until = Math.max(0, ...rows.map((r) => r.blocked_until));
	return Math.max(0, until - seconds(now));
}

export function delayAfter(attempts: number, rule: ThrottleRule): number {
	if (attempts < rule.free) return 0;
	return Math.min(rule.maxDelay, 2 ** Math.min(30, attempts - rule.free));
}

/** Counts one attempt against a key and blocks it when the count passes the rule. */
export async function recordAttempt(
	db: Db,
	key: string,
	rule: ThrottleRule,
	now = Date.now()
): Promise<void> {
	const t = seconds(now);
	const adb = authDb(db);
	const row = await adb
		.selectFrom('auth_throttle')
		.select(['attempts', 'last_at'])
		.where('key', '=', key)
		.executeTakeFirst();
	const attempts = row && t - row.last_at < rule.window ? row.attempts + 1 : 1;
	const delay = delayAfter(attempts, rule);
	// Rounded up: a block of `delay` seconds lasts at least that long, also when the attempt
	// came late in its second (rounded down, a 1 s block could end a millisecond later).
	const blockedUntil = delay ? Math.ceil(now / 1000) + delay : 0;
	await adb
		.insertInto('auth_throttle')
		.values({ key, attempts, last_at: t, blocked_until: blockedUntil })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				attempts: sql`excluded.attempts`,
				last_at: sql`excluded.last_at`,
				blocked_until: sql`excluded.blocked_until`
			})
		)
		.execute();
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
	await authDb(db).deleteFrom('auth_throttle').where('key', '=', key).execute();
}

/**
 * One attempt at a throttled action: the wait in seconds when any key is blocked (nothing is
 * counted then), otherwise 0 after counting the attempt against every key.
 */
export async function spendAttempt(
	db: Db,
	entries: [key: string, rule: ThrottleRule][],
	now = Date.now()
): Promise<number> {
	const wait = await throttleWait(
		db,
		entries.map(([key]) => key),
		now
	);
	if (wait > 0) return wait;
	for (const [key, rule] of entries) await recordAttempt(db, key, rule, now);
	return 0;
}
