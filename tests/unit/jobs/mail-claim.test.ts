/** The mail queue's claim: atomic, exclusive between senders, and it expires (issue 13). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDb, type Db } from '../../../src/lib/server/db/client';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import {
	claimDueMail,
	MAIL_DELIVERY,
	retryDelaySeconds,
	retryMail,
	sendMail
} from '../../../src/lib/server/mail';

let dir: string;
let a: Db;
let b: Db;
beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'extemin-mail-claim-'));
	// Two connections to one file: two app processes as far as the database can tell.
	a = createDb(join(dir, 'x.db'));
	await migrateToLatest(a);
	b = createDb(join(dir, 'x.db'));
	process.env.SMTP_URL = 'smtp://127.0.0.1:9';
});
afterEach(async () => {
	delete process.env.SMTP_URL;
	await a.destroy();
	await b.destroy();
	rmSync(dir, { recursive: true, force: true });
});

it('writes only the row, and two senders claiming at once never get the same mail', async () => {
	for (let i = 0; i < 30; i++) await sendMail(a, { to: `p${i}@x.pe`, subject: 's', text: 't' });
	const rows = await a.selectFrom('mail').select(['state', 'attempts']).execute();
	expect(rows.every((r) => r.state === 'queued' && r.attempts === 0)).toBe(true);
	const [one, two] = await Promise.all([
		claimDueMail(a, 'sender-a', 20),
		claimDueMail(b, 'sender-b', 20)
	]);
	const ids = [...one, ...two].map((m) => m.id);
	expect(new Set(ids).size).toBe(ids.length);
	expect(ids.length).toBe(30);
	// Claimed rows are not due for anybody until the claim expires.
	expect(await claimDueMail(a, 'sender-c', 50)).toEqual([]);
});

it('lets another sender take a mail whose claim expired (its sender died)', async () => {
	await sendMail(a, { to: 'p@x.pe', subject: 's', text: 't' });
	const [first] = await claimDueMail(a, 'dead', 5);
	expect(first.attempts).toBe(1);
	await a
		.updateTable('mail')
		.set({ claimed_until: Math.floor(Date.now() / 1000) - 1 })
		.execute();
	const [again] = await claimDueMail(b, 'alive', 5);
	expect(again.id).toBe(first.id);
	expect(again.attempts).toBe(2);
	const row = await a.selectFrom('mail').select('claim_token').executeTakeFirstOrThrow();
	expect(row.claim_token).toBe('alive');
});

it('backs off exponentially and lets an organiser retry only failed mail', async () => {
	const base = MAIL_DELIVERY.retrySeconds;
	expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([base, 2 * base, 4 * base, 8 * base]);
	expect(retryDelaySeconds(40)).toBe(MAIL_DELIVERY.maxDelaySeconds);
	await sendMail(a, { to: 'p@x.pe', subject: 's', text: 't' });
	const { id } = await a.selectFrom('mail').select('id').executeTakeFirstOrThrow();
	expect(await retryMail(a, id)).toBe(false);
	await a.updateTable('mail').set({ state: 'failed', attempts: 8, error: 'gave up' }).execute();
	expect(await retryMail(a, id)).toBe(true);
	const row = await a.selectFrom('mail').selectAll().executeTakeFirstOrThrow();
	expect(row).toMatchObject({ state: 'queued', attempts: 0, next_attempt_at: 0 });
	expect((await claimDueMail(b, 'x', 5)).map((m) => m.id)).toEqual([id]);
});

it('stores the copy as the delivery when no SMTP server is configured', async () => {
	delete process.env.SMTP_URL;
	await sendMail(a, { to: 'p@x.pe', subject: 's', text: 't' });
	const row = await a.selectFrom('mail').select('state').executeTakeFirstOrThrow();
	expect(row.state).toBe('stored');
	expect(await claimDueMail(a, 'x', 5)).toEqual([]);
});
