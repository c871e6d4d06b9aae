import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/server/db/client';
import { messagesFor } from '../../../src/lib/i18n';
import { signIn } from '../../../src/lib/server/auth/accounts';
import { requestPasswordReset } from '../../../src/lib/server/auth/recovery';
import {
	LOGIN_ACCOUNT,
	LOGIN_IP,
	delayAfter,
	recordAttempt,
	throttleKey,
	throttleWait
} from '../../../src/lib/server/auth/throttle';
import { PASSWORD, freshDb, makeUser } from './factory';

let db: Db;
const t = messagesFor('es');
const T0 = Date.UTC(2027, 8, 20, 12);

beforeEach(async () => {
	db = await freshDb();
	await makeUser(db, 'ana@example.pe');
});
afterEach(() => db.destroy());

async function attempts(email: string, n: number, ip = '10.0.0.1') {
	const answers: { status: number; message: string }[] = [];
	for (let i = 0; i < n; i++) {
		const r = await signIn(db, { email, password: `wrong-${i}-password`, ip }, t, T0 + i * 10);
		answers.push(
			r.ok ? { status: 200, message: '' } : { status: r.status, message: r.errors.form }
		);
	}
	return answers;
}

describe('login throttling', () => {
	it('answers 429 after 5 wrong passwords in a row', async () => {
		const answers = await attempts('ana@example.pe', 20);
		expect(answers.slice(0, 5).every((a) => a.status === 400)).toBe(true);
		expect(answers.slice(5).every((a) => a.status === 429)).toBe(true);
		expect(answers[0].message).toBe(t.auth.validation.invalidCredentials);
	});

	it('gives an unknown account exactly the same answers', async () => {
		const known = await attempts('ana@example.pe', 20, '10.0.0.1');
		const unknown = await attempts('nadie@example.pe', 20, '10.0.0.2');
		expect(unknown).toEqual(known);
	});

	it('blocks even the right password while blocked, then lets it through', async () => {
		await attempts('ana@example.pe', 5);
		const blocked = await signIn(
			db,
			{ email: 'ana@example.pe', password: PASSWORD, ip: '10.0.0.1' },
			t,
			T0 + 100
		);
		expect(blocked.ok).toBe(false);
		const later = await signIn(
			db,
			{ email: 'ANA@example.pe ', password: PASSWORD, ip: '10.0.0.1' },
			t,
			T0 + 60_000
		);
		expect(later.ok).toBe(true);
	});

	it('escalates the delay and caps it', () => {
		const delays = [5, 6, 7, 8, 30].map((n) => delayAfter(n, LOGIN_ACCOUNT));
		expect(delays).toEqual([1, 2, 4, 8, 15 * 60]);
		expect(delayAfter(4, LOGIN_ACCOUNT)).toBe(0);
	});

	it('throttles one address trying many accounts', async () => {
		const ip = throttleKey.loginIp('10.9.9.9');
		for (let i = 0; i < LOGIN_IP.free; i++) await recordAttempt(db, ip, LOGIN_IP, T0 + i);
		expect(await throttleWait(db, [ip], T0 + 100)).toBeGreaterThan(0);
		const next = await signIn(
			db,
			{ email: 'otra@example.pe', password: 'x', ip: '10.9.9.9' },
			t,
			T0 + 100
		);
		expect(next.ok === false && next.status).toBe(429);
	});
});

describe('password reset throttling', () => {
	it('answers the same for known and unknown accounts, then 429', async () => {
		const known = [];
		const unknown = [];
		for (let i = 0; i < 5; i++) {
			const a = await requestPasswordReset(
				db,
				{ email: 'ana@example.pe', ip: '10.0.0.3' },
				t,
				T0 + i
			);
			const b = await requestPasswordReset(
				db,
				{ email: 'nadie@example.pe', ip: '10.0.0.4' },
				t,
				T0 + i
			);
			known.push(a.ok ? 200 : a.status);
			unknown.push(b.ok ? 200 : b.status);
		}
		expect(unknown).toEqual(known);
		expect(known.at(-1)).toBe(429);
		const mail = await db.selectFrom('mail').select('to_address').execute();
		expect(mail.every((m) => m.to_address === 'ana@example.pe')).toBe(true);
		expect(mail.length).toBeGreaterThan(0);
	});
});
